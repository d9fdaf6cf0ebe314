/**
 * A first visit: the `lectern` database does not exist yet (each test file gets its own fake
 * IndexedDB). It is made with every store in one version change, not one per store.
 */
import { expect, it, vi } from 'vitest';
import { openIndexedDbStores } from '../../../src/lib/progress/backend';
import { DB_NAME, STORE_NAMES } from '../../../src/lib/progress/constants';
import { openEarly, takeEarlyOpening } from '../../../src/lib/progress/create-database';
import { layoutOf } from './idb';

it('makes a new database with all its stores at version 1, and uses them', async () => {
  expect(await indexedDB.databases()).toEqual([]);

  const stores = await openIndexedDbStores();
  await stores.units.set('unit-1', { v: 1, studiedAt: 5 });

  expect(await layoutOf(DB_NAME)).toEqual({
    version: 1,
    stores: [...STORE_NAMES, 'local-forage-detect-blob-support'].sort(),
  });
  expect(await stores.units.get('unit-1')).toEqual({ v: 1, studiedAt: 5 });
  expect(await stores.settings.get('probe')).toBe('probe');
});

it('proves only a new database with a write: a return visit opens the one it made', async () => {
  const first = await openIndexedDbStores();
  await first.units.set('unit-2', { v: 1, studiedAt: 6 });
  await first.settings.remove('probe');

  const again = await openIndexedDbStores();

  expect(await again.settings.get('probe')).toBeNull();
  expect(await again.units.get('unit-2')).toEqual({ v: 1, studiedAt: 6 });
});

it('picks up the opening the app started before its other modules ran, once', async () => {
  const open = vi.spyOn(indexedDB, 'open');
  openEarly();
  expect(open).toHaveBeenCalledTimes(1);
  expect(open).toHaveBeenLastCalledWith(DB_NAME);

  const stores = await openIndexedDbStores();

  // Every call after the early one is localforage's own, which always names a version.
  expect(open.mock.calls.slice(1).every((call) => call.length === 2)).toBe(true);
  expect(takeEarlyOpening()).toBeUndefined();
  await stores.units.set('unit-3', { v: 1, studiedAt: 7 });
  expect(await stores.units.get('unit-3')).toEqual({ v: 1, studiedAt: 7 });
});
