/**
 * The progress store over a real IndexedDB (fake-indexeddb in jsdom), as the app opens it. Each
 * test starts from an emptied `lectern` database (see `openEmptyIndexedDb` for why emptied).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../src/lib/content/types';
import type { Stores } from '../../../src/lib/progress/backend';
import { MAX_COUNTED_GAP_MS, SCHEMA_VERSION } from '../../../src/lib/study/constants';
import type { AttemptRecord } from '../../../src/lib/study/records';
import { ProgressStore } from '../../../src/lib/progress/store';
import {
  actionsOn,
  COURSE,
  newAttempt,
  openEmptyIndexedDb,
  unitsById,
  playThrough,
  rightAnswer,
  snapshot,
  unitQuestions,
  writtenEvent,
  wrongAnswer,
} from './factories';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);
const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;

let store: ProgressStore;
/** The stores under `store`, to look at records exactly as IndexedDB holds them. */
let raw: Stores;

let act: ReturnType<typeof actionsOn>;

beforeEach(async () => {
  ({ store, raw } = await openEmptyIndexedDb());
  act = actionsOn(store);
});

/** The attempt's questions in the order it asks them. */
function inOrder(attempt: AttemptRecord, questions: readonly Question[]): Question[] {
  return attempt.questionIds.map((id) => questions.find((q) => q.id === id)!);
}

async function startQuiz(unitId = 'unit-1', id = 'att-1', at = T0) {
  const questions = unitQuestions(unitId);
  const attempt = newAttempt(id, unitId, questions, at);
  await act.createAttempt(attempt);
  return { attempt, questions: inOrder(attempt, questions) };
}

describe('opening', () => {
  it('opens IndexedDB, not memory, and finds what it wrote after a reopen', async () => {
    const opened = await ProgressStore.open();
    expect(opened.memoryOnly).toBe(false);

    await actionsOn(opened).markStudied('unit-1', T0);
    const reopened = await ProgressStore.open();

    expect(reopened.memoryOnly).toBe(false);
    expect((await unitsById(reopened)).get('unit-1')?.studiedAt).toBe(T0);
  });

  it('starts empty', async () => {
    const empty = await snapshot(store);
    expect([empty.answers, empty.attempts, empty.units, empty.cards]).toEqual([[], [], [], []]);
    expect(store.skipped).toBe(0);
  });
});

