/**
 * Finds and compiles every course: each folder under `content/courses/` is one course, named by
 * its folder, plus any extra course folders a build is given (the browser test of a second course
 * adds one from `tests/fixtures/`). Courses are compiled one by one by `compileCourse`; this module
 * only adds what spans courses: the course id's form and unit ids that must not repeat, since a
 * route names a unit by its id alone. Plain Node, like `compile.ts`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, delimiter, join, posix, resolve } from 'node:path';
import {
  ContentError,
  compileCourse,
  type CompileOptions,
  type CompiledCourse,
} from './compile.ts';
import type { Problem } from './rules.ts';

export const COURSES_DIR = 'courses';
/** Extra course folders for a build, separated like PATH (`:` on Linux). */
export const EXTRA_COURSES_ENV = 'LECTERN_EXTRA_COURSES';
const COURSE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CourseDir {
  dir: string;
  /** How messages name the folder: `content/courses/xinjiang-congress`. */
  shown: string;
}

/** The extra course folders named in the environment, resolved against `root`. */
export function extraCourseDirs(root: string, value = process.env[EXTRA_COURSES_ENV]): string[] {
  return (value ?? '')
    .split(delimiter)
    .filter((part) => part.trim() !== '')
    .map((part) => resolve(root, part.trim()));
}

/** The course folders of a content folder, in name order, then the extra ones as given. */
export function courseDirs(contentDir: string, extraDirs: readonly string[] = []): CourseDir[] {
  const coursesDir = join(contentDir, COURSES_DIR);
  const own = existsSync(coursesDir)
    ? readdirSync(coursesDir)
        .filter((name) => statSync(join(coursesDir, name)).isDirectory())
        .sort()
        .map((name) => ({
          dir: join(coursesDir, name),
          shown: posix.join(basename(contentDir), COURSES_DIR, name),
        }))
    : [];
  return [...own, ...extraDirs.map((dir) => ({ dir, shown: basename(dir) }))];
}

/** Problems that span courses: a bad or repeated course id, a unit id used by two courses. */
function checkAcrossCourses(dirs: readonly CourseDir[], courses: readonly CompiledCourse[]) {
  const problems: Problem[] = [];
  const courseIds = new Map<string, string>();
  for (const { dir, shown } of dirs) {
    const id = basename(dir);
    if (!COURSE_ID.test(id)) {
      problems.push({
        file: shown,
        subject: `course ${id}`,
        message: 'a course folder is named in lower-case letters, digits and hyphens',
      });
    }
    const earlier = courseIds.get(id);
    if (earlier !== undefined) {
      problems.push({ file: shown, subject: `course ${id}`, message: `also at ${earlier}` });
    }
    courseIds.set(id, shown);
  }
  const unitCourses = new Map<string, string>();
  for (const course of courses) {
    for (const unit of course.units) {
      const other = unitCourses.get(unit.id);
      if (other !== undefined) {
        problems.push({
          file: course.index.id,
          subject: `unit ${unit.id}`,
          message: `unit id also used by course ${other}; unit ids name routes, so they are unique across courses`,
        });
      }
      unitCourses.set(unit.id, course.index.id);
    }
  }
  return problems;
}

/**
 * Compiles every course, or throws one ContentError listing every problem of every course.
 * The first course is the default one, shown first.
 */
export function compileCourses(
  dirs: readonly CourseDir[],
  options: CompileOptions = {},
): CompiledCourse[] {
  if (dirs.length === 0) {
    throw new ContentError([{ file: COURSES_DIR, message: 'no course folder found' }]);
  }
  const problems: Problem[] = [];
  const courses: CompiledCourse[] = [];
  for (const { dir, shown } of dirs) {
    try {
      courses.push(compileCourse(dir, { ...options, shownDir: shown }));
    } catch (error) {
      if (!(error instanceof ContentError)) {
        throw error;
      }
      problems.push(...error.problems);
    }
  }
  problems.push(...checkAcrossCourses(dirs, courses));
  if (problems.length > 0) {
    throw new ContentError(problems);
  }
  return courses;
}
