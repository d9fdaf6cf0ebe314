/**
 * Backup files: `parseBackup` refuses a bad file as a whole with its own message key, and the
 * store's import merges a good one without losing anything either side holds. A refused or
 * failed import leaves what is stored exactly as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStores, type Stores } from '../../../src/lib/progress/backend';
import { StudyActions } from '../../../src/lib/progress/actions';
import {
  ImportError,
  MAX_BACKUP_BYTES,
  mergeUnit,
  parseBackup,
  planMerge,
  type BackupFile,
} from '../../../src/lib/progress/backup';
import { SCHEMA_VERSION } from '../../../src/lib/study/constants';
import type { AttemptRecord } from '../../../src/lib/study/records';
import { ProgressStore } from '../../../src/lib/progress/store';
import {
  actionsOn,
  answerEvent,
  asFile,
  COURSE,
  stored,
  unitsById,
  attemptRecord,
  backupFile,
  cardRecord,
  newAttempt,
  openEmptyIndexedDb,
  playThrough,
  quotaError,
  snapshot,
  unitQuestions,
  unitRecord,
  withFaults,
  type WriteFault,
} from './factories';
import backupV1 from './fixtures/v1/backup.json';
import backupV2 from './fixtures/v2/backup.json';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

/** Backups of the one course these tests know. */
const parse = (text: string, byteSize: number) => parseBackup(text, byteSize, [COURSE]);

async function importInto(store: ProgressStore, file: BackupFile) {
  return stored(await new StudyActions(store).importBackup(file));
}

function previewIn(store: ProgressStore, text: string, byteSize: number) {
  return new StudyActions(store).previewImport(text, byteSize, [COURSE]);
}

/** Every store's entries, as a plain copy. */
async function snapshotRaw(stores: Stores) {
  const out: Partial<Record<keyof Stores, [string, unknown][]>> = {};
  for (const [name, store] of Object.entries(stores) as [keyof Stores, Stores[keyof Stores]][]) {
    out[name] = await store.entries();
  }
  return out;
}

/** Memory stores holding copies of `entries`. */
function structuredCloneStores(entries: Awaited<ReturnType<typeof snapshotRaw>>): Stores {
  const stores = memoryStores();
  for (const [name, list] of Object.entries(entries) as [keyof Stores, [string, unknown][]][]) {
    for (const [key, value] of list) {
      void stores[name].set(key, structuredClone(value));
    }
  }
  return stores;
}

/** A store on memory holding exactly `records`, and the stores under it. */
async function storeHolding(records: Partial<Omit<BackupFile, 'app' | 'kind'>> = {}) {
  const { stores, faults } = withFaults();
  const raw: Stores = faults.raw;
  for (const e of records.answers ?? []) {
    await raw.answers.set(e.id, e);
  }
  for (const a of records.attempts ?? []) {
    await raw.attempts.set(a.id, a);
  }
  for (const u of records.units ?? []) {
    await raw.units.set(`${u.course}/${u.unitId}`, u);
  }
  for (const c of records.cards ?? []) {
    await raw.cards.set(`${c.course}/${c.questionId}`, c);
  }
  return { store: await ProgressStore.open(async () => stores), faults };
}

/** A store with a little real progress: one quiz played with a miss, one studied unit. */
async function storeWithProgress() {
  const { store } = await storeHolding();
  const questions = unitQuestions('unit-1');
  const attempt = newAttempt('att-1', 'unit-1', questions, T0);
  await actionsOn(store).createAttempt(attempt);
  await playThrough(store, attempt, questions, { miss: new Set([attempt.questionIds[0]!]) });
  await actionsOn(store).markStudied('unit-2', T0);
  await store.saveSettings({ locale: 'ug' });
  return store;
}

function caught(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}

const validFile = () =>
  backupFile({
    answers: [answerEvent({ id: 'ev-1' }), answerEvent({ id: 'ev-2' })],
    attempts: [attemptRecord()],
    units: [unitRecord()],
    cards: [cardRecord()],
  });
const validText = () => JSON.stringify(validFile());

/**
 * Files built to pollute prototypes: a key that a careless copy or merge of the parsed JSON
 * would follow into `Object.prototype` (`__proto__`, `constructor.prototype`), or that, as an
 * id key inside a record's map (`answers`, `choiceOrder`), would re-prototype that map.
 */
