/**
 * The final test as stored, and when a course is complete: the reserved id content can never
 * take, the completion rules (table-driven), the record id, and the study steps keeping the final
 * test like a unit quiz (open attempt, best score, pass, misses into the review deck).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { UnitSchema } from '../../../src/lib/content/schema';
import { ProgressStore } from '../../../src/lib/progress/store';
import type { Question } from '../../../src/lib/content/types';
import {
  courseCompletion,
  finalTestId,
  finalTestSize,
  isFinalTestId,
} from '../../../src/lib/study/final-test';
import type { UnitRecord } from '../../../src/lib/study/records';
import { completionRecordId } from '../../../src/screens/record/lib';
import {
  actionsOn,
  COURSE,
  newAttempt,
  playThrough,
  unitQuestions,
  unitRecord,
  unitsById,
} from '../progress/factories';

const UNITS = ['u-1', 'u-2'];
const unit = (unitId: string, o: Partial<UnitRecord> = {}) => unitRecord({ unitId, ...o });
const passed = (unitId: string, at: number, best = 0.9) =>
  unit(unitId, { bestScore: best, masteredAt: at, attempts: 1 });

describe('the final test’s id', () => {
  it('is per course and can never be a unit’s id', () => {
    const id = finalTestId(COURSE);
    expect(isFinalTestId(id)).toBe(true);
    expect(finalTestId('other')).not.toBe(id);
    expect(isFinalTestId('u-1')).toBe(false);
    expect(v.safeParse(UnitSchema.entries.id, id).success).toBe(false);
    // …while the same words with a hyphen would be a valid unit id.
    expect(v.safeParse(UnitSchema.entries.id, id.replace('_', '-')).success).toBe(true);
  });
});

describe('finalTestSize', () => {
  it.each([
    { banks: [17, 18, 18, 20, 21, 23, 19], size: 20 },
    { banks: [3, 4], size: 7 },
    { banks: Array(15).fill(5), size: 30 },
    { banks: [], size: 0 },
  ])('banks $banks ask $size', ({ banks, size }) => {
    expect(finalTestSize(banks)).toBe(size);
  });
});

describe('courseCompletion', () => {
  const final = (o: Partial<UnitRecord>) => unit(finalTestId(COURSE), o);
  it.each([
    { name: 'nothing done', records: [], left: UNITS, finalPassed: false, complete: false },
    {
      name: 'units passed, no test',
      records: [passed('u-1', 10), passed('u-2', 20)],
      left: [],
      finalPassed: false,
      complete: false,
    },
    {
      name: 'test passed, a unit not',
      records: [
        passed('u-1', 10),
        unit('u-2', { bestScore: 0.5 }),
        final({ bestScore: 0.85, masteredAt: 30 }),
      ],
      left: ['u-2'],
      finalPassed: true,
      complete: false,
    },
    {
      name: 'test failed, units passed',
      records: [passed('u-1', 10), passed('u-2', 20), final({ bestScore: 0.6 })],
      left: [],
      finalPassed: false,
      complete: false,
    },
    {
      name: 'everything passed',
      records: [passed('u-1', 10), passed('u-2', 50), final({ bestScore: 0.95, masteredAt: 30 })],
      left: [],
      finalPassed: true,
      complete: true,
      completedAt: 50,
    },
  ])('$name', ({ records, left, finalPassed, complete, completedAt }) => {
    const byId = Object.fromEntries(records.map((r) => [r.unitId, r]));
    const result = courseCompletion(COURSE, UNITS, byId);
    expect(result.unitsLeft).toEqual(left);
    expect(result.finalTestPassed).toBe(finalPassed);
    expect(result.complete).toBe(complete);
    expect(result.completedAt).toBe(completedAt);
  });
});

describe('completionRecordId', () => {
  it('is the same for the same completion to the second, and differs otherwise', () => {
    const at = Date.UTC(2026, 10, 29, 12, 0, 0, 400);
    const id = completionRecordId(COURSE, at);
    expect(id).toMatch(/^LR-[0-9A-Z]{7}-[0-9A-Z]{7}$/);
    // The LMS keeps seconds: what it gives back names the same record.
    expect(completionRecordId(COURSE, Math.round(at / 1000) * 1000)).toBe(id);
    expect(completionRecordId(COURSE, at + 60_000)).not.toBe(id);
    expect(completionRecordId('other-course', at)).not.toBe(id);
  });
});

describe('the final test through the study steps', () => {
  const u1 = unitQuestions('u-1');
  const u2 = unitQuestions('u-2');
  const questions: Question[] = [u1[0]!, u1[1]!, u2[0]!, u2[1]!];
  const unitOf = (id: string) => (id.startsWith('u-1') ? 'u-1' : 'u-2');
  const T0 = Date.UTC(2026, 0, 5, 9);

  function finalAttempt(id: string) {
    return {
      ...newAttempt(id, finalTestId(COURSE), questions, T0),
      questionUnits: Object.fromEntries(questions.map((q) => [q.id, unitOf(q.id)])),
    };
  }

  it('keeps the open attempt, then best score and pass, in the final test’s summary', async () => {
    const store = ProgressStore.inMemory();
    const actions = actionsOn(store);
    const attempt = finalAttempt('final-1');
    await actions.createAttempt(attempt);
    expect((await unitsById(store)).get(finalTestId(COURSE))?.openAttemptId).toBe('final-1');

    // One miss of four: 75%, not passed; the missed question joins the deck under its unit.
    const missed = questions[2]!.id;
    await playThrough(store, attempt, questions, { miss: new Set([missed]), unitOf });
    let summary = (await unitsById(store)).get(finalTestId(COURSE))!;
    expect(summary.openAttemptId).toBeUndefined();
    expect(summary.bestScore).toBe(0.75);
    expect(summary.masteredAt).toBeUndefined();
    const cards = await store.cards(COURSE);
    expect(cards.map((c) => [c.questionId, c.unitId])).toEqual([[missed, 'u-2']]);
    // The answers count in each unit's own history too, so unit quizzes draw by them.
    const units = await unitsById(store);
    expect(units.get('u-1')?.history?.[questions[0]!.id]).toEqual({ seen: 1, lastCorrect: true });
    expect(units.get('u-2')?.history?.[missed]).toEqual({ seen: 1, lastCorrect: false });
    expect(units.get('u-1')?.attempts).toBe(0);

    // A second try, all right: passed, and the best score rises.
    const second = finalAttempt('final-2');
    await actions.createAttempt({ ...second, startedAt: T0 + 100_000 });
    await playThrough(store, second, questions, { unitOf, start: T0 + 100_000 });
    summary = (await unitsById(store)).get(finalTestId(COURSE))!;
    expect(summary.bestScore).toBe(1);
    expect(summary.masteredAt).toBeGreaterThan(T0 + 100_000);
    expect(summary.attempts).toBe(2);
  });
});
