// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EAGER_COMPILE_HINT,
  eagerCompileStartup,
  startupChunks,
} from '../../../src/lib/build/eager-compile';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Builds, in memory, a page whose module script loads one screen at once and one on demand. */
async function buildPage(): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> {
  const root = mkdtempSync(join(tmpdir(), 'lectern-eager-'));
  roots.push(root);
  writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(
    join(root, 'main.js'),
    `import { greet } from './first.js';
     document.title = greet('first');
     document.onclick = () => import('./later.js').then((later) => later.show());`,
  );
  writeFileSync(join(root, 'first.js'), 'export const greet = (name) => `Hello, ${name}`;');
  writeFileSync(join(root, 'later.js'), 'export function show() { document.title = "later"; }');
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [eagerCompileStartup()],
    build: { write: false },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((output) =>
    'output' in output ? output.output : [],
  );
}

function chunk(fileName: string, imports: string[] = [], isEntry = false): Rolldown.OutputChunk {
  return { type: 'chunk', fileName, imports, isEntry, code: '' } as unknown as Rolldown.OutputChunk;
}

describe('eagerCompileStartup', () => {
  it('puts the hint first in the script the built page loads, and in no chunk loaded later', async () => {
    const outputs = await buildPage();
    const html = outputs.find((item) => item.fileName === 'index.html');
    const chunks = outputs.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
    const loaded = /src="\/([^"]+)"/.exec(String(html?.type === 'asset' && html.source))?.[1];
    const start = chunks.find((item) => item.fileName === loaded);
    const later = chunks.find((item) => item.isDynamicEntry);

    expect(start?.code.split('\n')[0]).toBe(EAGER_COMPILE_HINT);
    expect(start?.code).toContain('Hello, ');
    expect(later).toBeDefined();
    expect(later?.code).not.toContain(EAGER_COMPILE_HINT);
    // Only at the top: one hint per start-up chunk, however the bundle was assembled.
    expect(start?.code.split(EAGER_COMPILE_HINT)).toHaveLength(2);
  });

  it('finds the start-up chunks through the page and their static imports, under the base', () => {
    const page = {
      type: 'asset',
      fileName: 'index.html',
      source:
        '<link rel="modulepreload" crossorigin href="/app/assets/vendor.js">' +
        '<script type="module" crossorigin src="/app/assets/main.js"></script>' +
        '<script src="/app/assets/classic.js"></script>',
    } as unknown as Rolldown.OutputAsset;
    const bundle = {
      'index.html': page,
      'assets/main.js': chunk('assets/main.js', ['assets/shared.js']),
      'assets/shared.js': chunk('assets/shared.js', ['assets/deep.js']),
      'assets/deep.js': chunk('assets/deep.js'),
      'assets/vendor.js': chunk('assets/vendor.js'),
      'assets/lazy.js': chunk('assets/lazy.js', ['assets/shared.js']),
      'assets/classic.js': chunk('assets/classic.js'),
    };

    const names = startupChunks(bundle, '/app/').map((item) => item.fileName);

    expect(names.sort()).toEqual([
      'assets/deep.js',
      'assets/main.js',
      'assets/shared.js',
      'assets/vendor.js',
    ]);
  });
});