const hostileFiles = [
  {
    name: 'a file with a __proto__ key at the top',
    text: `{"__proto__":{"polluted":true},${validText().slice(1)}`,
    unsafeKey: '__proto__',
  },
  {
    name: 'a file with a __proto__ key inside a record',
    text: validText().replace('"id":"ev-2"', '"__proto__":{"polluted":true},"id":"ev-2"'),
    unsafeKey: '__proto__',
  },
  {
    name: "a file with a __proto__ question id in an attempt's answers",
    text: validText().replace(
      '"answers":{"q-single":',
      '"answers":{"__proto__":{"polluted":true},"q-single":',
    ),
    unsafeKey: '__proto__',
  },
  {
    name: 'a file with a constructor.prototype key',
    text: validText().replace(
      '"id":"att-1"',
      '"constructor":{"prototype":{"polluted":true}},"id":"att-1"',
    ),
    // JSON.parse's reviver meets the inner key first.
    unsafeKey: 'prototype',
  },
  {
    name: "a file with a constructor question id in an attempt's choice order",
    text: validText().replace('"choiceOrder":{', '"choiceOrder":{"constructor":["a"],'),
    unsafeKey: 'constructor',
  },
  {
    name: 'a file with a prototype key',
    text: validText().replace('"unitId":"unit-1"', '"prototype":1,"unitId":"unit-1"'),
    unsafeKey: 'prototype',
  },
];

