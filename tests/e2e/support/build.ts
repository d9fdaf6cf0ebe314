/** Production builds into temporary folders, for tests that need more than the served one. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds into a new temporary folder; `env` adds to the build's environment. */
export function buildInto(version: string, env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), `lectern-${version}-`));
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, ...env, LECTERN_VERSION: version },
      stdio: 'inherit',
    },
  );
  return outDir;
}
