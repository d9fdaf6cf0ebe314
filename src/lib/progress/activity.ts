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
import type { Change } from '../study/steps';
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

/** A write of the index, for the store's journal commit; `null` deletes it. */
export interface IndexWrite {
  store: 'activity';
  key: string;
  value: ActivityRecord | null;
}

/** What listing needs of the store: its reads (through unsaved writes), lock and commit. */
export interface IndexStorage {
  indexEntries(): Promise<[string, unknown][]>;
  /** Keys of the attempts that can be read. */
  attemptKeys(): Promise<string[]>;
  /** How many attempts `attemptKeys` would give, without walking them. */
  attemptCount(): Promise<number>;
  /** Runs a check after the listing that asked for it has answered. */
  checkLater(check: () => Promise<void>): void;
  attempts(): Promise<AttemptRecord[]>;
  locked<T>(work: () => Promise<T>): Promise<T>;
  commit(writes: IndexWrite[]): Promise<void>;
}

/** The stored indexes this Lectern can read; any other is rebuilt when listed. */
function readable(entries: readonly [string, unknown][]): ActivityRecord[] {
  return entries.flatMap(([key, raw]) => {
    try {
      return [restoreActivity(raw)];
    } catch {
      console.warn(`Lectern: the attempt index ${key} will be rebuilt.`);
      return [];
    }
  });
}

/**
 * Each course's index patched for a change's attempt puts and deletes. A course without an
 * index gets none here: it is built from all of its attempts when first listed.
 */
export function indexWrites(
  entries: readonly [string, unknown][],
  change: Change,
  now: number,
): IndexWrite[] {
  const written = change.puts.flatMap((put) => (put.store === 'attempts' ? [put.value] : []));
  const deleted = change.deletes.flatMap(({ store, key }) => (store === 'attempts' ? [key] : []));
  return readable(entries).flatMap((index) => {
    const own = written.filter((attempt) => attempt.course === index.course);
    const next = patchActivity(index, own, deleted, now);
    return next === undefined
      ? []
      : [{ store: 'activity' as const, key: index.course, value: next }];
  });
}

/** What a listing reads first: the stored indexes and how many attempts there are. */
export interface IndexRead {
  entries: [string, unknown][];
  attemptCount: number;
}

/**
 * Summaries of every attempt, oldest first; of one course, or of every course. Reads the
 * indexes and counts the attempts (or takes `read`, made by the caller beforehand). When the
 * counts differ (an older Lectern wrote attempts, or an index was unreadable), every index is
 * rebuilt from the attempts and stored before the listing answers.
 *
 * Equal counts leave one case to the attempts' keys: attempts deleted and as many written behind
 * the index's back (an older Lectern's reset in another tab, then new quizzes). Walking 800 keys
 * took 20 ms of the progress screen's listing (bench), so they are compared after it answers;
 * a mismatch rebuilds the index, and its change makes every open list read it again.
 */
export async function listSummaries(
  storage: IndexStorage,
  course?: string,
  read?: IndexRead,
): Promise<AttemptSummary[]> {
  const { entries, attemptCount } = read ?? {
    entries: await storage.indexEntries(),
    attemptCount: await storage.attemptCount(),
  };
  const indexes = readable(entries);
  const listed = indexes.reduce((sum, index) => sum + index.attempts.length, 0);
  let all = indexes;
  if (listed === attemptCount) {
    storage.checkLater(() => rebuildUnlessKeysMatch(storage));
  } else {
    all = await rebuild(storage);
  }
  return all
    .filter((index) => course === undefined || index.course === course)
    .flatMap((index) => index.attempts)
    .sort(byStart);
}

/** Reads the indexes and the attempts' keys afresh and rebuilds when they do not match. */
async function rebuildUnlessKeysMatch(storage: IndexStorage): Promise<void> {
  const [entries, keys] = await Promise.all([storage.indexEntries(), storage.attemptKeys()]);
  const indexes = readable(entries);
  const listed = new Set(indexes.flatMap((index) => index.attempts.map((a) => a.id)));
  if (listed.size !== keys.length || !keys.every((key) => listed.has(key))) {
    await rebuild(storage);
  }
}

async function rebuild(storage: IndexStorage): Promise<ActivityRecord[]> {
  return storage.locked(async () => {
    const byCourse = new Map<string, AttemptRecord[]>();
    for (const attempt of await storage.attempts()) {
      byCourse.set(attempt.course, [...(byCourse.get(attempt.course) ?? []), attempt]);
    }
    const now = Date.now();
    const indexes = [...byCourse].map(([id, attempts]) => buildActivity(id, attempts, now));
    const gone = (await storage.indexEntries()).filter(([key]) => !byCourse.has(key));
    try {
      await storage.commit([
        ...indexes.map((index) => ({
          store: 'activity' as const,
          key: index.course,
          value: index,
        })),
        ...gone.map(([key]) => ({ store: 'activity' as const, key, value: null })),
      ]);
    } catch (error) {
      // The index only saves reading: the list is shown from the attempts all the same, and
      // the write waits with the unsaved ones.
      console.warn('Lectern: could not store the attempt index.', error);
    }
    return indexes;
  });
}
