/**
 * A learner whose database was made by an earlier Lectern, in which localforage added one store
 * per version change, and whose first visit ended before every store was made: the database is
 * opened as it is, the stores it lacks are added, and nothing in it is lost.
 */
import { expect, it } from 'vitest';
import { openIndexedDbStores } from '../../../src/lib/progress/backend';
import { DB_NAME, STORE_NAMES } from '../../../src/lib/progress/constants';
import { layoutOf, openRaw } from './idb';

/** Versions 1–3 as localforage made them: `answers` with its Blob-test store, then one each. */
async function makeEarlierDatabase(): Promise<void> {
  const made = ['answers', 'attempts', 'units'];
  for (let version = 1; version <= made.length; version++) {
    const db = await openRaw(DB_NAME, version, (upgrade) => {
      upgrade.createObjectStore(made[version - 1]!);
      if (version === 1) {
        upgrade.createObjectStore('local-forage-detect-blob-support');
      }
    });
    db.close();
  }
  const db = await openRaw(DB_NAME);
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('units', 'readwrite');
    transaction.objectStore('units').put({ v: 1, studiedAt: 7 }, 'unit-1');
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

it('opens it as it is, adds the stores it lacks and keeps what it holds', async () => {
  await makeEarlierDatabase();

  const stores = await openIndexedDbStores();

  expect(await stores.units.get('unit-1')).toEqual({ v: 1, studiedAt: 7 });
  const layout = await layoutOf(DB_NAME);
  expect(layout.stores).toEqual([...STORE_NAMES, 'local-forage-detect-blob-support'].sort());
  // The four missing stores (cards, activity, settings, journal) came one version change each,
  // on top of the three there were.
  expect(layout.version).toBe(7);
  await stores.cards.set('q-1', { v: 1 });
  expect(await stores.cards.get('q-1')).toEqual({ v: 1 });
});
