/**
 * The progress store when storage misbehaves: IndexedDB refused, a full disk, a write that fails
 * half-way through an answer, and records that no longer restore. The stores under the progress
 * store are memory stores wrapped so a test can make writes fail on purpose.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Stores } from '../../../src/lib/progress/backend';
import { SCHEMA_VERSION } from '../../../src/lib/study/constants';
import type { AttemptRecord } from '../../../src/lib/study/records';
import { ProgressStore, StorageError } from '../../../src/lib/progress/store';
import { StudyActions } from '../../../src/lib/progress/actions';
import type { AnswerEvent } from '../../../src/lib/study/records';
import {
  actionsOn,
  answerEvent,
  attemptRecord,
  COURSE,
  newAttempt,
  playThrough,
  quotaError,
  rightAnswer,
  snapshot,
  unitQuestions,
  unitRecord,
  unitsById,
  withFaults,
  wrongAnswer,
} from './factories';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

describe('when IndexedDB is refused', () => {
  it('falls back to memory, says so, and still keeps progress for the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blocked = new Error('blocked');

    const store = await ProgressStore.open(() => Promise.reject(blocked));

    expect(store.memoryOnly).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('memory only'), blocked);

    const questions = unitQuestions('unit-1');
    const attempt = newAttempt('att-1', 'unit-1', questions, T0);
    await actionsOn(store).createAttempt(attempt);
    await actionsOn(store).markStudied('unit-1', T0);
    const finished = await playThrough(store, attempt, questions, {
      miss: new Set([attempt.questionIds[0]!]),
    });
    await store.saveSettings({ locale: 'zh-Hans' });

    expect(finished.status).toBe('finished');
    expect(await store.attempt('att-1')).toEqual(finished);
    expect((await unitsById(store)).get('unit-1')).toMatchObject({
      studiedAt: T0,
      attempts: 1,
      lastScore: 0.8,
      bestScore: 0.8,
    });
    const stored = await snapshot(store);
    expect(stored.answers).toHaveLength(questions.length);
    expect(stored.cards.map((c) => c.questionId)).toEqual([attempt.questionIds[0]]);
    expect(stored.settings.locale).toBe('zh-Hans');
  });
});

describe('a failed write during an answer', () => {
  let store: ProgressStore;
  let act: ReturnType<typeof actionsOn>;
  let actions: StudyActions;
  let faults: ReturnType<typeof withFaults>['faults'];
  let attempt: AttemptRecord;
  const questions = unitQuestions('unit-1');

  beforeEach(async () => {
    const faulty = withFaults();
    faults = faulty.faults;
    store = await ProgressStore.open(async () => faulty.stores);
    act = actionsOn(store);
    actions = new StudyActions(store);
    attempt = newAttempt('att-1', 'unit-1', questions, T0);
    await act.createAttempt(attempt);
  });

  const asked = (index: number) => questions.find((q) => q.id === attempt.questionIds[index])!;
  const answerAt = (index: number, at: number) =>
    actions.answer(
      'att-1',
      { question: asked(index), answer: rightAnswer(asked(index)), unitId: 'unit-1' },
      at,
    );

  it('says a full disk is full, stores nothing, and still returns the graded answer', async () => {
    const onDisk = await everyRecord(faults.raw);
    const full = quotaError();
    faults.next = () => full;

    const saved = await answerAt(0, T0 + 1000);

    expect(saved.failure).toBeInstanceOf(StorageError);
    expect(saved.failure).toMatchObject({ reason: 'quota', cause: full });
    expect(saved.value.attempt.answers[asked(0).id]?.correct).toBe(true);
    faults.next = undefined;
    expect(await everyRecord(faults.raw)).toEqual(onDisk);
    // This page still sees the answer, waiting to be stored.
    expect((await store.attempt('att-1'))?.answers[asked(0).id]?.correct).toBe(true);
    expect(store.unsavedCount).toBeGreaterThan(0);
  });

  it('calls any other failure "failed"', async () => {
    faults.next = () => new Error('disk gone');

    expect((await answerAt(0, T0 + 1000)).failure).toMatchObject({
      name: 'StorageError',
      reason: 'failed',
    });
  });

  it('goes on after a failure and, once the disk has room, stores every answer, losing none', async () => {
    faults.next = () => quotaError();
    expect((await answerAt(0, T0 + 1000)).failure?.reason).toBe('quota');
    expect((await actions.advance('att-1', asked(0).id, T0 + 1500)).failure?.reason).toBe('quota');
    expect((await answerAt(1, T0 + 2000)).failure?.reason).toBe('quota');
    expect((await actions.advance('att-1', asked(1).id, T0 + 2500)).failure?.reason).toBe('quota');

    faults.next = undefined;
    const third = await answerAt(2, T0 + 3000);

    expect(third.failure).toBeUndefined();
    expect(store.unsavedCount).toBe(0);
    const answered = (await faults.raw.attempts.get('att-1')) as AttemptRecord;
    expect(Object.keys(answered.answers).sort()).toEqual(
      [asked(0).id, asked(1).id, asked(2).id].sort(),
    );
    expect(answered.position).toBe(2);
    const events = (await faults.raw.answers.entries()).map(
      ([, e]) => (e as AnswerEvent).questionId,
    );
    expect(events.sort()).toEqual([asked(0).id, asked(1).id, asked(2).id].sort());
    expect(await faults.raw.journal.entries()).toEqual([]);
  });

  it('is one write: a crash after the journal record, before the records, ends as if uninterrupted', async () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('00000000-0000-4000-8000-000000000001');
    // The run without a crash, on stores of its own.
    const calm = withFaults();
    const calmStore = await ProgressStore.open(async () => calm.stores);
    await actionsOn(calmStore).createAttempt(attempt);
    await new StudyActions(calmStore).answer(
      'att-1',
      { question: asked(0), answer: wrongAnswer(asked(0)), unitId: 'unit-1' },
      T0 + 1000,
    );
    const uninterrupted = await everyRecord(calm.faults.raw);

    // The same answer here, "crashing" (throwing) on the first record after the journal's.
    faults.next = (storeName) => (storeName === 'journal' ? undefined : new Error('crash'));
    await actions.answer(
      'att-1',
      { question: asked(0), answer: wrongAnswer(asked(0)), unitId: 'unit-1' },
      T0 + 1000,
    );
    faults.next = undefined;
    expect(await faults.raw.journal.entries()).toHaveLength(1);
    expect(await everyRecord(faults.raw)).not.toEqual(uninterrupted);

    // The next start finds the journal record and applies it.
    await ProgressStore.open(async () => faults.raw);

    expect(await everyRecord(faults.raw)).toEqual(uninterrupted);
  });
});

/** Every record of every store as stored, journal included, by store and key. */
async function everyRecord(stores: Stores) {
  const out: Record<string, [string, unknown][]> = {};
  for (const [name, store] of Object.entries(stores)) {
    out[name] = (await store.entries()).filter(([key]) => key !== 'probe');
  }
  return out;
}

