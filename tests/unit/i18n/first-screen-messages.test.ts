// @vitest-environment node
/**
 * The English is shipped in two parts: `en.json` with the first screen's code, `en-screens.json`
 * with the screens that load on demand. Every message key named in a module the first screen
 * loads (every file reachable from src/main.ts through static imports) must be in `en.json`, or
 * the learner would see a key instead of words until the rest arrived.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/lib/i18n/locales/en.json';
import enScreens from '../../../src/lib/i18n/locales/en-screens.json';
import ug from '../../../src/lib/i18n/locales/ug.json';
import zhHans from '../../../src/lib/i18n/locales/zh-Hans.json';
import { english } from '../../english';

const SRC = resolve(import.meta.dirname, '../../../src');

/** The file an import specifier names: as written, with `.ts`, or a folder's `index.ts`. */
function resolveImport(from: string, spec: string): string | undefined {
  const path = join(dirname(from), spec);
  return [path, `${path}.ts`, join(path, 'index.ts')].find(
    (file) => existsSync(file) && statSync(file).isFile(),
  );
}

/** Code files reachable from `entry` through static `import … from './…'` (not `import()`). */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  // `import type` is erased from the build, so it loads nothing.
  for (const [, spec] of source.matchAll(
    /^\s*import\s+(?!type\s)(?:[^'"]*?\s+from\s+)?'(\.[^']+)'/gm,
  )) {
    const file = resolveImport(entry, spec!);
    if (file && /\.(ts|svelte)$/.test(file) && !seen.has(file)) {
      staticGraph(file, seen);
    }
  }
  return seen;
}

const prefixes = new Set(Object.keys(english).map((key) => key.split('.')[0]));
const keyPattern = /['"`]([a-z_]+)\.([a-z_]+)(['"`]|\$\{)/g;

/** Message keys a file names: whole keys, and the start of keys built from a template. */
function keysNamedIn(file: string): { whole: string[]; starts: string[] } {
  const whole: string[] = [];
  const starts: string[] = [];
  for (const [, prefix, name, end] of readFileSync(file, 'utf8').matchAll(keyPattern)) {
    if (prefixes.has(prefix)) {
      (end === '${' ? starts : whole).push(`${prefix}.${name}`);
    }
  }
  return { whole, starts };
}

describe('the English in two parts', () => {
  const firstScreen = [...staticGraph(join(SRC, 'main.ts'))];

  it('reaches the first screen and its components from main.ts', () => {
    const names = firstScreen.map((file) => file.slice(SRC.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        'App.svelte',
        'lib/components/AppHeader.svelte',
        'screens/units/UnitsScreen.svelte',
        'screens/units/UnitCard.svelte',
      ]),
    );
    expect(names).not.toContain('screens/quiz/QuizScreen.svelte');
  });

  it('splits the messages without overlap', () => {
    const shared = Object.keys(en).filter((key) => key in enScreens);
    expect(shared).toEqual([]);
  });

  it.each(firstScreen.map((file) => [file.slice(SRC.length + 1), file]))(
    '%s names only messages shipped with the first screen',
    (_name, file) => {
      const { whole, starts } = keysNamedIn(file);
      for (const key of whole.filter((key) => key in english)) {
        expect(en, `${key} is needed by the first screen`).toHaveProperty([key]);
      }
      for (const start of starts) {
        expect(
          Object.keys(en).some((key) => key.startsWith(start)),
          `messages starting ${start}`,
        ).toBe(true);
      }
    },
  );

  it.each([
    ['zh-Hans', zhHans],
    ['ug', ug],
  ])('%s ships the same first-screen messages as English, no more', (_code, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });
});
