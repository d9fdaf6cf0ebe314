/**
 * The progress store when storage misbehaves: IndexedDB refused, a full disk, a write that fails
 * half-way through an answer, and records that no longer restore. The stores under the progress
 * store are memory stores wrapped so a test can make writes fail on purpose.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Stores } from '../../../src/lib/progress/backend';
import { SCHEMA_VERSION } from '../../../src/lib/progress/constants';
import type { AttemptRecord } from '../../../src/lib/progress/records';
import { ProgressStore, StorageError } from '../../../src/lib/progress/store';
import {
  answerEvent,
  attemptRecord,
  newAttempt,
  playThrough,
  quotaError,
  rightAnswer,
  snapshot,
  unitQuestions,
  unitRecord,
  withFaults,
  writtenEvent,
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
    await store.createAttempt(attempt);
    await store.markStudied('unit-1', T0);
    const finished = await playThrough(store, attempt, questions, {
      miss: new Set([attempt.questionIds[0]!]),
    });
    await store.saveSettings({ locale: 'zh-Hans' });

    expect(finished.status).toBe('finished');
    expect(await store.attempt('att-1')).toEqual(finished);
    expect((await store.units()).get('unit-1')).toMatchObject({
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
  let faults: ReturnType<typeof withFaults>['faults'];
  let attempt: AttemptRecord;
  const questions = unitQuestions('unit-1');

  beforeEach(async () => {
    const faulty = withFaults();
    faults = faulty.faults;
    store = await ProgressStore.open(async () => faulty.stores);
    attempt = newAttempt('att-1', 'unit-1', questions, T0);
    await store.createAttempt(attempt);
  });

  const first = () => questions.find((q) => q.id === attempt.questionIds[0])!;

  it('surfaces a full disk as StorageError "quota" and saves nothing of the answer', async () => {
    const before = await snapshot(store);
    const full = quotaError();
    faults.next = () => full;

    const error: unknown = await store
      .answer('att-1', first(), rightAnswer(first()), 'unit-1', T0 + 1000)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ reason: 'quota', cause: full });
    faults.next = undefined;
    expect(await snapshot(store)).toEqual(before);
    expect(await store.attempt('att-1')).toEqual(attempt);
    expect(await faults.raw.answers.entries()).toEqual([]);
  });

  it('surfaces any other failure as StorageError "failed"', async () => {
    faults.next = () => new Error('disk gone');

    await expect(
      store.answer('att-1', first(), rightAnswer(first()), 'unit-1', T0 + 1000),
    ).rejects.toMatchObject({ name: 'StorageError', reason: 'failed', message: 'disk gone' });
  });

  it('takes the answer event back when the attempt cannot be written after it', async () => {
    const before = await snapshot(store);
    const eventWrites = vi.spyOn(faults.raw.answers, 'set');
    const eventRemovals = vi.spyOn(faults.raw.answers, 'remove');
    faults.next = (storeName) => (storeName === 'attempts' ? quotaError() : undefined);

    await expect(
      store.answer('att-1', first(), rightAnswer(first()), 'unit-1', T0 + 1000),
    ).rejects.toMatchObject({ name: 'StorageError', reason: 'quota' });

    // The event was written first, then removed again.
    expect(eventWrites).toHaveBeenCalledOnce();
    expect(eventRemovals).toHaveBeenCalledWith(eventWrites.mock.calls[0]![0]);
    faults.next = undefined;
    expect(await faults.raw.answers.entries()).toEqual([]);
    expect(await store.attempt('att-1')).toEqual(attempt);
    expect(await snapshot(store)).toEqual(before);
  });

  it('saves the answer once the disk has room again', async () => {
    faults.next = () => quotaError();
    await expect(
      store.answer('att-1', first(), rightAnswer(first()), 'unit-1', T0 + 1000),
    ).rejects.toBeInstanceOf(StorageError);

    faults.next = undefined;
    const event = writtenEvent(
      await store.answer('att-1', first(), rightAnswer(first()), 'unit-1', T0 + 2000),
    );

    expect((await snapshot(store)).answers).toEqual([event]);
    expect((await store.attempt('att-1'))?.answers[first().id]?.at).toBe(T0 + 2000);
  });
});

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

    const exported = await store.exportAll(new Date(0));

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

    await store.reset();

    expect(store.skipped).toBe(0);
    expect(await store.attempts()).toEqual([]);
  });
});
