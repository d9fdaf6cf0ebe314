/**
 * The progress store: the one door through which Lectern reads and writes a learner's progress.
 * It only stores. The rules (grading, scheduling, mastery) are the study steps' (`../study/`);
 * `update` runs one under a Web Lock against fresh records and persists what it returns.
 *
 * Every learner action is one atomic write: its records go into one journal record, in one put,
 * and only then into their own stores; the journal record is removed once all of them are in.
 * A journal record found later (a crash, a closed tab, a failed write) is applied again before
 * anything else is written, so the stores always end as the uninterrupted run would leave them.
 * No undo is ever needed: until the journal put succeeds nothing has changed.
 *
 * A write that fails is kept in memory (`unsaved`) and shown through reads, and goes out with
 * the next write that succeeds: the quiz never stops, and nothing is lost once storage works.
 * The writing itself is in `store-writer.ts`, loaded with the first write.
 */
import type { Change, RecordStore } from '../study/steps';
import { SCHEMA_VERSION } from '../study/constants';
import type {
  AttemptRecord,
  AttemptSummary,
  CardRecord,
  SettingsRecord,
  UnitRecord,
} from '../study/records';
import type { IndexStorage } from './activity';
import { memoryStores, openIndexedDbStores, type Stores } from './backend';
import { JOURNAL_KEY, SETTINGS_KEY, type StoreName } from './constants';
import { courseKey, isCourseKey } from './keys';
import { ChangeChannel, withLock, type ChangeMessage } from './locks';
import { defaultSettings, restoreCard, restoreSettings, restoreUnit } from './restore';
import type { restoreAnswerEvent, restoreAttempt } from './restore-attempt';
import type { StoreWriter, Write } from './store-writer';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly reason: 'quota' | 'failed',
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.code === DOMException.QUOTA_EXCEEDED_ERR)
  );
}

export function storageError(error: unknown): StorageError {
  return error instanceof StorageError
    ? error
    : new StorageError(isQuotaError(error) ? 'quota' : 'failed', error);
}

export function newId(): string {
  return crypto.randomUUID();
}

const RECORD_STORES = ['answers', 'attempts', 'units', 'cards'] as const;

interface Restorers {
  answers: typeof restoreAnswerEvent;
  attempts: typeof restoreAttempt;
  units: typeof restoreUnit;
  cards: typeof restoreCard;
}

type RecordOf<S extends RecordStore> = ReturnType<Restorers[S]>;

/**
 * The restore function of a store's records. Answers and attempts restore in their own chunk,
 * loaded when first read: the first screen reads only units, cards and settings.
 */
async function restorerOf<S extends RecordStore>(store: S): Promise<Restorers[S]> {
  if (store === 'units' || store === 'cards') {
    return (store === 'units' ? restoreUnit : restoreCard) as Restorers[S];
  }
  const { restoreAnswerEvent, restoreAttempt } = await import('./restore-attempt');
  return (store === 'answers' ? restoreAnswerEvent : restoreAttempt) as Restorers[S];
}

/** What a step reads, under the lock, through the unsaved writes. */
export interface Reader {
  attempt(id: string): Promise<AttemptRecord | undefined>;
  unit(course: string, unitId: string): Promise<UnitRecord | undefined>;
  card(course: string, questionId: string): Promise<CardRecord | undefined>;
}

/** What a step planned: the change to store and what the caller gets back. */
export interface Planned<T> {
  change: Change;
  value: T;
  /** What other tabs are told; by default which attempts and stores changed. */
  message?: ChangeMessage;
}

/** Whether a crash left a journal record, or version 1 left units or cards under bare ids. */
function leftToRecover(journal: unknown, unitKeys: string[], cardKeys: string[]): boolean {
  return (
    journal != null ||
    !unitKeys.every((key) => isCourseKey('units', key)) ||
    !cardKeys.every((key) => isCourseKey('cards', key))
  );
}

/**
 * Resolves once the browser is idle (at most a second later): a listing's check then runs after
 * the list is on screen, not between it and its frame.
 */
function untilIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/** The outcome of `update`: the step's value, and the storage failure if it could not be stored. */
export interface Saved<T> {
  value: T;
  failure?: StorageError;
}

/** What the first screen shows: every unit summary and review card, and the settings. */
export interface FirstRead {
  units: UnitRecord[];
  cards: CardRecord[];
  settings: SettingsRecord;
}

