/**
 * The progress screen's rules: what counts towards the course's completion (with and without a
 * final test), each unit's row, the attempt list's pages, and where the ring and the bars are
 * drawn in either writing direction.
 */
import { describe, expect, it } from 'vitest';
import { barSpan, markAt, RING_BOX, ringSegments } from '../../../src/screens/progress/geometry';
import {
  ATTEMPT_PAGE,
  attemptPage,
  courseCompletion,
  learnerTitle,
  unitRows,
} from '../../../src/screens/progress/lib';
import { attemptRecord, unitRecord, unitSummary } from '../../factories';

const units = [
  unitSummary({ id: 'b', order: 2 }),
  unitSummary({ id: 'a', order: 1 }),
  unitSummary({ id: 'c', order: 3 }),
];
const records = {
  a: unitRecord({ unitId: 'a', bestScore: 0.9, lastScore: 0.7, attempts: 2, masteredAt: 5 }),
  b: unitRecord({ unitId: 'b', bestScore: 0.79, lastScore: 0.79, attempts: 1 }),
};

describe('course completion', () => {
  it('has one part per unit in course order, passed at the pass mark', () => {
    const completion = courseCompletion(units, records);
    expect(completion.parts).toEqual([
      { kind: 'unit', unitId: 'a', passed: true },
      { kind: 'unit', unitId: 'b', passed: false },
      { kind: 'unit', unitId: 'c', passed: false },
    ]);
    expect(completion).toMatchObject({ unitsPassed: 1, unitCount: 3, partsPassed: 1 });
    expect(completion.complete).toBe(false);
    expect(completion.finalTest).toBeUndefined();
  });

  it('is complete when every unit is passed and the course has no final test', () => {
    const all = {
      ...records,
      b: unitRecord({ unitId: 'b', bestScore: 0.8 }),
      c: unitRecord({ unitId: 'c', masteredAt: 1 }),
    };
    expect(courseCompletion(units, all).complete).toBe(true);
  });

  it('adds the final test as a last part, which must be passed to complete', () => {
    const all = {
      a: records.a,
      b: unitRecord({ unitId: 'b', masteredAt: 1 }),
      c: unitRecord({ unitId: 'c', masteredAt: 1 }),
    };
    const untaken = courseCompletion(units, all, {});
    expect(untaken.parts).toHaveLength(4);
    expect(untaken.parts[3]).toEqual({ kind: 'final-test', passed: false });
    expect(untaken).toMatchObject({ finalTest: 'not-taken', partsPassed: 3, complete: false });

    const failed = courseCompletion(units, all, { result: { passed: false } });
    expect(failed).toMatchObject({ finalTest: 'failed', partsPassed: 3, complete: false });

    const passed = courseCompletion(units, all, { result: { passed: true } });
    expect(passed).toMatchObject({ finalTest: 'passed', partsPassed: 4, complete: true });
  });

  it('counts a passed final test but stays incomplete while a unit is not passed', () => {
    const completion = courseCompletion(units, records, { result: { passed: true } });
    expect(completion).toMatchObject({ unitsPassed: 1, partsPassed: 2, complete: false });
  });
});

describe('unit rows', () => {
  it("gives each unit's status, scores, attempts and time, leaving out scores not yet made", () => {
    const rows = unitRows(units, { ...records, a: { ...records.a, timeSpentMs: 9000 } });
    expect(rows.map((r) => r.unitId)).toEqual(['b', 'a', 'c']);
    expect(rows[1]).toEqual({
      unitId: 'a',
      status: 'mastered',
      passed: true,
      best: 0.9,
      last: 0.7,
      attempts: 2,
      timeSpentMs: 9000,
    });
    expect(rows[2]).toEqual({
      unitId: 'c',
      status: 'not-started',
      passed: false,
      attempts: 0,
      timeSpentMs: 0,
    });
  });

  it('names a unit in the learner language when translated, else in English', () => {
    const translated = unitSummary({
      title: 'Legislative work',
      translations: { ug: { title: 'قانۇن چىقىرىش خىزمىتى' } },
    });
    expect(learnerTitle(translated, 'ug')).toEqual({ text: 'قانۇن چىقىرىش خىزمىتى', lang: 'ug' });
    expect(learnerTitle(translated, 'zh-Hans')).toEqual({ text: 'Legislative work', lang: 'en' });
  });
});

describe('attempt pages', () => {
  const attempts = Array.from({ length: ATTEMPT_PAGE + 5 }, (_, i) =>
    attemptRecord({ id: `a${i}`, startedAt: (i * 7) % (ATTEMPT_PAGE + 5) }),
  );

  it('lists the newest first, whatever order storage gave, and offers the rest', () => {
    const first = attemptPage(attempts, ATTEMPT_PAGE);
    const starts = first.items.map((a) => a.startedAt);
    expect(starts).toHaveLength(ATTEMPT_PAGE);
    expect(starts).toEqual([...starts].sort((x, y) => y - x));
    expect(starts[0]).toBe(ATTEMPT_PAGE + 4);
    expect(first.more).toBe(5);
  });

  it('offers nothing more once everything is shown', () => {
    const all = attemptPage(attempts, 2 * ATTEMPT_PAGE);
    expect(all.items).toHaveLength(ATTEMPT_PAGE + 5);
    expect(all.more).toBe(0);
  });
});

describe('geometry', () => {
  it('grows a bar from the left left to right, and from the right right to left', () => {
    expect(barSpan(0.85, 'ltr')).toEqual({ x: 0, width: 85 });
    expect(barSpan(0.85, 'rtl')).toEqual({ x: 15, width: 85 });
    expect(barSpan(1.2, 'rtl')).toEqual({ x: 0, width: 100 });
    expect(barSpan(0, 'rtl')).toEqual({ x: 100, width: 0 });
  });

  it('puts the pass mark 80% of the way from the start side', () => {
    expect(markAt(0.8, 'ltr')).toBe(80);
    expect(markAt(0.8, 'rtl')).toBe(20);
  });

  it('splits the ring into one arc per part, running clockwise from the top, mirrored right to left', () => {
    const centre = RING_BOX / 2;
    const ltr = ringSegments(4, 'ltr');
    const rtl = ringSegments(4, 'rtl');
    expect(ltr).toHaveLength(4);
    const end = (d: string) => d.split(' ').at(-1)!.split(',').map(Number);
    // The first quarter ends at the right (clockwise), or at the left when mirrored.
    expect(end(ltr[0]!)[0]).toBeGreaterThan(centre);
    expect(end(rtl[0]!)[0]).toBeLessThan(centre);
    expect(ltr[0]).toMatch(/ 0 0 1 /);
    expect(rtl[0]).toMatch(/ 0 0 0 /);
    expect(ringSegments(0, 'ltr')).toEqual([]);
    // A single part is a whole circle of two arcs.
    expect(ringSegments(1, 'ltr')[0]!.match(/A/g)).toHaveLength(2);
  });
});