describe('answering', () => {
  it('writes one answer event and the updated attempt, and opens the attempt on its unit', async () => {
    const { attempt, questions } = await startQuiz();
    const [first] = questions;
    expect((await unitsById(store)).get('unit-1')).toMatchObject({
      openAttemptId: 'att-1',
      timeSpentMs: 0,
    });

    const result = await act.answer(
      'att-1',
      first!,
      rightAnswer(first!),
      'unit-1',
      T0 + 30 * SECOND,
    );

    const event = writtenEvent(result);
    expect((await snapshot(store)).answers).toEqual([event]);
    expect(event).toEqual({
      v: SCHEMA_VERSION,
      course: COURSE,
      id: expect.any(String),
      attemptId: 'att-1',
      unitId: 'unit-1',
      questionId: first!.id,
      hash: first!.hash,
      answer: rightAnswer(first!),
      points: 1,
      correct: true,
      at: T0 + 30 * SECOND,
    });
    const saved = await store.attempt('att-1');
    expect(saved).toEqual(result.attempt);
    expect(saved).toEqual({
      ...attempt,
      answers: {
        [first!.id]: {
          answer: rightAnswer(first!),
          points: 1,
          correct: true,
          hash: first!.hash,
          at: T0 + 30 * SECOND,
        },
      },
      updatedAt: T0 + 30 * SECOND,
    });
    expect((await unitsById(store)).get('unit-1')).toMatchObject({
      openAttemptId: 'att-1',
      timeSpentMs: 30 * SECOND,
      updatedAt: T0 + 30 * SECOND,
    });
  });

  it('counts at most ten minutes of a pause as time spent', async () => {
    const { questions } = await startQuiz();
    const [first] = questions;

    await act.answer('att-1', first!, rightAnswer(first!), 'unit-1', T0 + 3 * 60 * 60 * SECOND);

    expect((await unitsById(store)).get('unit-1')?.timeSpentMs).toBe(MAX_COUNTED_GAP_MS);
  });

  it('writes no second event when the same question is answered twice', async () => {
    const { questions } = await startQuiz();
    const [first] = questions;
    await act.answer('att-1', first!, wrongAnswer(first!), 'unit-1', T0 + 10 * SECOND);
    const afterFirst = await snapshot(store);

    // A double click, or a retry after a lost response: the same answer again, a moment later.
    const second = await act.answer(
      'att-1',
      first!,
      wrongAnswer(first!),
      'unit-1',
      T0 + 12 * SECOND,
    );

    expect(second.event).toBeUndefined();
    expect(second.attempt).toEqual(await store.attempt('att-1'));
    const afterSecond = await snapshot(store);
    expect(afterSecond.answers).toHaveLength(1);
    // Nor is the pause counted twice, nor the review card pushed on by a second lapse.
    expect(afterSecond.units).toEqual(afterFirst.units);
    expect(afterSecond.cards).toEqual(afterFirst.cards);
    expect(afterSecond).toEqual(afterFirst);
  });

  it('refuses an answer to a question another tab has moved past, and writes nothing', async () => {
    const { questions } = await startQuiz();
    const [first, , third] = questions;
    const otherTab = actionsOn(await ProgressStore.open());
    await otherTab.answer('att-1', first!, rightAnswer(first!), 'unit-1', T0 + 5 * SECOND);
    await otherTab.advance('att-1', first!.id, T0 + 6 * SECOND);
    const before = await snapshot(store);

    // This tab still shows the first question.
    await expect(
      act.answer('att-1', first!, wrongAnswer(first!), 'unit-1', T0 + 9 * SECOND),
    ).rejects.toThrow(`Question ${first!.id} is not the one being asked in attempt att-1`);
    // Nor can a question further on be answered before it is asked.
    await expect(
      act.answer('att-1', third!, rightAnswer(third!), 'unit-1', T0 + 9 * SECOND),
    ).rejects.toThrow(/is not the one being asked/);

    expect(await snapshot(store)).toEqual(before);
    expect((await store.attempt('att-1'))?.answers[first!.id]?.correct).toBe(true);
  });

  it('never rewrites an earlier answer event when a later answer is saved', async () => {
    const { attempt, questions } = await startQuiz();
    const writes = vi.spyOn(raw.answers, 'set');
    const [first] = questions;
    const event = writtenEvent(
      await act.answer('att-1', first!, rightAnswer(first!), 'unit-1', T0 + SECOND),
    );
    const firstStored = await raw.answers.get(event.id);
    await act.advance('att-1', first!.id, T0 + SECOND);

    await playThrough(store, await store.attempt('att-1').then((a) => a!), questions, {
      start: T0 + 2 * SECOND,
    });

    const keys = writes.mock.calls.map(([key]) => key);
    expect(keys).toHaveLength(attempt.questionIds.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await raw.answers.get(event.id)).toEqual(firstStored);
    expect((await raw.answers.entries()).map(([key]) => key).sort()).toEqual([...keys].sort());
  });

  it('keeps both answers when two attempts are answered at the same moment', async () => {
    const one = await startQuiz('unit-1', 'att-1');
    const two = await startQuiz('unit-2', 'att-2');
    const q1 = one.questions[0]!;
    const q2 = two.questions[0]!;

    const [r1, r2] = await Promise.all([
      act.answer('att-1', q1, rightAnswer(q1), 'unit-1', T0 + 20 * SECOND),
      act.answer('att-2', q2, wrongAnswer(q2), 'unit-2', T0 + 20 * SECOND),
    ]);

    const stored = await snapshot(store);
    expect(stored.answers.map((e) => e.id).sort()).toEqual(
      [writtenEvent(r1).id, writtenEvent(r2).id].sort(),
    );
    expect((await store.attempt('att-1'))?.answers[q1.id]?.correct).toBe(true);
    expect((await store.attempt('att-2'))?.answers[q2.id]?.correct).toBe(false);
    const units = await unitsById(store);
    expect(units.get('unit-1')?.timeSpentMs).toBe(20 * SECOND);
    expect(units.get('unit-2')?.timeSpentMs).toBe(20 * SECOND);
    expect((await store.cards()).map((c) => c.questionId)).toEqual([q2.id]);
  });
});

