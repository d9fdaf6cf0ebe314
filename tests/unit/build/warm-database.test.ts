/**
 * The inline script that warms the learner's database before the app runs: it makes nothing
 * (a first visit's database is still made whole by the app), changes nothing in a database that
 * exists, and is what the page's policy allows by hash.
 */
import { createHash } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import { WARM_DATABASE_SCRIPT, warmDatabaseSource } from '../../../src/lib/build/warm-database';
import { openIndexedDbStores } from '../../../src/lib/progress/backend';
import { DB_NAME, STORE_NAMES } from '../../../src/lib/progress/constants';
import { layoutOf } from '../progress/idb';

/** Runs the script as the page does, and waits until its request has settled. */
async function runScript(): Promise<void> {
  const open = vi.spyOn(indexedDB, 'open');
  new Function(WARM_DATABASE_SCRIPT)();
  expect(open).toHaveBeenCalledTimes(1);
  const request = open.mock.results[0]!.value as IDBOpenDBRequest;
  open.mockRestore();
  await new Promise<void>((resolve) => {
    request.addEventListener('success', () => setTimeout(resolve));
    request.addEventListener('error', () => setTimeout(resolve));
  });
}

it('makes no database where there is none', async () => {
  await runScript();
  const names = (await indexedDB.databases()).map((db) => db.name);
  expect(names).not.toContain(DB_NAME);
});

it('leaves a database that exists as it was, and the app opens it as before', async () => {
  const stores = await openIndexedDbStores();
  await stores.units.set('kept', { v: 2 });
  const before = await layoutOf(DB_NAME);

  await runScript();

  expect(await layoutOf(DB_NAME)).toEqual(before);
  expect(before.stores).toEqual(expect.arrayContaining([...STORE_NAMES]));
  expect(await (await openIndexedDbStores()).units.get('kept')).toEqual({ v: 2 });
});

it('is allowed by the policy source made from its own text', () => {
  const hash = createHash('sha256').update(WARM_DATABASE_SCRIPT, 'utf8').digest('base64');
  expect(warmDatabaseSource).toBe(`'sha256-${hash}'`);
  expect(WARM_DATABASE_SCRIPT).toContain(JSON.stringify(DB_NAME));
});
