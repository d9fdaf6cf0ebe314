/**
 * Figures for the progress screen, computed from attempts and unit summaries. Pure functions;
 * days are the learner's local calendar days.
 */
import { scoreOf } from '../quiz/attempt';
import type { AttemptRecord } from '../study/records';

export function dayKey(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Days studied in a row, ending today, or yesterday when today has no study yet (a streak is
 * not broken before the day is over).
 */
export function studyStreak(studyTimes: readonly number[], now: number): number {
  const days = new Set(studyTimes.map(dayKey));
  const cursor = new Date(now);
  if (!days.has(dayKey(cursor.getTime()))) {
    cursor.setDate(cursor.getDate() - 1);
  }
  let streak = 0;
  while (days.has(dayKey(cursor.getTime()))) {
    streak += 1;
    cursor.setDate(cursor.getDate() - 1);
  }
  return streak;
}

/** Every moment the learner did something: attempts begun and every answer given. */
export function studyTimes(
  attempts: readonly AttemptRecord[],
  studiedAt: readonly number[],
): number[] {
  const times = [...studiedAt];
  for (const attempt of attempts) {
    times.push(attempt.startedAt);
    for (const given of Object.values(attempt.answers)) {
      times.push(given.at);
    }
  }
  return times;
}

export interface ScorePoint {
  attemptId: string;
  unitId: string;
  at: number;
  ratio: number;
}

/** Finished unit quizzes in time order, for the chart and its table. */
export function scoreHistory(attempts: readonly AttemptRecord[]): ScorePoint[] {
  return attempts
    .filter((a) => a.status === 'finished' && !a.questionUnits)
    .map((a) => ({
      attemptId: a.id,
      unitId: a.unitId,
      at: a.finishedAt ?? a.updatedAt,
      ratio: scoreOf(a).ratio,
    }))
    .sort((a, b) => a.at - b.at);
}
