/**
 * `npm run content:check [dir]`: compiles the course (by default the repository's `content/`),
 * prints the report and "Content OK", or prints every problem to stderr and exits with 1.
 * It only reports; it must never write or fix content.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, compileCourse } from './compile.ts';
import { formatReport } from './report.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function main(dirArgument: string | undefined): number {
  const dir = dirArgument === undefined ? resolve(REPO_ROOT, 'content') : resolve(dirArgument);
  try {
    const { report } = compileCourse(dir);
    console.log(formatReport(report));
    console.log('\nContent OK');
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv[2]);
