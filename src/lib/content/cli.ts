/**
 * `npm run content:check [dir]`: compiles every course (by default those in the repository's
 * `content/courses/`, plus any in LECTERN_EXTRA_COURSES), prints each course's report and
 * "Content OK", or prints every problem to stderr and exits with 1. It only reports; it must
 * never write or fix content.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from './compile.ts';
import { compileCourses, courseDirs, extraCourseDirs } from './courses.ts';
import { formatReport } from './report.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function main(dirArgument: string | undefined): number {
  const dir = dirArgument === undefined ? resolve(REPO_ROOT, 'content') : resolve(dirArgument);
  try {
    const courses = compileCourses(courseDirs(dir, extraCourseDirs(process.cwd())));
    for (const { index, report } of courses) {
      console.log(`Course ${index.id}: ${index.article.title}\n`);
      console.log(formatReport(report));
    }
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
