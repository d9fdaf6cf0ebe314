/**
 * The localforage every build and test gets (vite.config.ts applies the plugin to both): its
 * IndexedDB driver works as before, and the drivers it was built without are never chosen.
 */
import localforage from 'localforage';
import { describe, expect, it } from 'vitest';

describe('localforage bundled with IndexedDB only', () => {
  it('stores and reads back through IndexedDB', async () => {
    const db = localforage.createInstance({ name: 'lf-only-test', storeName: 'a' });
    await db.setDriver(localforage.INDEXEDDB);
    await db.setItem('k', { n: 1, list: [1, 2] });
    expect(await db.getItem('k')).toEqual({ n: 1, list: [1, 2] });
    expect(db.driver()).toBe(localforage.INDEXEDDB);
    expect(localforage.supports(localforage.INDEXEDDB)).toBe(true);
  });

  it('has no WebSQL or localStorage driver to fall back to', async () => {
    expect(localforage.supports(localforage.WEBSQL)).toBe(false);
    // jsdom has localStorage, so the published build would support this driver here.
    expect(typeof localStorage).toBe('object');
    expect(localforage.supports(localforage.LOCALSTORAGE)).toBe(false);
    const db = localforage.createInstance({ name: 'lf-only-test', storeName: 'b' });
    await expect(db.setDriver(localforage.LOCALSTORAGE)).rejects.toThrow(/No available storage/);
  });

  it('says plainly that the serializer the absent drivers shared is not bundled', async () => {
    const serializer = await localforage.getSerializer();
    expect(() => serializer.serialize('x', () => {})).toThrow(/serializer is not bundled/);
  });
});