describe('finishing a quiz', () => {
  it('finishes after the last question and records score, mastery and the closed attempt', async () => {
    const { attempt, questions } = await startQuiz();
    const missed = questions[2]!.id;

    const finished = await playThrough(store, attempt, questions, { miss: new Set([missed]) });

    const end = T0 + questions.length * SECOND;
    expect(finished).toMatchObject({
      status: 'finished',
      position: questions.length,
      finishedAt: end,
    });
    expect(await store.attempt('att-1')).toEqual(finished);
    const unit = (await unitsById(store)).get('unit-1');
    expect(unit).toEqual({
      v: SCHEMA_VERSION,
      course: COURSE,
      unitId: 'unit-1',
      attempts: 1,
      lastScore: 0.8,
      bestScore: 0.8,
      masteredAt: end,
      timeSpentMs: questions.length * SECOND,
      history: Object.fromEntries(
        questions.map((q) => [q.id, { seen: 1, lastCorrect: q.id !== missed }]),
      ),
      updatedAt: end,
    });
  });

  it('keeps the best score and the first mastery when a later attempt goes worse', async () => {
    const first = await startQuiz('unit-1', 'att-1', T0);
    await playThrough(store, first.attempt, first.questions);
    const masteredAt = (await unitsById(store)).get('unit-1')?.masteredAt;

    const second = await startQuiz('unit-1', 'att-2', T0 + DAY);
    expect((await unitsById(store)).get('unit-1')?.openAttemptId).toBe('att-2');
    const missAllButOne = new Set(second.questions.slice(1).map((q) => q.id));
    await playThrough(store, second.attempt, second.questions, { miss: missAllButOne });

    expect((await unitsById(store)).get('unit-1')).toMatchObject({
      attempts: 2,
      lastScore: 0.2,
      bestScore: 1,
      masteredAt,
    });
    expect((await unitsById(store)).get('unit-1')?.openAttemptId).toBeUndefined();
  });

  it('counts a failed attempt without marking the unit mastered', async () => {
    const { attempt, questions } = await startQuiz();

    await playThrough(store, attempt, questions, {
      miss: new Set([questions[0]!.id, questions[1]!.id]),
    });

    const unit = (await unitsById(store)).get('unit-1');
    expect(unit).toMatchObject({ attempts: 1, lastScore: 0.6, bestScore: 0.6 });
    expect(unit?.masteredAt).toBeUndefined();
    expect(unit?.openAttemptId).toBeUndefined();
  });

  it('ignores an advance from a screen that shows an earlier question', async () => {
    const { questions } = await startQuiz();
    const [first] = questions;
    await act.answer('att-1', first!, rightAnswer(first!), 'unit-1', T0 + SECOND);
    const moved = await act.advance('att-1', first!.id, T0 + 2 * SECOND);

    const again = await act.advance('att-1', first!.id, T0 + 3 * SECOND);

    expect(again).toEqual(moved);
    expect((await store.attempt('att-1'))?.position).toBe(1);
  });
});

