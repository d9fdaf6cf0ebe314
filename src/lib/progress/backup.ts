/**
 * Backup files: what "Export progress" writes and "Import progress" reads. Parsing is all or
 * nothing: a file that fails any check raises `ImportError` with a message key for the learner,
 * and the merge plan is built only from a file that passed every check.
 */
import { SCHEMA_VERSION } from '../study/constants';
import { change, type Change } from '../study/steps';
import { V1_COURSE } from './constants';
import type { AnswerEvent, AttemptRecord, CardRecord, UnitRecord } from '../study/records';
import { RecordError, learnerNameOf, restoreCard, restoreUnit } from './restore';
import { restoreAnswerEvent, restoreAttempt } from './restore-attempt';

export const BACKUP_APP = 'lectern';
export const BACKUP_KIND = 'progress';
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export interface BackupFile {
  app: typeof BACKUP_APP;
  kind: typeof BACKUP_KIND;
  schemaVersion: number;
  /** The course whose progress this is: one backup file holds one course. */
  course: string;
  exportedAt: string;
  answers: AnswerEvent[];
  attempts: AttemptRecord[];
  units: UnitRecord[];
  cards: CardRecord[];
  /**
   * The learner's name for the completion record, from settings. Added after schema version 2
   * without raising it: optional, so files written before it (and by older Lectern) still import.
   */
  learner?: { name: string };
}

/** Why an import was refused: an i18n key under `import.` and its values. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(values)}`);
  }
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parseJson(text: string): unknown {
  let unsafe: string | undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (UNSAFE_KEYS.has(key)) {
        unsafe ??= key;
        return undefined;
      }
      return value;
    });
  } catch {
    throw new ImportError('import.not_json');
  }
  if (unsafe) {
    throw new ImportError('import.unsafe_key', { key: unsafe });
  }
  return parsed;
}

function collection<T>(
  file: Record<string, unknown>,
  name: string,
  restore: (raw: unknown) => T,
): T[] {
  const list = file[name] ?? [];
  if (!Array.isArray(list)) {
    throw new ImportError('import.invalid_record', {
      collection: name,
      index: 0,
      problem: 'it is not a list',
    });
  }
  return list.map((raw, index) => {
    try {
      return restore(raw);
    } catch (error) {
      const problem = error instanceof RecordError ? error.message : String(error);
      throw new ImportError('import.invalid_record', {
        collection: name,
        index: index + 1,
        problem,
      });
    }
  });
}

/**
 * Checks a backup file's text completely; `byteSize` is the file's size as the browser gives it,
 * `courses` the ids of the courses this Lectern has.
 */
export function parseBackup(
  text: string,
  byteSize: number,
  courses: readonly string[],
): BackupFile {
  if (byteSize > MAX_BACKUP_BYTES) {
    throw new ImportError('import.too_large', { limit: '5 MB' });
  }
  const json = parseJson(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ImportError('import.other_app');
  }
  const file = json as Record<string, unknown>;
  if (file.app !== BACKUP_APP || file.kind !== BACKUP_KIND) {
    throw new ImportError('import.other_app');
  }
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError('import.unknown_version');
  }
  if (version > SCHEMA_VERSION) {
    throw new ImportError('import.newer_version', { version });
  }
  // Version 1 files come from the only course there was then.
  const course = version === 1 ? V1_COURSE : file.course;
  if (typeof course !== 'string' || !courses.includes(course)) {
    throw new ImportError('import.unknown_course', { course: String(course) });
  }
  const parsed: BackupFile = {
    app: BACKUP_APP,
    kind: BACKUP_KIND,
    schemaVersion: SCHEMA_VERSION,
    course,
    exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '',
    answers: collection(file, 'answers', restoreAnswerEvent),
    attempts: collection(file, 'attempts', restoreAttempt),
    units: collection(file, 'units', restoreUnit),
    cards: collection(file, 'cards', restoreCard),
  };
  const learner = parseLearner(file.learner);
  if (learner) {
    parsed.learner = learner;
  }
  const stray = [parsed.answers, parsed.attempts, parsed.units, parsed.cards]
    .flat()
    .find((record) => record.course !== course);
  if (stray) {
    throw new ImportError('import.mixed_courses', { course: stray.course });
  }
  return parsed;
}

