/** Raw IndexedDB for tests that look at the database's layout under localforage. */

export function openRaw(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = (event) => upgrade?.(request.result, event.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** What a database looks like: its version and its stores, sorted. */
export async function layoutOf(name: string): Promise<{ version: number; stores: string[] }> {
  const db = await openRaw(name);
  const layout = { version: db.version, stores: [...db.objectStoreNames].sort() };
  db.close();
  return layout;
}