describe('records that no longer restore', () => {
  let store: ProgressStore;
  let raw: Stores;
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    const faulty = withFaults();
    raw = faulty.faults.raw;
    store = await ProgressStore.open(async () => faulty.stores);
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await raw.attempts.set('att-1', attemptRecord({ id: 'att-1', startedAt: 100 }));
    await raw.attempts.set('att-2', attemptRecord({ id: 'att-2', startedAt: 50 }));
    await raw.attempts.set('weird', { ...attemptRecord({ id: 'weird' }), status: 'weird' });
    await raw.attempts.set('future', { ...attemptRecord({ id: 'future' }), v: 99 });
  });

  it('skips them, loads the rest, and counts each once however often read', async () => {
    expect((await store.attempts()).map((a) => a.id)).toEqual(['att-2', 'att-1']);
    expect(store.skipped).toBe(2);

    expect((await store.attempts()).map((a) => a.id)).toEqual(['att-2', 'att-1']);
    expect(await store.attempt('weird')).toBeUndefined();
    expect(await store.attempt('future')).toBeUndefined();
    expect(store.skipped).toBe(2);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('skips them in every kind of record and in the export', async () => {
    await raw.answers.set('ev-1', answerEvent({ id: 'ev-1' }));
    await raw.answers.set('ev-bad', {
      ...answerEvent({ id: 'ev-bad' }),
      answer: { type: 'essay' },
    });
    await raw.units.set('unit-1', unitRecord({ unitId: 'unit-1' }));
    await raw.units.set('unit-bad', { ...unitRecord({ unitId: 'unit-bad' }), bestScore: 3 });
    await raw.cards.set('q-bad', { v: SCHEMA_VERSION, questionId: 'q-bad' });
    await raw.settings.set('settings', { locale: 'ug' });

    const exported = await new StudyActions(store).exportBackup(COURSE, new Date(0));

    expect(exported.answers.map((e) => e.id)).toEqual(['ev-1']);
    expect(exported.attempts.map((a) => a.id)).toEqual(['att-2', 'att-1']);
    expect(exported.units.map((u) => u.unitId)).toEqual(['unit-1']);
    expect(exported.cards).toEqual([]);
    // Settings without a version fall back to the defaults rather than break the app.
    expect(await store.settings()).toEqual({
      v: SCHEMA_VERSION,
      persistRequested: false,
      updatedAt: 0,
    });
    expect(store.skipped).toBe(6);
  });

  it('forgets the count when progress is reset', async () => {
    await store.attempts();
    expect(store.skipped).toBe(2);

    await actionsOn(store).reset();

    expect(store.skipped).toBe(0);
    expect(await store.attempts()).toEqual([]);
  });
});