/** The optional `learner` part: absent in older files; when present, a name or nothing. */
function parseLearner(raw: unknown): { name: string } | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const name =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>).name
      : undefined;
  if (name !== undefined && typeof name !== 'string') {
    throw new ImportError('import.invalid_record', {
      collection: 'learner',
      index: 1,
      problem: '"name" must be a text',
    });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ImportError('import.invalid_record', {
      collection: 'learner',
      index: 1,
      problem: 'learner is not an object',
    });
  }
  const clean = learnerNameOf(name);
  return clean === undefined ? undefined : { name: clean };
}

/** What `planMerge` compares a file with: one course's stored records, by id. */
export function storedProgress(records: {
  answers: readonly AnswerEvent[];
  attempts: readonly AttemptRecord[];
  units: readonly UnitRecord[];
  cards: readonly CardRecord[];
}): StoredProgress {
  return {
    answerIds: new Set(records.answers.map((answer) => answer.id)),
    attempts: new Map(records.attempts.map((attempt) => [attempt.id, attempt])),
    units: new Map(records.units.map((unit) => [unit.unitId, unit])),
    cards: new Map(records.cards.map((card) => [card.questionId, card])),
  };
}

/** The merge as one change, stored in one write. */
export function mergeChange(plan: MergePlan): Change {
  return change(
    ...plan.answers.map((value) => ({ store: 'answers' as const, value })),
    ...plan.attempts.map((value) => ({ store: 'attempts' as const, value })),
    ...plan.units.map((value) => ({ store: 'units' as const, value })),
    ...plan.cards.map((value) => ({ store: 'cards' as const, value })),
  );
}

export interface StoredProgress {
  answerIds: ReadonlySet<string>;
  attempts: ReadonlyMap<string, AttemptRecord>;
  units: ReadonlyMap<string, UnitRecord>;
  cards: ReadonlyMap<string, CardRecord>;
}

export interface MergePlan {
  answers: AnswerEvent[];
  attempts: AttemptRecord[];
  units: UnitRecord[];
  cards: CardRecord[];
  /** How many records the import adds or updates. */
  changes: number;
}

function earliest(a?: number, b?: number): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function highest(a?: number, b?: number): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/** Combines two summaries of one unit so neither loses anything: the newer one's last state wins. */
export function mergeUnit(stored: UnitRecord, incoming: UnitRecord): UnitRecord {
  const [older, newer] =
    stored.updatedAt >= incoming.updatedAt ? [incoming, stored] : [stored, incoming];
  const merged: UnitRecord = {
    ...newer,
    attempts: Math.max(older.attempts, newer.attempts),
    timeSpentMs: Math.max(older.timeSpentMs, newer.timeSpentMs),
  };
  const best = highest(older.bestScore, newer.bestScore);
  const studiedAt = earliest(older.studiedAt, newer.studiedAt);
  const masteredAt = earliest(older.masteredAt, newer.masteredAt);
  if (best !== undefined) {
    merged.bestScore = best;
  }
  if (studiedAt !== undefined) {
    merged.studiedAt = studiedAt;
  }
  if (masteredAt !== undefined) {
    merged.masteredAt = masteredAt;
  }
  if (older.history || newer.history) {
    // Each question's last answer is the newer side's; how often it was seen, the larger count.
    const history = { ...older.history, ...newer.history };
    for (const [id, entry] of Object.entries(older.history ?? {})) {
      history[id] = { ...history[id]!, seen: Math.max(entry.seen, history[id]!.seen) };
    }
    merged.history = history;
  }
  return merged;
}

/**
 * What importing `file` writes: answers are unioned by id, attempts and review cards are taken
 * when newer, unit summaries are merged. Nothing stored is ever dropped.
 */
export function planMerge(stored: StoredProgress, file: BackupFile): MergePlan {
  const answers = file.answers.filter((a) => !stored.answerIds.has(a.id));
  const attempts = file.attempts.filter(
    (a) => (stored.attempts.get(a.id)?.updatedAt ?? -Infinity) < a.updatedAt,
  );
  const cards = file.cards.filter(
    (c) => (stored.cards.get(c.questionId)?.updatedAt ?? -Infinity) < c.updatedAt,
  );
  const units: UnitRecord[] = [];
  for (const incoming of file.units) {
    const existing = stored.units.get(incoming.unitId);
    const merged = existing ? mergeUnit(existing, incoming) : incoming;
    if (!existing || JSON.stringify(merged) !== JSON.stringify(existing)) {
      units.push(merged);
    }
  }
  return {
    answers,
    attempts,
    units,
    cards,
    changes: answers.length + attempts.length + units.length + cards.length,
  };
}
