/**
 * The key-value stores under the progress store: localforage pinned to IndexedDB (never its
 * silent localStorage fallback), or, when IndexedDB is unavailable, a memory store that keeps
 * the app working for this page only. This is the one file that imports localforage.
 */
import localforage from 'localforage';
import { DB_NAME, STORE_NAMES, type StoreName } from './constants';
import { createDatabaseAtOnce, takeEarlyOpening } from './create-database';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every entry, in key order. */
  entries(): Promise<[string, unknown][]>;
  /** Every key, in key order: cheaper than `entries` where the values are not needed. */
  keys(): Promise<string[]>;
  /** How many entries there are: one request, where `keys` walks them all. */
  count(): Promise<number>;
  clear(): Promise<void>;
}

export type Stores = Record<StoreName, KeyValueStore>;

const PROBE_KEY = 'probe';

class LocalforageStore implements KeyValueStore {
  constructor(private readonly db: LocalForage) {}

  get(key: string): Promise<unknown> {
    return this.db.getItem(key);
  }
  async set(key: string, value: unknown): Promise<void> {
    await this.db.setItem(key, value);
  }
  remove(key: string): Promise<void> {
    return this.db.removeItem(key);
  }
  async entries(): Promise<[string, unknown][]> {
    const out: [string, unknown][] = [];
    await this.db.iterate((value, key) => {
      out.push([key, value]);
    });
    return out;
  }
  keys(): Promise<string[]> {
    return this.db.keys();
  }
  count(): Promise<number> {
    return this.db.length();
  }
  clear(): Promise<void> {
    return this.db.clear();
  }
}

export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return structuredClone(this.data.get(key) ?? null);
  }
  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
  async entries(): Promise<[string, unknown][]> {
    return [...this.data.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, structuredClone(v)]);
  }
  async keys(): Promise<string[]> {
    return [...this.data.keys()].sort();
  }
  async count(): Promise<number> {
    return this.data.size;
  }
  async clear(): Promise<void> {
    this.data.clear();
  }
}

export function memoryStores(): Stores {
  const stores = {} as Stores;
  for (const name of STORE_NAMES) {
    stores[name] = new MemoryStore();
  }
  return stores;
}

/**
 * Opens every store in IndexedDB and proves it with a write and a read. Rejects when IndexedDB
 * is missing, blocked or broken, so the caller can fall back to memory and say so.
 */
export async function openIndexedDbStores(): Promise<Stores> {
  const { complete } = await (takeEarlyOpening() ?? createDatabaseAtOnce());
  const stores = {} as Record<StoreName, LocalforageStore>;
  const openStore = async (name: StoreName) => {
    const db = localforage.createInstance({ name: DB_NAME, storeName: name });
    await db.setDriver(localforage.INDEXEDDB);
    await db.ready();
    stores[name] = new LocalforageStore(db);
  };
  if (complete) {
    // Every store exists, so no instance upgrades the database: they open together, which
    // saves a return visit a round trip per store.
    await Promise.all(STORE_NAMES.map(openStore));
  } else {
    // One at a time: in a database from before `createDatabaseAtOnce`, each store it lacks
    // upgrades the shared database's version.
    for (const name of STORE_NAMES) {
      await openStore(name);
    }
  }
  if (complete) {
    // A database that already has every store was written by Lectern before, in this browser:
    // it is known to work, and a return visit's first screen does not wait for a proof.
    return stores;
  }
  // One write and one read prove a new database usable; the probe key is reused, so nothing
  // accumulates.
  await stores.settings.set(PROBE_KEY, PROBE_KEY);
  if ((await stores.settings.get(PROBE_KEY)) !== PROBE_KEY) {
    throw new Error('IndexedDB did not return what was written');
  }
  return stores;
}
