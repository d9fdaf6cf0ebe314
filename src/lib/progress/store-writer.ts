/**
 * The progress store's writing half (see `store.ts` for the design): the one atomic write of an
 * action through the journal, applying a journal record, and moving version 1 keys. Loaded with
 * the first write, or at start only when a crash left a journal record or version 1 left bare
 * keys: the first screen only reads.
 */
import { SCHEMA_VERSION } from '../study/constants';
import type { CardRecord, UnitRecord } from '../study/records';
import type { Change, RecordStore, StoredRecord } from '../study/steps';
import type { Stores } from './backend';
import { JOURNAL_KEY, type StoreName } from './constants';
import { isCourseKey, recordKey } from './keys';
import type { ChangeMessage } from './locks';
import { restoreCard, restoreUnit } from './restore';
import { storageError } from './store';

/** One write of a journal record: a record to put, or (value null) one to delete. */
export interface Write {
  store: RecordStore | 'activity';
  key: string;
  value: unknown;
}

interface JournalRecord {
  v: number;
  writes: Write[];
}

/** What the writer works on: the store's key-value stores, its unsaved writes and its reads. */
export interface WriterHost {
  readonly stores: Stores;
  unsaved(): Map<string, Write>;
  setUnsaved(writes: Map<string, Write>): void;
  rawEntries(store: StoreName): Promise<[string, unknown][]>;
  restoreOrSkip<T>(
    store: StoreName,
    key: string,
    raw: unknown,
    restore: (raw: unknown) => T,
  ): T | undefined;
}

export class StoreWriter {
  constructor(private readonly host: WriterHost) {}

  /** Stores a step's change, and the attempt index's part of it, as one atomic write. */
  async commitChange(change: Change): Promise<void> {
    await this.commit([...writesOf(change), ...(await this.activityWrites(change))]);
  }

  /**
   * The one atomic write: any journal record left is applied first, then these writes, together
   * with every unsaved one, go into the journal in one put, then into their stores.
   */
  async commit(writes: readonly Write[]): Promise<void> {
    const { stores } = this.host;
    const all = new Map(this.host.unsaved());
    for (const write of writes) {
      all.set(`${write.store}/${write.key}`, write);
    }
    if (all.size === 0) {
      return;
    }
    const record: JournalRecord = { v: SCHEMA_VERSION, writes: [...all.values()] };
    try {
      await this.applyJournal();
      await stores.journal.set(JOURNAL_KEY, record);
    } catch (error) {
      this.host.setUnsaved(all);
      throw storageError(error);
    }
    // From here on the action is stored: the journal record is applied now or at the next start.
    this.host.setUnsaved(new Map());
    try {
      await this.applyJournal(record);
    } catch (error) {
      // Stored in the journal, applied at the next write or start; reads show it meanwhile.
      this.host.setUnsaved(all);
      console.warn('Lectern: an action is saved but not yet applied; it will be.', error);
    }
  }

  /** At start: applies a journal record left behind and moves version 1 keys. */
  async finishRecovery(): Promise<void> {
    await this.applyJournal();
    const rekeys = await this.version1Rekeys();
    if (rekeys.length > 0) {
      await this.commit(rekeys);
    }
  }

  /** The default message for a change: which stores and which attempts it touched. */
  messageOf(change: Change): ChangeMessage {
    const touched = [...change.puts, ...change.deletes];
    const attemptIds = change.puts.flatMap((put) =>
      put.store === 'attempts' ? [put.value.id] : [],
    );
    const course = change.puts[0]?.value.course;
    return {
      kind: 'records',
      stores: [...new Set(touched.map((item) => item.store))],
      attemptIds,
      ...(course !== undefined && { course }),
    };
  }

  /**
   * Applies the journal record (the one just written, or any left behind) and removes it. Every
   * write in it is idempotent and names a different record, so they run together: a crash
   * between them leaves the journal record, which is applied again.
   */
  private async applyJournal(written?: JournalRecord): Promise<void> {
    const { stores } = this.host;
    const record = written ?? ((await stores.journal.get(JOURNAL_KEY)) as JournalRecord | null);
    if (!record) {
      return;
    }
    await Promise.all(
      record.writes.map(({ store, key, value }) =>
        value === null ? stores[store].remove(key) : stores[store].set(key, value),
      ),
    );
    await stores.journal.remove(JOURNAL_KEY);
  }

  /**
   * The attempt index's writes for a change that puts or deletes attempts, for the same commit
   * (see `activity.ts`, loaded only then).
   */
  private async activityWrites(change: Change): Promise<Write[]> {
    const touches = (store: string) => store === 'attempts';
    if (
      !change.puts.some((put) => touches(put.store)) &&
      !change.deletes.some((d) => touches(d.store))
    ) {
      return [];
    }
    const { indexWrites } = await import('./activity');
    return indexWrites(await this.host.rawEntries('activity'), change, Date.now());
  }

  /** Version 1 stored units and cards by bare id: each moves to its per-course key. */
  private async version1Rekeys(): Promise<Write[]> {
    const { stores } = this.host;
    const writes: Write[] = [];
    for (const store of ['units', 'cards'] as const) {
      for (const [key, raw] of await stores[store].entries()) {
        if (isCourseKey(store, key)) {
          continue;
        }
        const restore: (raw: unknown) => UnitRecord | CardRecord =
          store === 'units' ? restoreUnit : restoreCard;
        const record = this.host.restoreOrSkip(store, key, raw, restore);
        writes.push({ store, key, value: null });
        if (record) {
          const put = { store, value: record } as StoredRecord;
          writes.push({ store, key: recordKey(put), value: record });
        }
      }
    }
    return writes;
  }
}

function writesOf(change: Change): Write[] {
  return [
    ...change.puts.map((put: StoredRecord) => ({
      store: put.store,
      key: recordKey(put),
      value: put.value as unknown,
    })),
    ...change.deletes.map(({ store, key }) => ({ store, key, value: null })),
  ];
}
