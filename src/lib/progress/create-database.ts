/**
 * Creates Lectern's database with all of its stores at once, and lets the app start that before
 * anything else (see `open-early.ts`). Nothing here imports localforage: this code runs before
 * the rest of the app's script is evaluated.
 */
import { DB_NAME, STORE_NAMES } from './constants';

/** The store localforage makes beside its own in a new database, to test Blob support. */
const LOCALFORAGE_BLOB_STORE = 'local-forage-detect-blob-support';

/**
 * Makes a new database with all of its stores in one version change. Left to itself, localforage
 * adds one store per version change, closing and reopening the database each time (a first visit
 * left it at version 6), which cost a slow phone's first question about 80 ms (median of 16
 * interleaved runs). Opening without a version changes nothing in a database that exists: it
 * costs a return visit one open and close, and localforage then adds any store the database
 * lacks, as it always did. A failure here is left for localforage to meet and report.
 * `complete`: the database was there before, with every store Lectern uses.
 */
export function createDatabaseAtOnce(): Promise<{ complete: boolean }> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME);
      let created = false;
      request.onupgradeneeded = () => {
        created = true;
        for (const name of [...STORE_NAMES, LOCALFORAGE_BLOB_STORE]) {
          request.result.createObjectStore(name);
        }
      };
      request.onsuccess = () => {
        const names = request.result.objectStoreNames;
        const complete = !created && STORE_NAMES.every((name) => names.contains(name));
        request.result.close();
        resolve({ complete });
      };
      request.onerror = () => resolve({ complete: false });
    } catch {
      resolve({ complete: false });
    }
  });
}

let early: Promise<{ complete: boolean }> | undefined;

/** Starts `createDatabaseAtOnce` now, for the next `takeEarlyOpening` to pick up. */
export function openEarly(): void {
  early = createDatabaseAtOnce();
}

/** The opening `openEarly` started, once: a later open (tests, a reopen) makes its own. */
export function takeEarlyOpening(): Promise<{ complete: boolean }> | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