export class ProgressStore {
  /** Keys of stored records that failed to restore, so they are counted once however often read. */
  private readonly skippedKeys = new Set<string>();
  readonly changes = new ChangeChannel();
  /** Writes that could not be stored yet, by `store/key`; they go out with the next write. */
  private unsaved = new Map<string, Write>();

  private constructor(
    private readonly stores: Stores,
    /** True when IndexedDB could not be opened: progress lives only as long as the page. */
    readonly memoryOnly: boolean,
  ) {}

  /**
   * Opens IndexedDB, or falls back to memory when the browser refuses it; then finishes any
   * action a crash left half applied and moves version 1 keys to the per-course form.
   */
  static async open(open: () => Promise<Stores> = openIndexedDbStores): Promise<ProgressStore> {
    const store = await ProgressStore.connect(open);
    if (!store.memoryOnly) {
      await store.recover();
    }
    return store;
  }

  /** A store on what `open` gives, or on memory when the browser refuses IndexedDB. */
  private static async connect(open: () => Promise<Stores>): Promise<ProgressStore> {
    try {
      return new ProgressStore(await open(), false);
    } catch (error) {
      console.warn('Lectern: IndexedDB is unavailable, progress is kept in memory only.', error);
      return new ProgressStore(memoryStores(), true);
    }
  }

  /**
   * Opens storage as `open` does, and reads what the first screen shows in the same round as
   * the look for anything to recover, which nearly always finds nothing: the look needs the
   * units' and cards' keys, the screen their records, and one walk of each gives both. When
   * something is to be recovered, or the read fails, it is recovered first and `first` is left
   * for the caller to read (and a failure to show).
   */
  static async openAndRead(
    open: () => Promise<Stores> = openIndexedDbStores,
  ): Promise<{ store: ProgressStore; first?: FirstRead }> {
    const store = await ProgressStore.connect(open);
    if (store.memoryOnly) {
      return { store };
    }
    try {
      const [journal, units, cards, settings] = await Promise.all([
        store.stores.journal.get(JOURNAL_KEY),
        store.rawEntries('units'),
        store.rawEntries('cards'),
        store.rawGet('settings', SETTINGS_KEY),
      ]);
      const keysOf = (entries: [string, unknown][]) => entries.map(([key]) => key);
      if (!leftToRecover(journal, keysOf(units), keysOf(cards))) {
        return {
          store,
          first: {
            units: store.restoreAll('units', units, restoreUnit),
            cards: store.restoreAll('cards', cards, restoreCard),
            settings:
              store.restoreOrSkip('settings', SETTINGS_KEY, settings, restoreSettings) ??
              defaultSettings(),
          },
        };
      }
    } catch {
      // Left to the recovery and the caller's own read, which say what failed.
    }
    await store.recover();
    return { store };
  }

  /** A store on memory only, for tests and for a browser without IndexedDB. */
  static inMemory(stores: Stores = memoryStores()): ProgressStore {
    return new ProgressStore(stores, true);
  }

  get skipped(): number {
    return this.skippedKeys.size;
  }

  /** How many records are waiting to be stored after a failed write. */
  get unsavedCount(): number {
    return this.unsaved.size;
  }

  /**
   * Applies a journal record left behind, and rekeys version 1 records; failures are shown later.
   * The first look takes no lock, so a start with nothing to recover (nearly every start) does not
   * wait for one: a journal record it sees may be another tab's commit still under way, so the
   * look is taken again under the lock, where that commit has finished and removed its record.
   */
  async recover(): Promise<void> {
    try {
      if (!(await this.needsRecovery())) {
        return;
      }
      await withLock(async () => {
        if (await this.needsRecovery()) {
          await (await this.writer()).finishRecovery();
        }
      });
    } catch (error) {
      console.warn('Lectern: could not finish a saved action at start.', error);
    }
  }

  /** Whether a crash left a journal record, or version 1 left units or cards under bare ids. */
  private async needsRecovery(): Promise<boolean> {
    const [journal, unitKeys, cardKeys] = await Promise.all([
      this.stores.journal.get(JOURNAL_KEY),
      this.stores.units.keys(),
      this.stores.cards.keys(),
    ]);
    return leftToRecover(journal, unitKeys, cardKeys);
  }

  #writer: Promise<StoreWriter> | undefined;

