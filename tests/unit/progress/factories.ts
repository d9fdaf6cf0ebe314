/**
 * Small factories for the progress tests: questions of every type with their right and wrong
 * answers, valid v1 records, backup files, and stores that fail on purpose. Everything is built
 * fresh per call, so a test may change what it gets without touching another test.
 */
import { expect } from 'vitest';
import type { Question } from '../../../src/lib/content/types';
import type { Answer } from '../../../src/lib/quiz/answers';
import { startAttempt } from '../../../src/lib/quiz/attempt';
import {
  memoryStores,
  openIndexedDbStores,
  type KeyValueStore,
  type Stores,
} from '../../../src/lib/progress/backend';
import type { BackupFile } from '../../../src/lib/progress/backup';
import { SCHEMA_VERSION } from '../../../src/lib/study/constants';
import type {
  AnswerEvent,
  AttemptRecord,
  CardRecord,
  UnitRecord,
} from '../../../src/lib/study/records';
import { StudyActions } from '../../../src/lib/progress/actions';
import { ProgressStore } from '../../../src/lib/progress/store';
import type { AnswerOutcome } from '../../../src/lib/study/steps';
import * as shared from '../../factories';
import { rightAnswer, TEST_COURSE, wrongAnswer } from '../../factories';

/** The course every record here belongs to. */
export const COURSE = TEST_COURSE;

/** What an action stored; fails the test when storing it failed. */
export function stored<T>(saved: { value: T; failure?: Error }): T {
  if (saved.failure) {
    throw saved.failure;
  }
  return saved.value;
}

/**
 * The learner's actions on `store`, with the arguments in the order these tests use, each
 * failing the test (by throwing) when its write failed.
 */
export function actionsOn(store: ProgressStore) {
  const actions = new StudyActions(store);
  return {
    createAttempt: async (attempt: AttemptRecord) => stored(await actions.startAttempt(attempt)),
    answer: async (
      attemptId: string,
      question: Question,
      answer: Answer,
      unitId: string,
      now?: number,
    ) => stored(await actions.answer(attemptId, { question, answer, unitId }, now)),
    advance: async (attemptId: string, questionId: string, now?: number) =>
      stored(await actions.advance(attemptId, questionId, now)),
    markStudied: async (unitId: string, now?: number) =>
      stored(await actions.markStudied(COURSE, unitId, now)),
    reset: async () => stored(await actions.reset(COURSE)),
    exportAll: (now?: Date) => actions.exportBackup(COURSE, now),
  };
}

/** Unit summaries by unit id, as the app reads them. */
export async function unitsById(store: ProgressStore): Promise<Map<string, UnitRecord>> {
  return new Map((await store.units()).map((unit) => [unit.unitId, unit]));
}

// Questions: the shared factories, named by id, which is all the storage tests vary.

export const singleQuestion = (id = 'q-single') => shared.singleQuestion({ id });
export const multipleQuestion = (id = 'q-multiple') => shared.multipleQuestion({ id });
export const trueFalseQuestion = (id = 'q-truefalse') => shared.trueFalseQuestion({ id });
export const fillQuestion = (id = 'q-fill') => shared.fillQuestion({ id });
export const orderingQuestion = (id = 'q-ordering') => shared.orderingQuestion({ id });
export const matchingQuestion = (id = 'q-matching') => shared.matchingQuestion({ id });

/** A unit's worth of questions, one of each type, with ids prefixed by the unit. */
export function unitQuestions(unitId: string): Question[] {
  return [
    singleQuestion(`${unitId}-single`),
    multipleQuestion(`${unitId}-multiple`),
    trueFalseQuestion(`${unitId}-truefalse`),
    fillQuestion(`${unitId}-fill`),
    orderingQuestion(`${unitId}-ordering`),
  ];
}

// Answers that fit a question, right or wrong, come from the shared factories.
export { rightAnswer, wrongAnswer };

// Attempts played through the store

/** A new unit quiz over `questions`, as the quiz screen creates it. */
export function newAttempt(
  id: string,
  unitId: string,
  questions: readonly Question[],
  now: number,
): AttemptRecord {
  return { v: SCHEMA_VERSION, course: COURSE, ...startAttempt(id, unitId, questions, 7, now) };
}

/**
 * Answers and advances through the rest of a stored attempt, from its current question on, one
 * second per step, missing the questions in `miss`. Returns the finished attempt.
 */
export async function playThrough(
  store: ProgressStore,
  attempt: AttemptRecord,
  questions: readonly Question[],
  {
    miss = new Set<string>(),
    start = attempt.startedAt,
    unitOf = () => attempt.unitId,
  }: {
    miss?: ReadonlySet<string>;
    start?: number;
    unitOf?: (questionId: string) => string;
  } = {},
): Promise<AttemptRecord> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  let now = start;
  let current = attempt;
  for (const id of attempt.questionIds.slice(attempt.position)) {
    const question = byId.get(id)!;
    now += 1000;
    const answer = miss.has(id) ? wrongAnswer(question) : rightAnswer(question);
    const actions = new StudyActions(store);
    await actions.answer(attempt.id, { question, answer, unitId: unitOf(id) }, now);
    current = (await actions.advance(attempt.id, id, now)).value;
  }
  return current;
}

/** The event an answer wrote; fails the test when it wrote none. */
export function writtenEvent(result: AnswerOutcome): AnswerEvent {
  expect(result.event).toBeDefined();
  return result.event!;
}

