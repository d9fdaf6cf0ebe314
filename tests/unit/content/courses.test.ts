import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/compile';
import { compileCourses, courseDirs, extraCourseDirs } from '../../../src/lib/content/courses';
import { removeWrittenCourses, writeUnitCourse } from './fixture';

afterEach(removeWrittenCourses);

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) {
    rmSync(root, { recursive: true, force: true });
  }
});

/** A content folder with one valid course per name, each in `courses/<name>/`. */
function contentWith(...names: string[]): string {
  const content = mkdtempSync(join(tmpdir(), 'lectern-courses-'));
  roots.push(content);
  mkdirSync(join(content, 'courses'));
  for (const name of names) {
    renameSync(writeUnitCourse(), join(content, 'courses', name));
  }
  return content;
}

function problemsOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) {
      return error.message;
    }
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('compileCourses', () => {
  it('compiles each folder under courses/ as a course named by its folder', () => {
    const content = contentWith('first-course');
    const [course] = compileCourses(courseDirs(content), { courseRules: false });
    expect(course?.index.id).toBe('first-course');
    expect(course?.units.map((unit) => unit.id)).toEqual(['legislation']);
  });

  it('names a problem in a course by its folder under content/courses', () => {
    const content = contentWith('first-course');
    rmSync(join(content, 'courses', 'first-course', 'article.yaml'));
    expect(problemsOf(() => compileCourses(courseDirs(content)))).toContain(
      `${content.split('/').pop()}/courses/first-course/article.yaml: file not found`,
    );
  });

  it('refuses a unit id that two courses use, naming both', () => {
    const content = contentWith('alpha', 'beta');
    expect(problemsOf(() => compileCourses(courseDirs(content), { courseRules: false }))).toContain(
      'beta: unit legislation: unit id also used by course alpha',
    );
  });

  it('refuses a course folder whose name cannot be an id', () => {
    const content = contentWith('Second Course');
    expect(problemsOf(() => compileCourses(courseDirs(content), { courseRules: false }))).toMatch(
      /Second Course: course Second Course: a course folder is named in lower-case letters/,
    );
  });

  it('says so when there is no course at all', () => {
    const content = contentWith();
    expect(problemsOf(() => compileCourses(courseDirs(content)))).toContain(
      'courses: no course folder found',
    );
  });

  it('adds extra course folders after its own', () => {
    const content = contentWith('alpha');
    const extra = writeUnitCourse();
    const dirs = courseDirs(content, [extra]);
    expect(dirs.map((dir) => dir.dir)).toEqual([join(content, 'courses', 'alpha'), extra]);
  });
});

describe('extraCourseDirs', () => {
  it('reads a PATH-like list, resolved against the root, ignoring blanks', () => {
    expect(extraCourseDirs('/repo', 'tests/fixtures/a::/abs/b ')).toEqual([
      '/repo/tests/fixtures/a',
      '/abs/b',
    ]);
    expect(extraCourseDirs('/repo', undefined)).toEqual([]);
  });
});