  /**
   * The writing half (`store-writer.ts`), loaded with the first write, or at start only when
   * there is something to recover: the first screen only reads.
   */
  private writer(): Promise<StoreWriter> {
    this.#writer ??= import('./store-writer').then(
      ({ StoreWriter }) =>
        new StoreWriter({
          stores: this.stores,
          unsaved: () => this.unsaved,
          setUnsaved: (writes) => {
            this.unsaved = writes;
          },
          rawEntries: (store) => this.rawEntries(store),
          restoreOrSkip: (store, key, raw, restore) => this.restoreOrSkip(store, key, raw, restore),
        }),
    );
    return this.#writer;
  }

  // Reading

  private async rawGet(store: StoreName, key: string): Promise<unknown> {
    const pending = this.unsaved.get(`${store}/${key}`);
    if (pending) {
      return pending.value;
    }
    try {
      return await this.stores[store].get(key);
    } catch (error) {
      throw storageError(error);
    }
  }

  private async rawEntries(store: StoreName): Promise<[string, unknown][]> {
    let entries: [string, unknown][];
    try {
      entries = await this.stores[store].entries();
    } catch (error) {
      throw storageError(error);
    }
    if (this.unsaved.size === 0) {
      return entries;
    }
    const merged = new Map(entries);
    for (const write of this.unsaved.values()) {
      if (write.store === store) {
        merged.set(write.key, write.value);
      }
    }
    return [...merged.entries()].filter(([, value]) => value !== null);
  }

  private restoreOrSkip<T>(
    store: StoreName,
    key: string,
    raw: unknown,
    restore: (raw: unknown) => T,
  ): T | undefined {
    if (raw === null || raw === undefined) {
      return undefined;
    }
    try {
      return restore(raw);
    } catch (error) {
      if (!this.skippedKeys.has(`${store}/${key}`)) {
        this.skippedKeys.add(`${store}/${key}`);
        console.warn(`Lectern: skipped an unreadable record ${store}/${key}.`, error);
      }
      return undefined;
    }
  }

  private async get<S extends RecordStore>(
    store: S,
    key: string,
  ): Promise<RecordOf<S> | undefined> {
    const restore = (await restorerOf(store)) as (raw: unknown) => RecordOf<S>;
    return this.restoreOrSkip(store, key, await this.rawGet(store, key), restore);
  }

  private async all<S extends RecordStore>(store: S, course?: string): Promise<RecordOf<S>[]> {
    const restore = (await restorerOf(store)) as (raw: unknown) => RecordOf<S>;
    return this.restoreAll(store, await this.rawEntries(store), restore, course);
  }

  /** The records of `entries` that restore, of one course or of every course. */
  private restoreAll<T extends { course: string }>(
    store: StoreName,
    entries: readonly [string, unknown][],
    restore: (raw: unknown) => T,
    course?: string,
  ): T[] {
    const out: T[] = [];
    for (const [key, raw] of entries) {
      const record = this.restoreOrSkip(store, key, raw, restore);
      if (record !== undefined && (course === undefined || record.course === course)) {
        out.push(record);
      }
    }
    return out;
  }

  private reader(): Reader {
    return {
      attempt: (id) => this.get('attempts', id),
      unit: (course, unitId) => this.get('units', courseKey(course, unitId)),
      card: (course, questionId) => this.get('cards', courseKey(course, questionId)),
    };
  }

  async attempt(id: string): Promise<AttemptRecord | undefined> {
    return this.get('attempts', id);
  }

  /** Attempts, oldest first; of one course, or of every course. */
  async attempts(course?: string): Promise<AttemptRecord[]> {
    return (await this.all('attempts', course)).sort((a, b) => a.startedAt - b.startedAt);
  }

  async units(course?: string): Promise<UnitRecord[]> {
    return this.all('units', course);
  }

  async cards(course?: string): Promise<CardRecord[]> {
    return this.all('cards', course);
  }

  async answerEvents(course?: string) {
    return this.all('answers', course);
  }

  // Writing

  /**
   * Runs `plan` alone (a Web Lock across tabs) against the stored records, then stores the
   * change it returns as one atomic write and tells every listener, here and in other tabs.
   * When storing fails, the value is still returned, with the failure, and the change waits in
   * memory for the next write.
   */
  async update<T>(plan: (read: Reader) => Promise<Planned<T>> | Planned<T>): Promise<Saved<T>> {
    const writer = await this.writer();
    const { planned, failure } = await withLock(async () => {
      const planned = await plan(this.reader());
      try {
        await writer.commitChange(planned.change);
        for (const { store, key } of planned.change.deletes) {
          // A deleted record is no longer one that failed to restore.
          this.skippedKeys.delete(`${store}/${key}`);
        }
        return { planned, failure: undefined };
      } catch (error) {
        return { planned, failure: storageError(error) };
      }
    });
    if (planned.change.puts.length > 0 || planned.change.deletes.length > 0) {
      this.changes.post(planned.message ?? writer.messageOf(planned.change));
    }
    return failure ? { value: planned.value, failure } : { value: planned.value };
  }

  /** Summaries of every attempt, oldest first; of one course, or of every course. */
  async attemptSummaries(course?: string): Promise<AttemptSummary[]> {
    // The index is read and the attempts counted while the listing's code loads.
    const [{ listSummaries }, entries, attemptCount] = await Promise.all([
      import('./activity'),
      this.rawEntries('activity'),
      this.attemptCount(),
    ]);
    return listSummaries(this.indexStorage(), course, { entries, attemptCount });
  }

  /** The checks listings left to run after they answered (see `listSummaries`). */
  #indexChecks: Promise<void> = Promise.resolve();

  /** Settles once every check a listing left has run; for tests and the benchmark. */
  indexChecked(): Promise<void> {
    return this.#indexChecks;
  }

  private indexStorage(): IndexStorage {
    return {
      indexEntries: () => this.rawEntries('activity'),
      attemptKeys: () => this.attemptKeys(),
      attemptCount: () => this.attemptCount(),
      attempts: () => this.all('attempts'),
      locked: (work) => withLock(work),
      commit: async (writes) => {
        await (await this.writer()).commit(writes);
        // Open lists of attempts read the rebuilt index; other writes post their own change.
        this.changes.post({ kind: 'records', stores: ['activity'], attemptIds: [] });
      },
      checkLater: (check) => {
        this.#indexChecks = this.#indexChecks
          .then(untilIdle)
          .then(check)
          .catch((error: unknown) => {
            console.warn('Lectern: could not check the attempt index.', error);
          });
      },
    };
  }

  /** Keys of the readable attempts, through the unsaved writes. */
  private async attemptKeys(): Promise<string[]> {
    let keys: string[];
    if (this.unsaved.size > 0) {
      keys = (await this.rawEntries('attempts')).map(([key]) => key);
    } else {
      try {
        keys = await this.stores.attempts.keys();
      } catch (error) {
        throw storageError(error);
      }
    }
    return keys.filter((key) => !this.skippedKeys.has(`attempts/${key}`));
  }

  /**
   * How many keys `attemptKeys` gives: counted in one request, unless unsaved writes or skipped
   * records make only the keys tell.
   */
  private async attemptCount(): Promise<number> {
    const skipped = [...this.skippedKeys].some((key) => key.startsWith('attempts/'));
    if (this.unsaved.size > 0 || skipped) {
      return (await this.attemptKeys()).length;
    }
    try {
      return await this.stores.attempts.count();
    } catch (error) {
      throw storageError(error);
    }
  }

  // Settings: the learner's, not a course's, and not part of any study step.

  async settings(): Promise<SettingsRecord> {
    const raw = await this.rawGet('settings', SETTINGS_KEY);
    return this.restoreOrSkip('settings', SETTINGS_KEY, raw, restoreSettings) ?? defaultSettings();
  }

  async saveSettings(patch: Partial<Omit<SettingsRecord, 'v'>>): Promise<SettingsRecord> {
    const saved = await withLock(async () => {
      const next: SettingsRecord = { ...(await this.settings()), ...patch, v: SCHEMA_VERSION };
      next.updatedAt = Date.now();
      try {
        await this.stores.settings.set(SETTINGS_KEY, next);
      } catch (error) {
        throw storageError(error);
      }
      return next;
    });
    this.changes.post({ kind: 'settings' });
    return saved;
  }

  /**
   * Keys of every record of `course`, for a reset, and of every record that no longer restores:
   * its course cannot be known, and a reset is the learner's way to be rid of it.
   */
  async courseKeys(course: string): Promise<{ store: RecordStore; key: string }[]> {
    const keys: { store: RecordStore; key: string }[] = [];
    for (const store of RECORD_STORES) {
      const restore: (raw: unknown) => { course: string } = await restorerOf(store);
      for (const [key, raw] of await this.rawEntries(store)) {
        let record: { course: string } | undefined;
        try {
          record = restore(raw);
        } catch {
          record = undefined;
        }
        if (record === undefined || record.course === course) {
          keys.push({ store, key });
        }
      }
    }
    return keys;
  }
}
