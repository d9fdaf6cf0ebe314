/**
 * For the final test and completion record specs: every question of the real course as one
 * pseudo-unit (so the quiz driver can find and answer any of them), and a backup file of a
 * course whose every unit and final test are passed, to import through Settings.
 */
import { compileCourse } from '../../src/lib/content/compile.ts';
import type { Unit } from '../../src/lib/content/types.ts';
import type { BackupFile } from '../../src/lib/progress/backup.ts';
import { finalTestId } from '../../src/lib/study/final-test.ts';
import type { UnitRecord } from '../../src/lib/study/records.ts';

export const COURSE_ID = 'xinjiang-congress';
export const course = compileCourse(`content/courses/${COURSE_ID}`);

/** Every question of the course, as one unit the quiz driver can answer from. */
export const wholeCourse: Unit = {
  ...course.units[0]!,
  questions: course.units.flatMap((u) => u.questions),
};

/** The unit a question comes from. */
export function unitOfQuestion(questionId: string): Unit {
  return course.units.find((u) => u.questions.some((q) => q.id === questionId))!;
}

/** 6 January 2025, 09:00 UTC: when the seeded course was completed. */
export const COMPLETED_AT = Date.UTC(2025, 0, 6, 9, 0, 0);

function summary(unitId: string, bestScore: number, masteredAt: number): UnitRecord {
  return {
    v: 2,
    course: COURSE_ID,
    unitId,
    studiedAt: masteredAt - 60_000,
    bestScore,
    lastScore: bestScore,
    attempts: 1,
    timeSpentMs: 300_000,
    masteredAt,
    updatedAt: masteredAt,
  };
}

/**
 * A backup of a course with every unit passed (best scores 80%, 90%, … by unit) and, unless
 * `finalTest` is false, the final test passed at 95% last, at `COMPLETED_AT`.
 */
export function completeCourseBackup({
  finalTest = true,
  learner,
}: { finalTest?: boolean; learner?: string } = {}): BackupFile {
  const units = course.units.map((u, i) =>
    summary(u.id, [0.8, 0.9, 1][i % 3]!, COMPLETED_AT - (course.units.length - i) * 3_600_000),
  );
  if (finalTest) {
    units.push(summary(finalTestId(COURSE_ID), 0.95, COMPLETED_AT));
  }
  return {
    app: 'lectern',
    kind: 'progress',
    schemaVersion: 2,
    course: COURSE_ID,
    exportedAt: new Date(COMPLETED_AT + 60_000).toISOString(),
    answers: [],
    attempts: [],
    units,
    cards: [],
    ...(learner !== undefined && { learner: { name: learner } }),
  };
}
