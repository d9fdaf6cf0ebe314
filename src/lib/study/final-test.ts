/**
 * The course's final test, and when a course counts as complete. The final test is stored like
 * a unit quiz: its attempts, and a summary record (best score, first pass, the open attempt)
 * under an id of its own per course. That id holds an underscore, which the content schema never
 * allows in a unit id (lowercase letters and digits joined by hyphens), so no unit can take it.
 * Pure and tiny: the first screen imports it.
 */
import { PASS_MARK } from '../quiz/pass-mark';
import type { UnitRecord } from './records';

/** How many questions the final test asks, and at least how many from each unit. */
export const FINAL_TEST_SIZE = 20;
export const FINAL_TEST_MIN_PER_UNIT = 2;

/**
 * How many questions the final test of units with these bank sizes asks: `FINAL_TEST_SIZE`, or
 * every question when there are fewer, or more when each unit's minimum alone needs more.
 */
export function finalTestSize(bankSizes: readonly number[]): number {
  const total = bankSizes.reduce((sum, n) => sum + n, 0);
  const minimum = bankSizes.reduce((sum, n) => sum + Math.min(n, FINAL_TEST_MIN_PER_UNIT), 0);
  return Math.max(Math.min(FINAL_TEST_SIZE, total), minimum);
}

const PREFIX = 'final-test_';

/** The id the final test of `course` is stored under, in place of a unit id. */
export function finalTestId(course: string): string {
  return `${PREFIX}${course}`;
}

export function isFinalTestId(id: string): boolean {
  return id.startsWith(PREFIX);
}

/** A unit, or the final test, is passed once a finished attempt reached the pass mark. */
export function isPassed(record: UnitRecord | undefined): boolean {
  return record?.masteredAt !== undefined || (record?.bestScore ?? 0) >= PASS_MARK;
}

export interface Completion {
  /** Unit ids not passed yet, in the order given. */
  unitsLeft: string[];
  finalTestPassed: boolean;
  /** The final test's best score (0–1) once it was finished. */
  finalTestBest?: number;
  complete: boolean;
  /**
   * When the course became complete: the latest of the first passes. It never changes once set
   * (first passes are kept, and merged backups keep the earliest), so the record made from it is
   * stable.
   */
  completedAt?: number;
}

function passedAt(record: UnitRecord): number {
  return record.masteredAt ?? record.updatedAt;
}

/** Whether `course` is complete: every unit passed and the final test passed. */
export function courseCompletion(
  course: string,
  unitIds: readonly string[],
  records: Readonly<Record<string, UnitRecord | undefined>>,
): Completion {
  const unitsLeft = unitIds.filter((id) => !isPassed(records[id]));
  const final = records[finalTestId(course)];
  const finalTestPassed = isPassed(final);
  const complete = unitIds.length > 0 && unitsLeft.length === 0 && finalTestPassed;
  const completion: Completion = { unitsLeft, finalTestPassed, complete };
  if (final?.bestScore !== undefined) {
    completion.finalTestBest = final.bestScore;
  }
  if (complete) {
    const passed = [...unitIds.map((id) => records[id]!), final!];
    completion.completedAt = Math.max(...passed.map(passedAt));
  }
  return completion;
}