describe('parseBackup and prototype pollution', () => {
  afterEach(() => {
    // A broken parser must fail this test only, not every test after it.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each(hostileFiles)(
    'refuses $name by naming $unsafeKey, and leaves Object.prototype as it was',
    ({ text, unsafeKey }) => {
      expect(text, 'the hostile key is really in the file').toContain(`"${unsafeKey}":`);
      const prototypeBefore = Object.getOwnPropertyDescriptors(Object.prototype);

      const error = caught(() => parse(text, text.length));

      expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(prototypeBefore);
      expect('polluted' in {}).toBe(false);
      expect(error).toBeInstanceOf(ImportError);
      expect(error).toMatchObject({ key: 'import.unsafe_key', values: { key: unsafeKey } });
    },
  );
});

describe('parseBackup', () => {
  it('accepts a v1 export and gives back every record in its v2 form', () => {
    const [text, size] = asFile(backupV1);

    expect(parse(text, size)).toStrictEqual(backupV2);
  });

  it('takes missing collections as empty and a missing export date as empty text', () => {
    const file = parse(JSON.stringify({ app: 'lectern', kind: 'progress', schemaVersion: 1 }), 100);

    expect(file).toStrictEqual({ ...backupFile(), exportedAt: '' });
  });

  it('accepts a file of exactly 5 MB', () => {
    expect(parse(validText(), MAX_BACKUP_BYTES)).toStrictEqual(validFile());
  });

  interface BadFile {
    name: string;
    text: string;
    size?: number;
    key: string;
    values?: Record<string, string | number>;
  }

  const withRecord = (collection: keyof BackupFile, index: number, record: unknown) => {
    const file: Record<string, unknown> = { ...validFile() };
    const list = [...(file[collection] as unknown[])];
    list[index] = record;
    file[collection] = list;
    return JSON.stringify(file);
  };

  const badFiles: BadFile[] = [
    { name: 'a file that is not JSON', text: '{', key: 'import.not_json' },
    { name: 'an empty file', text: '', key: 'import.not_json' },
    { name: "another app's JSON", text: '{"app":"other"}', key: 'import.other_app' },
    {
      name: 'a Lectern file of another kind',
      text: '{"app":"lectern","kind":"settings","schemaVersion":1}',
      key: 'import.other_app',
    },
    { name: 'a JSON list', text: JSON.stringify([validFile()]), key: 'import.other_app' },
    { name: 'JSON null', text: 'null', key: 'import.other_app' },
    { name: 'a JSON number', text: '42', key: 'import.other_app' },
    {
      name: 'a file without version',
      text: JSON.stringify({ ...validFile(), schemaVersion: undefined }),
      key: 'import.unknown_version',
    },
    {
      name: 'a file of version 0',
      text: JSON.stringify({ ...validFile(), schemaVersion: 0 }),
      key: 'import.unknown_version',
    },
    {
      name: 'a file of version "x"',
      text: JSON.stringify({ ...validFile(), schemaVersion: 'x' }),
      key: 'import.unknown_version',
    },
    {
      name: 'a file of version 1.5',
      text: JSON.stringify({ ...validFile(), schemaVersion: 1.5 }),
      key: 'import.unknown_version',
    },
    {
      name: 'a file from a newer Lectern',
      text: JSON.stringify({ ...validFile(), schemaVersion: SCHEMA_VERSION + 1 }),
      key: 'import.newer_version',
      values: { version: SCHEMA_VERSION + 1 },
    },
    {
      name: 'a file over 5 MB',
      text: validText(),
      size: 5 * 1024 * 1024 + 1,
      key: 'import.too_large',
      values: { limit: '5 MB' },
    },
    ...hostileFiles.map((hostile) => ({
      ...hostile,
      key: 'import.unsafe_key',
      values: { key: hostile.unsafeKey },
    })),
    {
      name: 'a file whose second answer has 7 points',
      text: withRecord('answers', 1, answerEvent({ id: 'ev-2', points: 7 })),
      key: 'import.invalid_record',
      values: { collection: 'answers', index: 2, problem: '"points" must be between 0 and 1' },
    },
    {
      name: 'a file whose attempt has status "weird"',
      text: withRecord('attempts', 0, { ...attemptRecord(), status: 'weird' }),
      key: 'import.invalid_record',
      values: {
        collection: 'attempts',
        index: 1,
        problem: '"status" must be in-progress or finished',
      },
    },
    {
      name: 'a file whose unit summary is from a newer Lectern',
      text: withRecord('units', 0, { ...unitRecord(), v: 99 }),
      key: 'import.invalid_record',
      values: {
        collection: 'units',
        index: 1,
        problem: 'unit summary was written by a newer version of Lectern (schema 99)',
      },
    },
    {
      name: 'a file whose card has no card',
      text: withRecord('cards', 0, { ...cardRecord(), card: undefined }),
      key: 'import.invalid_record',
      values: { collection: 'cards', index: 1, problem: 'card is not an object' },
    },
    {
      name: 'a file whose answers are not a list',
      text: JSON.stringify({ ...validFile(), answers: { 'ev-1': answerEvent() } }),
      key: 'import.invalid_record',
      values: { collection: 'answers', index: 0, problem: 'it is not a list' },
    },
  ];

  const sizeOf = (bad: BadFile) => bad.size ?? new TextEncoder().encode(bad.text).byteLength;

  it.each(badFiles)('refuses $name with $key', (bad) => {
    const error = caught(() => parse(bad.text, sizeOf(bad)));

    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ key: bad.key, values: bad.values ?? {} });
  });

  it.each(badFiles)('leaves stored progress unchanged when offered $name', async (bad) => {
    const store = await storeWithProgress();
    const before = await snapshot(store);

    await expect(previewIn(store, bad.text, sizeOf(bad))).rejects.toMatchObject({
      name: 'ImportError',
      key: bad.key,
    });

    expect(await snapshot(store)).toEqual(before);
  });
});

describe('mergeUnit', () => {
  const older = unitRecord({
    attempts: 3,
    timeSpentMs: 9_000,
    bestScore: 0.6,
    lastScore: 0.6,
    studiedAt: 300,
    openAttemptId: 'att-old',
    updatedAt: 1_000,
  });
  const newer = unitRecord({
    attempts: 2,
    timeSpentMs: 4_000,
    bestScore: 0.9,
    lastScore: 0.4,
    studiedAt: 100,
    masteredAt: 500,
    updatedAt: 2_000,
  });

  it('keeps the best score, the most attempts and time, the earliest dates, and the newer rest', () => {
    expect(mergeUnit(older, newer)).toStrictEqual({
      v: SCHEMA_VERSION,
      course: COURSE,
      unitId: 'unit-1',
      attempts: 3,
      timeSpentMs: 9_000,
      bestScore: 0.9,
      lastScore: 0.4,
      studiedAt: 100,
      masteredAt: 500,
      updatedAt: 2_000,
    });
  });

  it('gives the same result whichever side is stored', () => {
    expect(mergeUnit(newer, older)).toStrictEqual(mergeUnit(older, newer));
  });

  it('keeps what only one side knows', () => {
    const studied = unitRecord({ studiedAt: 50, updatedAt: 3_000 });
    const mastered = unitRecord({ bestScore: 1, masteredAt: 700, attempts: 1, updatedAt: 1_000 });

    expect(mergeUnit(studied, mastered)).toStrictEqual({
      ...studied,
      attempts: 1,
      bestScore: 1,
      masteredAt: 700,
    });
  });
});

