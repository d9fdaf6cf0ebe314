/**
 * SCORM reporting of a whole course with its final test, from the progress backup the bridge
 * exports to the values each standard receives: one table, every row the rules of issue 16.
 */
import { describe, expect, it } from 'vitest';
import { scorm12Connection, scorm2004Connection } from '../../../src/lib/lms/connection';
import { lmsReport } from '../../../src/lib/lms/report';
import { finalTestOf, snapshotOf } from '../../../src/lib/lms/snapshot';
import { finalTestId } from '../../../src/lib/study/final-test';
import type { UnitRecord } from '../../../src/lib/study/records';

const COURSE = 'xinjiang-congress';
const UNITS = ['a', 'b'];

function record(unitId: string, bestScore?: number, masteredAt?: number): UnitRecord {
  return {
    v: 2,
    course: COURSE,
    unitId,
    attempts: bestScore === undefined ? 0 : 1,
    timeSpentMs: 0,
    updatedAt: 1,
    ...(bestScore === undefined ? {} : { bestScore }),
    ...(masteredAt === undefined ? {} : { masteredAt }),
  };
}
const final = (bestScore?: number, masteredAt?: number) =>
  record(finalTestId(COURSE), bestScore, masteredAt);

/** What a fake LMS holds after one save of the report for `units`. */
function reported(units: UnitRecord[]) {
  const report = lmsReport(snapshotOf({ units }, UNITS, finalTestOf({ units }, COURSE)));
  const values12 = new Map<string, string>();
  const values2004 = new Map<string, string>();
  const api = (values: Map<string, string>, set: string) => ({
    [set]: (element: string, value: string) => (values.set(element, value), 'true'),
  });
  scorm12Connection(api(values12, 'LMSSetValue'), () => {}).save(report, '#/', '1C');
  scorm2004Connection(api(values2004, 'SetValue'), () => {}).save(report, '#/', '1C');
  return {
    status12: values12.get('cmi.core.lesson_status'),
    raw12: values12.get('cmi.core.score.raw'),
    exit12: values12.get('cmi.core.exit'),
    completion: values2004.get('cmi.completion_status'),
    success: values2004.get('cmi.success_status'),
    raw: values2004.get('cmi.score.raw'),
    scaled: values2004.get('cmi.score.scaled'),
    min: values2004.get('cmi.score.min'),
    max: values2004.get('cmi.score.max'),
  };
}

describe('SCORM status and score with the final test', () => {
  it.each([
    {
      case: 'nothing done: incomplete, score 0',
      units: [],
      want: ['incomplete', '0', 'incomplete', 'unknown', '0'],
    },
    {
      case: 'units under way, no test: the mean of unit bests (a missing unit counts 0)',
      units: [record('a', 0.9, 5)],
      want: ['incomplete', '45', 'incomplete', 'unknown', '0.45'],
    },
    {
      case: 'every unit passed but no test: still incomplete, never passed',
      units: [record('a', 0.9, 5), record('b', 0.8, 6)],
      want: ['incomplete', '85', 'incomplete', 'unknown', '0.85'],
    },
    {
      case: 'a test started, not finished: no result yet, units still score',
      units: [record('a', 1, 5), record('b', 1, 6), { ...final(), openAttemptId: 'x' }],
      want: ['incomplete', '100', 'incomplete', 'unknown', '1'],
    },
    {
      case: 'test failed: failed, scored by the test',
      units: [record('a', 1, 5), record('b', 1, 6), final(0.6)],
      want: ['failed', '60', 'incomplete', 'failed', '0.6'],
    },
    {
      case: 'test failed while a unit is not passed: failed too',
      units: [record('a', 1, 5), record('b', 0.5), final(0.7)],
      want: ['failed', '70', 'incomplete', 'failed', '0.7'],
    },
    {
      case: 'test passed while a unit is not: incomplete (not failed), scored by the test',
      units: [record('a', 1, 5), record('b', 0.5), final(0.9, 9)],
      want: ['incomplete', '90', 'incomplete', 'unknown', '0.9'],
    },
    {
      case: 'every unit and the test passed: passed / completed and passed',
      units: [record('a', 0.8, 5), record('b', 0.9, 6), final(0.85, 9)],
      want: ['passed', '85', 'completed', 'passed', '0.85'],
    },
    {
      case: 'passed once, a later try lower: the best and the pass stay',
      units: [record('a', 0.8, 5), record('b', 0.9, 6), { ...final(0.95, 9), lastScore: 0.5 }],
      want: ['passed', '95', 'completed', 'passed', '0.95'],
    },
  ])('$case', ({ units, want }) => {
    const got = reported(units);
    expect([got.status12, got.raw12, got.completion, got.success, got.scaled]).toEqual(want);
    expect(got.raw).toBe(got.raw12);
    expect([got.min, got.max]).toEqual(['0', '100']);
    expect(got.exit12).toBe(got.status12 === 'passed' ? '' : 'suspend');
  });
});
