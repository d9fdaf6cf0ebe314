/**
 * The attempt index: per course, one record that summarises every attempt (unit, status, score,
 * days studied), so the progress screen reads one record instead of hundreds of attempts. It is
 * derived, never authored: the store patches it in the same journal commit as the attempts it
 * summarises, and rebuilds it from the attempts whenever it is missing or does not match them.
 * Loaded only when attempts are written or listed, so the first screen does not carry it.
 */
import { scoreOf } from '../quiz/attempt';
import { SCHEMA_VERSION } from '../study/constants';
import type { ActivityRecord, AttemptRecord, AttemptSummary } from '../study/records';
import { dayKey } from './stats';

export function summarizeAttempt(attempt: AttemptRecord): AttemptSummary {
  const days = new Set([dayKey(attempt.startedAt)]);
  for (const given of Object.values(attempt.answers)) {
    days.add(dayKey(given.at));
  }
  return {
    id: attempt.id,
    unitId: attempt.unitId,
    ...(attempt.questionUnits !== undefined && { acrossUnits: true }),
    status: attempt.status,
    startedAt: attempt.startedAt,
    // A finished attempt from before finishing times were kept is dated by its last change.
    ...(attempt.status === 'finished' && {
      finishedAt: attempt.finishedAt ?? attempt.updatedAt,
      ratio: scoreOf(attempt).ratio,
    }),
    days: [...days].sort(),
  };
}

/** The index of `course` made from all of its attempts. */
export function buildActivity(
  course: string,
  attempts: readonly AttemptRecord[],
  now: number,
): ActivityRecord {
  return {
    v: SCHEMA_VERSION,
    course,
    attempts: attempts.map(summarizeAttempt).sort(byStart),
    updatedAt: now,
  };
}

function byStart(a: AttemptSummary, b: AttemptSummary): number {
  return a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The index with `written` attempts put and `deleted` ids taken out, or undefined when nothing
 * in it changes (most answers within a quiz change no summary).
 */
export function patchActivity(
  record: ActivityRecord,
  written: readonly AttemptRecord[],
  deleted: readonly string[],
  now: number,
): ActivityRecord | undefined {
  const byId = new Map(record.attempts.map((summary) => [summary.id, summary]));
  let changed = false;
  for (const id of deleted) {
    changed = byId.delete(id) || changed;
  }
  for (const attempt of written) {
    const summary = summarizeAttempt(attempt);
    if (JSON.stringify(byId.get(attempt.id)) !== JSON.stringify(summary)) {
      byId.set(attempt.id, summary);
      changed = true;
    }
  }
  if (!changed) {
    return undefined;
  }
  return { ...record, attempts: [...byId.values()].sort(byStart), updatedAt: now };
}

function isSummary(value: unknown): value is AttemptSummary {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const s = value as Record<string, unknown>;
  return (
    typeof s.id === 'string' &&
    typeof s.unitId === 'string' &&
    (s.status === 'in-progress' || s.status === 'finished') &&
    typeof s.startedAt === 'number' &&
    (s.ratio === undefined || (typeof s.ratio === 'number' && s.ratio >= 0 && s.ratio <= 1)) &&
    Array.isArray(s.days) &&
    s.days.every((day) => typeof day === 'string')
  );
}

/** The stored index, or a throw when it is not one this Lectern wrote (it is then rebuilt). */
export function restoreActivity(raw: unknown): ActivityRecord {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (
    o.v !== SCHEMA_VERSION ||
    typeof o.course !== 'string' ||
    typeof o.updatedAt !== 'number' ||
    !Array.isArray(o.attempts) ||
    !o.attempts.every(isSummary)
  ) {
    throw new Error('not an attempt index of this version');
  }
  return raw as ActivityRecord;
}
