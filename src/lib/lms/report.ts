/**
 * What Lectern tells the LMS about a learner, as pure rules over a small snapshot of progress,
 * so they can be tested without an LMS and kept when the progress core changes underneath.
 *
 * - The course is complete when every unit is passed and, where the course has a final test,
 *   the final test is passed too: then "completed" and "passed".
 * - "failed" only when the final test was taken, failed, and has not been passed since.
 * - Otherwise "incomplete" with no verdict yet.
 * - The score, 0–100: the final test's best score once it has one, else the mean of the units'
 *   best scores (a unit never finished counts 0, so the mean never flatters).
 */
import { PASS_MARK } from '../quiz/pass-mark';

export interface UnitSnapshot {
  unitId: string;
  /** Best finished score as a ratio from 0 to 1; absent before the first finished attempt. */
  bestScore?: number;
  passed: boolean;
}

export interface FinalTestSnapshot {
  /** Best score as a ratio from 0 to 1. */
  bestScore: number;
  passed: boolean;
}

export interface ProgressSnapshot {
  /** Every unit of the course, in course order. */
  units: UnitSnapshot[];
  /** The final test, once the course has one and it has been taken. */
  finalTest?: FinalTestSnapshot;
  /** Whether the course has a final test at all (then it must be passed to complete). */
  hasFinalTest?: boolean;
}

export type LmsStatus = 'incomplete' | 'completed-passed' | 'failed';

export interface LmsReport {
  status: LmsStatus;
  /** 0–100, rounded to two decimals. */
  score: number;
}

/** The pass mark the manifests declare (masteryscore 80, minNormalizedMeasure 0.8). */
export const MASTERY = PASS_MARK;

function round2(value: number): number {
  return Math.round(value * 10000) / 100;
}

export function lmsScore(snapshot: ProgressSnapshot): number {
  if (snapshot.finalTest) {
    return round2(snapshot.finalTest.bestScore);
  }
  if (snapshot.units.length === 0) {
    return 0;
  }
  const total = snapshot.units.reduce((sum, unit) => sum + (unit.bestScore ?? 0), 0);
  return round2(total / snapshot.units.length);
}

export function lmsStatus(snapshot: ProgressSnapshot): LmsStatus {
  const unitsPassed = snapshot.units.length > 0 && snapshot.units.every((unit) => unit.passed);
  const needsFinal = snapshot.hasFinalTest === true || snapshot.finalTest !== undefined;
  const finalPassed = snapshot.finalTest?.passed === true;
  if (unitsPassed && (!needsFinal || finalPassed)) {
    return 'completed-passed';
  }
  if (snapshot.finalTest && !snapshot.finalTest.passed) {
    return 'failed';
  }
  return 'incomplete';
}

export function lmsReport(snapshot: ProgressSnapshot): LmsReport {
  return { status: lmsStatus(snapshot), score: lmsScore(snapshot) };
}
