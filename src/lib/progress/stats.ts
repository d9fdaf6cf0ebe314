/**
 * Figures for the progress screen, computed from attempt and unit summaries. Pure functions;
 * days are the learner's local calendar days.
 */
import type { AttemptSummary } from '../study/records';

export function dayKey(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Days studied in a row, ending today, or yesterday when today has no study yet (a streak is
 * not broken before the day is over). `days` are local calendar days as `dayKey` names them.
 */
export function studyStreak(days: Iterable<string>, now: number): number {
  const studied = new Set(days);
  const cursor = new Date(now);
  if (!studied.has(dayKey(cursor.getTime()))) {
    cursor.setDate(cursor.getDate() - 1);
  }
  let streak = 0;
  while (studied.has(dayKey(cursor.getTime()))) {
    streak += 1;
    cursor.setDate(cursor.getDate() - 1);
  }
  return streak;
}

/** Every day the learner did something: units studied, attempts begun and answers given. */
export function studyDays(
  attempts: readonly AttemptSummary[],
  studiedAt: readonly number[],
): Set<string> {
  return new Set([...studiedAt.map(dayKey), ...attempts.flatMap((attempt) => attempt.days)]);
}