describe('review deck', () => {
  it('adds a missed question and reschedules it when a review answers it', async () => {
    const { attempt, questions } = await startQuiz();
    const missed = questions[1]!;
    await playThrough(store, attempt, questions, { miss: new Set([missed.id]) });
    const missedAt = T0 + 2 * SECOND;

    const [card] = await store.cards();
    expect(await store.cards()).toHaveLength(1);
    expect(card).toMatchObject({
      questionId: missed.id,
      unitId: 'unit-1',
      hash: missed.hash,
      updatedAt: missedAt,
    });
    expect(card?.card).toMatchObject({ due: missedAt, reps: 0, state: 0 });

    const reviewAt = T0 + DAY;
    const review: AttemptRecord = {
      ...newAttempt('rev-1', 'review', [missed], reviewAt),
      questionUnits: { [missed.id]: 'unit-1' },
    };
    await act.createAttempt(review);
    const unitBefore = (await unitsById(store)).get('unit-1');
    await act.answer('rev-1', missed, rightAnswer(missed), 'unit-1', reviewAt + 5 * SECOND);
    await act.advance('rev-1', missed.id, reviewAt + 5 * SECOND);

    const [rescheduled] = await store.cards();
    expect(rescheduled).toMatchObject({
      questionId: missed.id,
      unitId: 'unit-1',
      updatedAt: reviewAt + 5 * SECOND,
    });
    expect(rescheduled?.card.reps).toBe(1);
    expect(rescheduled?.card.last_review).toBe(reviewAt + 5 * SECOND);
    expect(rescheduled?.card.due).toBeGreaterThan(reviewAt + 5 * SECOND);
    // A review is no unit quiz: it neither opens on the unit nor counts as one of its attempts.
    const unitAfter = (await unitsById(store)).get('unit-1');
    expect(unitAfter?.attempts).toBe(unitBefore?.attempts);
    expect(unitAfter?.openAttemptId).toBeUndefined();
    expect((await unitsById(store)).has('review')).toBe(false);
    expect((await store.attempt('rev-1'))?.status).toBe('finished');
  });

  it('adds nothing for questions answered right', async () => {
    const { attempt, questions } = await startQuiz();

    await playThrough(store, attempt, questions);

    expect(await store.cards()).toEqual([]);
  });
});

describe('studied units and settings', () => {
  it('marks a unit studied once, keeps the first date and writes nothing the second time', async () => {
    await act.markStudied('unit-1', T0);
    await act.markStudied('unit-1', T0 + DAY);

    expect((await unitsById(store)).get('unit-1')).toEqual({
      v: SCHEMA_VERSION,
      course: COURSE,
      unitId: 'unit-1',
      studiedAt: T0,
      attempts: 0,
      timeSpentMs: 0,
      updatedAt: T0,
    });
  });

  it('starts with default settings and keeps saved ones across a reopen', async () => {
    expect(await store.settings()).toEqual({
      v: SCHEMA_VERSION,
      persistRequested: false,
      updatedAt: 0,
    });

    const saved = await store.saveSettings({ locale: 'ug', persistRequested: true });

    expect(saved).toMatchObject({ v: SCHEMA_VERSION, locale: 'ug', persistRequested: true });
    expect(await store.settings()).toEqual(saved);
    expect(await (await ProgressStore.open()).settings()).toEqual(saved);

    const changed = await store.saveSettings({ locale: 'zh-Hans' });
    expect(changed).toMatchObject({ locale: 'zh-Hans', persistRequested: true });
  });

  it('resets all progress but keeps the settings', async () => {
    const { attempt, questions } = await startQuiz();
    await playThrough(store, attempt, questions, { miss: new Set([questions[0]!.id]) });
    await act.markStudied('unit-2', T0);
    const settings = await store.saveSettings({ locale: 'zh-Hans' });
    const before = await snapshot(store);
    expect([
      before.answers.length,
      before.attempts.length,
      before.units.length,
      before.cards.length,
    ]).toEqual([5, 1, 2, 1]);

    await act.reset();

    const after = await snapshot(store);
    expect([after.answers, after.attempts, after.units, after.cards]).toEqual([[], [], [], []]);
    expect(after.settings).toEqual(settings);
    expect(await (await ProgressStore.open()).settings()).toEqual(settings);
  });
});
