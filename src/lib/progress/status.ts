/**
 * What a unit's summary means to the learner: its status, how far along it is, and where
 * "Continue" should go. Pure functions over records; no storage, no Svelte.
 */
import type { UnitSummary } from '../content/types';
import { PASS_MARK } from '../quiz/pass-mark';
import type { UnitRecord } from '../study/records';

export type UnitStatus = 'not-started' | 'studying' | 'in-progress' | 'mastered';

/** The message key that names each status to the learner. */
export const STATUS_LABEL_KEYS: Readonly<Record<UnitStatus, string>> = {
  'not-started': 'units.status_not_started',
  studying: 'units.status_studying',
  'in-progress': 'units.status_in_progress',
  mastered: 'units.status_mastered',
};

export function unitStatus(record: UnitRecord | undefined): UnitStatus {
  if (!record) {
    return 'not-started';
  }
  if (record.openAttemptId) {
    return 'in-progress';
  }
  if (record.masteredAt !== undefined) {
    return 'mastered';
  }
  return record.studiedAt !== undefined || record.attempts > 0 ? 'studying' : 'not-started';
}

/**
 * How far along a unit is, from 0 to 1: studying it counts a fifth, and the best quiz score the
 * rest, reaching it at the pass mark. A mastered unit is complete.
 */
export function unitCompletion(record: UnitRecord | undefined): number {
  if (!record) {
    return 0;
  }
  if (record.masteredAt !== undefined) {
    return 1;
  }
  const studied = record.studiedAt !== undefined ? 0.2 : 0;
  const quiz = 0.8 * Math.min(1, (record.bestScore ?? 0) / PASS_MARK);
  return Math.min(1, studied + quiz);
}

export type ContinueTarget =
  | { kind: 'resume'; unitId: string }
  | { kind: 'quiz'; unitId: string }
  | { kind: 'study'; unitId: string };

/**
 * Where the learner left off: an open quiz first (the most recently touched), else the first
 * unit not mastered (its quiz if already studied), or nothing when every unit is mastered.
 */
export function continueTarget(
  units: readonly UnitSummary[],
  records: Readonly<Record<string, UnitRecord>>,
): ContinueTarget | undefined {
  const open = units
    .map((u) => records[u.id])
    .filter((r): r is UnitRecord => r?.openAttemptId !== undefined)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  if (open) {
    return { kind: 'resume', unitId: open.unitId };
  }
  const next = [...units]
    .sort((a, b) => a.order - b.order)
    .find((u) => records[u.id]?.masteredAt === undefined);
  if (!next) {
    return undefined;
  }
  return records[next.id]?.studiedAt !== undefined
    ? { kind: 'quiz', unitId: next.id }
    : { kind: 'study', unitId: next.id };
}
