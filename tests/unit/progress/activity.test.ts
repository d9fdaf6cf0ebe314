/**
 * The attempt index (`progress/activity.ts`): what the progress screen lists must always equal
 * what the attempts themselves say, however they were written, and reading it must not read the
 * attempts once it is in place.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { summarizeAttempt } from '../../../src/lib/progress/activity';
import { StudyActions } from '../../../src/lib/progress/actions';
import type { Stores } from '../../../src/lib/progress/backend';
import { ProgressStore } from '../../../src/lib/progress/store';
import type { AttemptRecord } from '../../../src/lib/study/records';
import {
  actionsOn,
  COURSE,
  newAttempt,
  openEmptyIndexedDb,
  playThrough,
  unitQuestions,
  attemptRecord,
  withFaults,
  failAfter,
} from './factories';

const T0 = new Date(2026, 2, 2, 9).getTime();
const DAY = 24 * 60 * 60 * 1000;

let store: ProgressStore;
let raw: Stores;

beforeEach(async () => {
  ({ store, raw } = await openEmptyIndexedDb());
});

/** The summaries as the attempts themselves give them, oldest first. */
async function fromAttempts(of: ProgressStore = store) {
  return (await of.attempts()).map(summarizeAttempt);
}

async function finishedQuiz(of: ProgressStore, id: string, unitId: string, at: number) {
  const questions = unitQuestions(unitId);
  const attempt = newAttempt(id, unitId, questions, at);
  await actionsOn(of).createAttempt(attempt);
  const miss = new Set([attempt.questionIds[0]!]);
  return playThrough(of, attempt, questions, { miss, start: at });
}

describe('summarizeAttempt', () => {
  it('gives a finished attempt its score and the days it was started and answered on', () => {
    const attempt = attemptRecord({
      id: 'a',
      startedAt: T0,
      questionIds: ['x', 'y'],
      answers: {
        x: {
          points: 1,
          correct: true,
          answer: { type: 'truefalse', value: true },
          hash: 'h',
          at: T0,
        },
        y: {
          points: 0,
          correct: false,
          answer: { type: 'truefalse', value: true },
          hash: 'h',
          at: T0 + DAY,
        },
      },
      position: 2,
      status: 'finished',
      finishedAt: T0 + DAY,
    });
    expect(summarizeAttempt(attempt)).toMatchObject({
      id: 'a',
      status: 'finished',
      ratio: 0.5,
      finishedAt: T0 + DAY,
      days: ['2026-03-02', '2026-03-03'],
    });
  });

  it('gives an attempt in progress no score, and marks a review across units', () => {
    const open = summarizeAttempt(attemptRecord({ status: 'in-progress' }));
    expect(open.ratio).toBeUndefined();
    const review = summarizeAttempt(
      attemptRecord({ unitId: 'review', questionUnits: { q: 'unit-1' } }),
    );
    expect(review.acrossUnits).toBe(true);
  });
});