describe('planMerge', () => {
  const stored = {
    answerIds: new Set(['ev-1']),
    attempts: new Map([['att-1', attemptRecord({ updatedAt: 500 })]]),
    units: new Map([['unit-1', unitRecord({ updatedAt: 500 })]]),
    cards: new Map([['q-single', cardRecord({ updatedAt: 500 })]]),
  };

  it('plans nothing for a file that holds only what is stored', () => {
    const file = backupFile({
      answers: [answerEvent({ id: 'ev-1' })],
      attempts: [attemptRecord({ updatedAt: 500 })],
      units: [unitRecord({ updatedAt: 500 })],
      cards: [cardRecord({ updatedAt: 500 })],
    });

    expect(planMerge(stored, file)).toStrictEqual({
      answers: [],
      attempts: [],
      units: [],
      cards: [],
      changes: 0,
    });
  });

  it('plans every record of a file for an empty store', () => {
    const file = validFile();
    const empty = {
      answerIds: new Set<string>(),
      attempts: new Map(),
      units: new Map(),
      cards: new Map(),
    };

    expect(planMerge(empty, file)).toStrictEqual({
      answers: file.answers,
      attempts: file.attempts,
      units: file.units,
      cards: file.cards,
      changes: 5,
    });
  });
});

describe('importBackup', () => {
  it('unions answer events by id: nothing lost, nothing twice, stored events untouched', async () => {
    const { store } = await storeHolding({
      answers: [answerEvent({ id: 'ev-1', at: 1_000 }), answerEvent({ id: 'ev-2', at: 1_000 })],
    });
    const file = backupFile({
      answers: [
        answerEvent({ id: 'ev-2', at: 5_000, points: 0, correct: false }),
        answerEvent({ id: 'ev-3' }),
      ],
    });

    const plan = await importInto(store, file);

    expect(plan.answers.map((e) => e.id)).toEqual(['ev-3']);
    expect(plan.changes).toBe(1);
    expect((await actionsOn(store).exportAll()).answers).toStrictEqual([
      answerEvent({ id: 'ev-1', at: 1_000 }),
      answerEvent({ id: 'ev-2', at: 1_000 }),
      answerEvent({ id: 'ev-3' }),
    ]);
  });

  it('takes attempts and cards only where the file has them newer', async () => {
    const { store } = await storeHolding({
      attempts: [
        attemptRecord({ id: 'att-old', updatedAt: 100 }),
        attemptRecord({ id: 'att-new', updatedAt: 300 }),
        attemptRecord({ id: 'att-same', updatedAt: 200 }),
      ],
      cards: [
        cardRecord({ questionId: 'q-old', updatedAt: 100 }),
        cardRecord({ questionId: 'q-new', updatedAt: 300 }),
      ],
    });
    const moved = (id: string, updatedAt: number): AttemptRecord =>
      attemptRecord({ id, updatedAt, position: 2, status: 'finished', finishedAt: updatedAt });
    const file = backupFile({
      attempts: [
        moved('att-old', 200),
        moved('att-new', 200),
        moved('att-same', 200),
        moved('att-extra', 50),
      ],
      cards: [
        cardRecord({
          questionId: 'q-old',
          updatedAt: 200,
          card: { ...cardRecord().card, reps: 4 },
        }),
        cardRecord({
          questionId: 'q-new',
          updatedAt: 200,
          card: { ...cardRecord().card, reps: 4 },
        }),
        cardRecord({ questionId: 'q-extra', updatedAt: 50 }),
      ],
    });

    const plan = await importInto(store, file);

    expect(plan.attempts.map((a) => a.id)).toEqual(['att-old', 'att-extra']);
    expect(plan.cards.map((c) => c.questionId)).toEqual(['q-old', 'q-extra']);
    expect(await store.attempt('att-old')).toStrictEqual(moved('att-old', 200));
    expect(await store.attempt('att-new')).toStrictEqual(
      attemptRecord({ id: 'att-new', updatedAt: 300 }),
    );
    expect(await store.attempt('att-same')).toStrictEqual(
      attemptRecord({ id: 'att-same', updatedAt: 200 }),
    );
    expect(await store.attempt('att-extra')).toStrictEqual(moved('att-extra', 50));
    const cards = new Map((await store.cards()).map((c) => [c.questionId, c]));
    expect(cards.get('q-old')?.card.reps).toBe(4);
    expect(cards.get('q-new')).toStrictEqual(cardRecord({ questionId: 'q-new', updatedAt: 300 }));
    expect(cards.get('q-extra')).toStrictEqual(
      cardRecord({ questionId: 'q-extra', updatedAt: 50 }),
    );
  });

  it('merges unit summaries with what is stored', async () => {
    const stored = unitRecord({
      unitId: 'unit-1',
      attempts: 3,
      bestScore: 0.6,
      lastScore: 0.6,
      studiedAt: 300,
      updatedAt: 1_000,
    });
    const incoming = unitRecord({
      unitId: 'unit-1',
      attempts: 1,
      bestScore: 0.9,
      lastScore: 0.9,
      studiedAt: 500,
      masteredAt: 800,
      updatedAt: 2_000,
    });
    const unseen = unitRecord({ unitId: 'unit-2', studiedAt: 50 });
    const { store } = await storeHolding({ units: [stored] });

    const plan = await importInto(store, backupFile({ units: [incoming, unseen] }));

    expect(plan.units).toStrictEqual([mergeUnit(stored, incoming), unseen]);
    const units = await unitsById(store);
    expect(units.get('unit-1')).toStrictEqual({
      ...incoming,
      attempts: 3,
      bestScore: 0.9,
      lastScore: 0.9,
      studiedAt: 300,
      masteredAt: 800,
    });
    expect(units.get('unit-2')).toStrictEqual(unseen);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const store = await storeWithProgress();
    const [text, size] = asFile(backupV1);
    const first = await importInto(store, parse(text, size));
    expect(first.changes).toBeGreaterThan(0);
    const after = await snapshot(store);

    const preview = await previewIn(store, text, size);
    const second = await importInto(store, preview.file);

    expect(preview.plan.changes).toBe(0);
    expect(second.changes).toBe(0);
    expect(await snapshot(store)).toEqual(after);
  });

  it('writes nothing when previewing', async () => {
    const store = await storeWithProgress();
    const before = await snapshot(store);

    const { plan } = await previewIn(store, ...asFile(backupV1));

    const records = [backupV1.answers, backupV1.attempts, backupV1.units, backupV1.cards];
    expect(plan.changes).toBe(records.flat().length);
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('export and import on IndexedDB', () => {
  let store: ProgressStore;
  let raw: Stores;

  beforeEach(async () => {
    ({ store, raw } = await openEmptyIndexedDb());
  });

  it('restores the same export after a reset', async () => {
    const questions = unitQuestions('unit-1');
    const done = newAttempt('att-1', 'unit-1', questions, T0);
    await actionsOn(store).createAttempt(done);
    await playThrough(store, done, questions, { miss: new Set(done.questionIds.slice(0, 2)) });
    const open = newAttempt('att-2', 'unit-2', unitQuestions('unit-2'), T0 + 60_000);
    await actionsOn(store).createAttempt(open);
    await actionsOn(store).markStudied('unit-3', T0);
    await store.saveSettings({ locale: 'zh-Hans' });
    const exported = await actionsOn(store).exportAll(new Date(T0));
    const [text, size] = asFile(exported);
    const settings = await store.settings();

    await actionsOn(store).reset();
    const empty = await actionsOn(store).exportAll(new Date(T0));
    expect([empty.answers, empty.attempts, empty.units, empty.cards]).toEqual([[], [], [], []]);
    const { file, plan } = await previewIn(store, text, size);
    expect(plan.changes).toBe(5 + 2 + 3 + 2);
    await importInto(store, file);

    expect(await actionsOn(store).exportAll(new Date(T0))).toStrictEqual(exported);
    expect(await store.settings()).toStrictEqual(settings);
    expect((await unitsById(store)).get('unit-2')?.openAttemptId).toBe('att-2');
  });

  it('exports an imported v1 backup as it was, in its v2 form', async () => {
    await importInto(store, parse(...asFile(backupV1)));

    expect(await actionsOn(store).exportAll(new Date(backupV1.exportedAt))).toStrictEqual(backupV2);
  });

  describe('when a write fails half-way', () => {
    /** Stored: one of each record. The file adds one of each and replaces one of each. */
    const storedRecords = {
      answers: [answerEvent({ id: 'ev-1' })],
      attempts: [attemptRecord({ id: 'att-1', updatedAt: 100 })],
      units: [unitRecord({ unitId: 'unit-1', attempts: 1, updatedAt: 100 })],
      cards: [cardRecord({ questionId: 'q-1', updatedAt: 100 })],
    };
    const file = backupFile({
      answers: [answerEvent({ id: 'ev-2' }), answerEvent({ id: 'ev-3' })],
      attempts: [
        attemptRecord({
          id: 'att-1',
          updatedAt: 200,
          position: 2,
          status: 'finished',
          finishedAt: 200,
        }),
        attemptRecord({ id: 'att-2', updatedAt: 200 }),
      ],
      units: [
        unitRecord({ unitId: 'unit-1', attempts: 2, bestScore: 1, updatedAt: 200 }),
        unitRecord({ unitId: 'unit-2', studiedAt: 150, updatedAt: 200 }),
      ],
      cards: [
        cardRecord({ questionId: 'q-1', updatedAt: 200, card: { ...cardRecord().card, reps: 3 } }),
        cardRecord({ questionId: 'q-2', updatedAt: 200 }),
      ],
    });
    const WRITES = 8;

    let faulty: ProgressStore;
    let faultyActions: StudyActions;
    let faults: ReturnType<typeof withFaults>['faults'];

    beforeEach(async () => {
      for (const e of storedRecords.answers) {
        await raw.answers.set(e.id, e);
      }
      for (const a of storedRecords.attempts) {
        await raw.attempts.set(a.id, a);
      }
      for (const u of storedRecords.units) {
        await raw.units.set(`${u.course}/${u.unitId}`, u);
      }
      for (const c of storedRecords.cards) {
        await raw.cards.set(`${c.course}/${c.questionId}`, c);
      }
      const wrapped = withFaults(raw);
      faults = wrapped.faults;
      faulty = await ProgressStore.open(async () => wrapped.stores);
      faultyActions = new StudyActions(faulty);
    });

    it('plans one write per record', async () => {
      expect((await faultyActions.previewImport(...asFile(file), [COURSE])).plan.changes).toBe(
        WRITES,
      );
    });

    /** Lets `n` writes through, fails the next one, and lets every later one through again. */
    const failOnce = (n: number, error: () => unknown): WriteFault => {
      let seen = 0;
      return () => (seen++ === n ? error() : undefined);
    };

    it('changes nothing stored when its one write fails', async () => {
      const before = await snapshot(faulty);
      // Write 0 is the journal record: the import's one write.
      faults.next = failOnce(0, quotaError);

      const saved = await faultyActions.importBackup(file);

      expect(saved.failure).toMatchObject({ name: 'StorageError', reason: 'quota' });
      faults.next = undefined;
      expect(await snapshot(await ProgressStore.open(async () => raw))).toEqual(before);
    });

    it.each(Array.from({ length: WRITES }, (_, n) => n + 1))(
      'is whole after the next start when write %i, after the journal record, fails',
      async (n) => {
        const clean = withFaults(structuredCloneStores(await snapshotRaw(raw)));
        const cleanStore = await ProgressStore.open(async () => clean.stores);
        stored(await new StudyActions(cleanStore).importBackup(file));
        const whole = await snapshot(cleanStore);
        faults.next = failOnce(n, () => new Error('disk gone'));

        const saved = await faultyActions.importBackup(file);

        // The journal record holds the import: it is stored, though not yet in every store.
        expect(saved.failure).toBeUndefined();
        faults.next = undefined;
        expect(await snapshot(await ProgressStore.open(async () => raw))).toEqual(whole);
      },
    );
  });
});
