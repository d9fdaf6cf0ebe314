/**
 * `npm run package:scorm [outDir]`: builds the app once with a relative base (so it runs from
 * whatever sub-path the LMS unpacks it to) into a temporary folder, never `dist/`, and writes
 * `lectern-scorm12.zip` and `lectern-scorm2004.zip` into `outDir` (by default `dist-scorm/`).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { compileCourses, courseDirs } from '../../content/courses.ts';
import { packageEntries, writeZip } from './zip.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export const PACKAGES = {
  '1.2': 'lectern-scorm12.zip',
  '2004': 'lectern-scorm2004.zip',
} as const;

async function main(outArgument: string | undefined): Promise<void> {
  const outDir = resolve(REPO_ROOT, outArgument ?? 'dist-scorm');
  const appDir = mkdtempSync(join(tmpdir(), 'lectern-scorm-'));
  try {
    await build({
      root: REPO_ROOT,
      configFile: join(REPO_ROOT, 'vite.config.ts'),
      base: './',
      logLevel: 'warn',
      build: { outDir: appDir, emptyOutDir: true },
    });
    // One SCO: the default course (the first under content/courses/).
    const [course] = compileCourses(courseDirs(join(REPO_ROOT, 'content')));
    const title = course!.index.article.title;
    mkdirSync(outDir, { recursive: true });
    for (const version of ['1.2', '2004'] as const) {
      const path = join(outDir, PACKAGES[version]);
      writeZip(path, packageEntries(appDir, version, title));
      console.log(`SCORM ${version}: ${path}`);
    }
  } finally {
    rmSync(appDir, { recursive: true, force: true });
  }
}

await main(process.argv[2]);