describe('the attempt index', () => {
  it('is built from the attempts when first listed, then kept by every write', async () => {
    await finishedQuiz(store, 'att-1', 'unit-1', T0);
    // The first listing builds it.
    expect(await store.attemptSummaries()).toEqual(await fromAttempts());

    await finishedQuiz(store, 'att-2', 'unit-2', T0 + DAY);
    const questions = unitQuestions('unit-1');
    await actionsOn(store).createAttempt(newAttempt('att-3', 'unit-1', questions, T0 + 2 * DAY));

    const read = vi.spyOn(raw.attempts, 'entries');
    const listed = await store.attemptSummaries();
    expect(read).not.toHaveBeenCalled();
    expect(listed).toEqual(await fromAttempts());
    expect(listed.map((a) => [a.id, a.status])).toEqual([
      ['att-1', 'finished'],
      ['att-2', 'finished'],
      ['att-3', 'in-progress'],
    ]);
  });

  it('is written in the same journal commit as the attempt it summarises', async () => {
    await finishedQuiz(store, 'att-1', 'unit-1', T0);
    await store.attemptSummaries();
    const questions = unitQuestions('unit-2');
    const attempt = newAttempt('att-2', 'unit-2', questions, T0 + DAY);
    const puts = vi.spyOn(raw.journal, 'set');
    await actionsOn(store).createAttempt(attempt);
    const journal = puts.mock.calls[0]![1] as { writes: { store: string; key: string }[] };
    expect(journal.writes.map((w) => `${w.store}/${w.key}`)).toEqual(
      expect.arrayContaining(['attempts/att-2', `activity/${COURSE}`]),
    );
  });

  it('is rebuilt when it does not match the attempts', async () => {
    await finishedQuiz(store, 'att-1', 'unit-1', T0);
    await store.attemptSummaries();
    // An attempt written behind the index's back, as an older Lectern in another tab would.
    const other = attemptRecord({ id: 'att-x', startedAt: T0 + DAY, course: COURSE });
    await raw.attempts.set('att-x', other);
    const listed = await store.attemptSummaries();
    expect(listed.map((a) => a.id)).toEqual(['att-1', 'att-x']);
    expect(listed).toEqual(await fromAttempts());
  });

  it("answers from the index and a count, and walks the attempts' keys only after", async () => {
    await finishedQuiz(store, 'att-1', 'unit-1', T0);
    await store.attemptSummaries();
    await store.indexChecked();
    const keys = vi.spyOn(raw.attempts, 'keys');
    const count = vi.spyOn(raw.attempts, 'count');

    const listed = await store.attemptSummaries();

    expect(listed.map((a) => a.id)).toEqual(['att-1']);
    expect(count).toHaveBeenCalledTimes(1);
    expect(keys).not.toHaveBeenCalled();
    await store.indexChecked();
    expect(keys).toHaveBeenCalledTimes(1);
  });

  it('is rebuilt, and open lists told, when as many attempts were swapped behind its back', async () => {
    await finishedQuiz(store, 'att-1', 'unit-1', T0);
    await store.attemptSummaries();
    await store.indexChecked();
    // An older Lectern's reset and a new quiz in another tab: one attempt gone, one new.
    await raw.attempts.remove('att-1');
    await raw.attempts.set(
      'att-y',
      attemptRecord({ id: 'att-y', startedAt: T0 + DAY, course: COURSE }),
    );
    const told: string[][] = [];
    store.changes.listen((message) => {
      if (message.kind === 'records') {
        told.push([...message.stores]);
      }
    });

    // The counts match, so this listing answers from the index as it stands …
    expect((await store.attemptSummaries()).map((a) => a.id)).toEqual(['att-1']);
    await store.indexChecked();

    // … and the check after it rebuilt the index and said so.
    expect(told).toEqual([['activity']]);
    expect((await store.attemptSummaries()).map((a) => a.id)).toEqual(['att-y']);
    expect(await store.attemptSummaries()).toEqual(await fromAttempts());
  });

  it('is rebuilt when its record is unreadable', async () => {
    await finishedQuiz(store, 'att-1', 'unit-1', T0);
    await store.attemptSummaries();
    await raw.activity.set(COURSE, { v: 2, course: COURSE, attempts: 'broken' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await store.attemptSummaries()).toEqual(await fromAttempts());
  });

  it('is emptied by a reset along with the attempts', async () => {
    await finishedQuiz(store, 'att-1', 'unit-1', T0);
    await store.attemptSummaries();
    await actionsOn(store).reset();
    expect(await store.attemptSummaries()).toEqual([]);
    expect(await raw.attempts.entries()).toEqual([]);
  });

  it('ends as the uninterrupted run when a crash stops a commit after its journal record', async () => {
    const { stores, faults } = withFaults(raw);
    const faulty = await ProgressStore.open(async () => stores);
    await finishedQuiz(faulty, 'att-1', 'unit-1', T0);
    await faulty.attemptSummaries();
    // Let the journal record through, then fail every record write: the crash.
    faults.next = failAfter(1);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const questions = unitQuestions('unit-2');
    await new StudyActions(faulty).startAttempt(newAttempt('att-2', 'unit-2', questions, T0 + DAY));
    // The action is in the journal only: neither its attempt nor the index holds it yet.
    expect(await raw.journal.entries()).toHaveLength(1);
    expect(await raw.attempts.get('att-2')).toBeNull();
    faults.next = undefined;

    const reopened = await ProgressStore.open(async () => raw);
    const listed = await reopened.attemptSummaries();
    expect(listed.map((a) => a.id)).toEqual(['att-1', 'att-2']);
    expect(listed).toEqual(await fromAttempts(reopened));
  });

  it('keeps two courses apart', async () => {
    await finishedQuiz(store, 'att-1', 'unit-1', T0);
    const elsewhere: AttemptRecord = attemptRecord({
      id: 'att-o',
      course: 'other-course',
      startedAt: T0 + DAY,
    });
    await raw.attempts.set('att-o', elsewhere);
    expect((await store.attemptSummaries(COURSE)).map((a) => a.id)).toEqual(['att-1']);
    expect((await store.attemptSummaries('other-course')).map((a) => a.id)).toEqual(['att-o']);
  });
});
