/**
 * Bundles localforage from its own ES source with only the IndexedDB driver. Lectern pins every
 * store to IndexedDB and falls back to memory, never to localforage's WebSQL or localStorage
 * drivers (see `progress/backend.ts`), yet the published builds carry both drivers and the
 * serializer they share: a third of the library, on every first visit.
 *
 * The unused drivers are replaced by drivers that declare themselves unsupported, so localforage
 * registers them as its constructor expects and never selects them; the serializer, which only
 * they use, by one that says it is absent; and localforage's Promise module, which would
 * `require` a polyfill where Promise is missing, by the browser's own Promise. The IndexedDB
 * driver and the library's core are localforage's code, unchanged.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0lectern-localforage:';

/** The default drivers localforage's core imports, by their import path, and their names. */
const ABSENT_DRIVERS: Record<string, string> = {
  './drivers/websql': 'webSQLStorage',
  './drivers/localstorage': 'localStorageWrapper',
};

/** Every method localforage requires of a driver (its `LibraryMethods` and `_initStorage`). */
const DRIVER_METHODS = [
  '_initStorage',
  'clear',
  'getItem',
  'iterate',
  'key',
  'keys',
  'length',
  'removeItem',
  'setItem',
];

function absentDriver(name: string): string {
  const fail = `() => Promise.reject(new Error(${JSON.stringify(`${name} is not bundled`)}))`;
  const methods = DRIVER_METHODS.map((method) => `${method}: ${fail}`).join(',\n  ');
  return `export default {\n  _driver: ${JSON.stringify(name)},\n  _support: false,\n  ${methods}\n};\n`;
}

const ABSENT_SERIALIZER = `const absent = () => { throw new Error('localforage serializer is not bundled'); };
export default { serialize: absent, deserialize: absent, stringToBuffer: absent, bufferToString: absent };
`;

export function localforageIndexedDbOnly(): Plugin {
  const source = join(
    dirname(createRequire(import.meta.url).resolve('localforage/package.json')),
    'src',
  );
  const isInSource = (importer: string | undefined) => importer?.startsWith(source) ?? false;
  return {
    name: 'lectern-localforage-indexeddb-only',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'localforage') {
        return join(source, 'localforage.js');
      }
      if (!isInSource(importer)) {
        return null;
      }
      if (id in ABSENT_DRIVERS) {
        return PREFIX + ABSENT_DRIVERS[id];
      }
      if (/\/utils\/serializer$/.test(id)) {
        return `${PREFIX}serializer`;
      }
      if (/\/utils\/promise$/.test(id)) {
        return `${PREFIX}promise`;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) {
        return null;
      }
      const name = id.slice(PREFIX.length);
      if (name === 'promise') {
        return 'export default Promise;\n';
      }
      if (name === 'serializer') {
        return ABSENT_SERIALIZER;
      }
      return absentDriver(name);
    },
  };
}
