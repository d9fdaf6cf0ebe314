/**
 * What the first screen says about the course as a whole: its size, a rough time to finish, how
 * many units are passed, and whether its main button starts, continues or resumes. Pure
 * functions over the course index and the unit records; no storage, no Svelte.
 */
import type { UnitSummary } from '../../lib/content/types';
import type { UnitRecord } from '../../lib/study/records';
import type { ContinueTarget } from '../../lib/progress/status';
import { PASS_MARK } from '../../lib/quiz/pass-mark';

/** A question takes about a minute: read it, answer, read the feedback and its quote. */
const MINUTES_PER_QUESTION = 1;

/** A rough time, in whole minutes under an hour, else in half hours. */
export type RoughTime = { unit: 'minutes'; count: number } | { unit: 'hours'; count: number };

export function courseSize(units: readonly UnitSummary[]): { units: number; questions: number } {
  return { units: units.length, questions: units.reduce((sum, u) => sum + u.questionCount, 0) };
}

/** Reading every unit and answering every question once. */
export function roughTime(units: readonly UnitSummary[]): RoughTime {
  const minutes = units.reduce(
    (sum, u) => sum + u.readingMinutes + u.questionCount * MINUTES_PER_QUESTION,
    0,
  );
  if (minutes < 60) {
    return { unit: 'minutes', count: Math.max(5, Math.round(minutes / 5) * 5) };
  }
  return { unit: 'hours', count: Math.round(minutes / 30) / 2 };
}

/** A unit is passed once a finished quiz reached the pass mark. */
export function unitPassed(record: UnitRecord | undefined): boolean {
  return record?.masteredAt !== undefined || (record?.bestScore ?? 0) >= PASS_MARK;
}

export function passedCount(
  units: readonly UnitSummary[],
  records: Readonly<Record<string, UnitRecord>>,
): number {
  return units.filter((u) => unitPassed(records[u.id])).length;
}

/**
 * The main button's word: "Start" for a learner who has done nothing yet, "Resume" for an open
 * quiz, "Continue" otherwise.
 */
export function startKind(
  target: ContinueTarget,
  records: Readonly<Record<string, UnitRecord>>,
): 'start' | 'resume' | 'continue' {
  if (target.kind === 'resume') {
    return 'resume';
  }
  const touched = Object.values(records).some(
    (r) => r.studiedAt !== undefined || r.attempts > 0 || r.openAttemptId !== undefined,
  );
  return touched ? 'continue' : 'start';
}