// Records as they are stored (the current schema)

export function answerEvent(overrides: Partial<AnswerEvent> = {}): AnswerEvent {
  return {
    v: SCHEMA_VERSION,
    course: COURSE,
    id: 'ev-1',
    attemptId: 'att-1',
    unitId: 'unit-1',
    questionId: 'q-single',
    hash: 'hash-q-single',
    answer: { type: 'single', option: 'b' },
    points: 1,
    correct: true,
    at: 1_000,
    ...overrides,
  };
}

export function attemptRecord(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    v: SCHEMA_VERSION,
    course: COURSE,
    id: 'att-1',
    unitId: 'unit-1',
    seed: 7,
    questionIds: ['q-single', 'q-truefalse'],
    choiceOrder: { 'q-single': ['c', 'a', 'b'] },
    answers: {
      'q-single': {
        answer: { type: 'single', option: 'b' },
        points: 1,
        correct: true,
        hash: 'hash-q-single',
        at: 1_000,
      },
    },
    position: 1,
    status: 'in-progress',
    startedAt: 500,
    updatedAt: 1_000,
    ...overrides,
  };
}

export function unitRecord(overrides: Partial<UnitRecord> = {}): UnitRecord {
  return {
    v: SCHEMA_VERSION,
    course: COURSE,
    unitId: 'unit-1',
    attempts: 0,
    timeSpentMs: 0,
    updatedAt: 1_000,
    ...overrides,
  };
}

export function cardRecord(overrides: Partial<CardRecord> = {}): CardRecord {
  return {
    v: SCHEMA_VERSION,
    course: COURSE,
    questionId: 'q-single',
    unitId: 'unit-1',
    hash: 'hash-q-single',
    card: {
      due: 2_000,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
    },
    updatedAt: 1_000,
    ...overrides,
  };
}

export function backupFile(overrides: Partial<BackupFile> = {}): BackupFile {
  return {
    app: 'lectern',
    kind: 'progress',
    schemaVersion: SCHEMA_VERSION,
    course: COURSE,
    exportedAt: '2024-05-01T10:00:00.000Z',
    answers: [],
    attempts: [],
    units: [],
    cards: [],
    ...overrides,
  };
}

/** A file's text and its size in bytes, as `previewImport` takes them. */
export function asFile(content: unknown): [string, number] {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return [text, new TextEncoder().encode(text).byteLength];
}

// Stores

/**
 * Everything a learner could see of the stored progress: the export (at a fixed date, so two
 * snapshots compare equal when the data is) and the settings.
 */
export async function snapshot(store: ProgressStore) {
  const backup = await new StudyActions(store).exportBackup(COURSE, new Date(0));
  return { ...backup, settings: await store.settings() };
}

/**
 * The progress store on the real (fake-indexeddb) `lectern` database, emptied of every record,
 * settings included, with the stores under it to look at records exactly as IndexedDB holds them.
 *
 * Why emptied rather than deleted or swapped: localforage keeps the `indexedDB` factory it found
 * when first imported (so a `new IDBFactory()` is never seen, and `vi.resetModules()` does not
 * reload it from node_modules) and caches one connection per database name across all instances
 * (so deleting the database under it leaves instances that later reopen with a stale version:
 * `VersionError`, "No objectStore named units").
 */
export async function openEmptyIndexedDb(): Promise<{ store: ProgressStore; raw: Stores }> {
  const raw = await openIndexedDbStores();
  await Promise.all(Object.values(raw).map((kv) => kv.clear()));
  return { store: await ProgressStore.open(async () => raw), raw };
}

/** Decides whether one write fails: return the error to throw, or nothing to let it through. */
export type WriteFault = (store: string, key: string, value: unknown) => unknown;

/** A store that passes everything to `inner` unless `fault` says a write fails. */
export class FaultyStore implements KeyValueStore {
  constructor(
    private readonly name: string,
    private readonly inner: KeyValueStore,
    private readonly fault: () => WriteFault | undefined,
  ) {}

  get(key: string) {
    return this.inner.get(key);
  }
  async set(key: string, value: unknown) {
    const error = this.fault()?.(this.name, key, value);
    if (error !== undefined) {
      throw error;
    }
    return this.inner.set(key, value);
  }
  remove(key: string) {
    return this.inner.remove(key);
  }
  entries() {
    return this.inner.entries();
  }
  keys() {
    return this.inner.keys();
  }
  count() {
    return this.inner.count();
  }
  clear() {
    return this.inner.clear();
  }
}

/**
 * Wraps every store so tests can switch write failures on: `faults.next = …` applies to every
 * write from then on; `faults.next = undefined` heals them.
 */
export function withFaults(inner: Stores = memoryStores()) {
  const faults: { next: WriteFault | undefined; raw: Stores } = { next: undefined, raw: inner };
  const stores = {} as Stores;
  for (const [name, store] of Object.entries(inner) as [keyof Stores, KeyValueStore][]) {
    stores[name] = new FaultyStore(name, store, () => faults.next);
  }
  return { stores, faults };
}

/** A write fault that lets `n` writes through and fails every later one with `error`. */
export function failAfter(
  n: number,
  error: () => unknown = () => new Error('disk gone'),
): WriteFault {
  let left = n;
  return () => (left-- > 0 ? undefined : error());
}

export const quotaError = () => new DOMException('full', 'QuotaExceededError');
