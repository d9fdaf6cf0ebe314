/**
 * The boundary between stored or imported data and the app: every record read from IndexedDB or
 * from a backup file passes a `restore…` function that checks its shape, fills defaults and
 * migrates older schema versions forward. Code behind this line trusts its types.
 *
 * A restore function throws `RecordError` with the problem; callers decide whether that means
 * "skip and count" (stored data) or "reject the whole file" (an import). Answers and attempts
 * restore in `restore-attempt.ts`, which the progress store loads only when it reads them.
 */
import { isTextSizeSetting, isThemeSetting } from '../appearance/appearance';
import { isLocaleCode } from '../i18n/locales';
import type { QuestionHistory } from '../quiz/pool';
import type { StoredCard } from '../review/schedule';
import { SCHEMA_VERSION } from '../study/constants';
import type { CardRecord, SettingsRecord, UnitRecord } from '../study/records';
import { bool, fail, migrate, num, object, optNum, ratio, str, version } from './restore-fields';

export { RecordError } from './restore-fields';

function restoreHistory(raw: unknown): Record<string, QuestionHistory> {
  const out: Record<string, QuestionHistory> = {};
  for (const [id, value] of Object.entries(object(raw, '"history"'))) {
    const entry = object(value, `"history.${id}"`);
    const seen = num(entry, 'seen');
    if (!Number.isInteger(seen) || seen < 0) {
      fail(`"history.${id}.seen" must be a whole number`);
    }
    out[id] =
      entry.lastCorrect === undefined
        ? { seen }
        : { seen, lastCorrect: bool(entry, 'lastCorrect') };
  }
  return out;
}

export function restoreUnit(raw: unknown): UnitRecord {
  const o = migrate(raw, 'unit summary');
  const record: UnitRecord = {
    v: SCHEMA_VERSION,
    course: str(o, 'course'),
    unitId: str(o, 'unitId'),
    attempts: optNum(o, 'attempts') ?? 0,
    timeSpentMs: optNum(o, 'timeSpentMs') ?? 0,
    updatedAt: num(o, 'updatedAt'),
  };
  const studiedAt = optNum(o, 'studiedAt');
  const bestScore = ratio(o, 'bestScore');
  const lastScore = ratio(o, 'lastScore');
  const masteredAt = optNum(o, 'masteredAt');
  if (studiedAt !== undefined) {
    record.studiedAt = studiedAt;
  }
  if (bestScore !== undefined) {
    record.bestScore = bestScore;
  }
  if (lastScore !== undefined) {
    record.lastScore = lastScore;
  }
  if (masteredAt !== undefined) {
    record.masteredAt = masteredAt;
  }
  if (typeof o.openAttemptId === 'string' && o.openAttemptId !== '') {
    record.openAttemptId = o.openAttemptId;
  }
  if (o.history !== undefined) {
    record.history = restoreHistory(o.history);
  }
  return record;
}

function restoreStoredCard(raw: unknown): StoredCard {
  const o = object(raw, 'card');
  const card: StoredCard = {
    due: num(o, 'due'),
    stability: num(o, 'stability'),
    difficulty: num(o, 'difficulty'),
    elapsed_days: num(o, 'elapsed_days'),
    scheduled_days: num(o, 'scheduled_days'),
    learning_steps: optNum(o, 'learning_steps') ?? 0,
    reps: num(o, 'reps'),
    lapses: num(o, 'lapses'),
    state: num(o, 'state'),
  };
  const last = optNum(o, 'last_review');
  if (last !== undefined) {
    card.last_review = last;
  }
  return card;
}

export function restoreCard(raw: unknown): CardRecord {
  const o = migrate(raw, 'review card');
  const record: CardRecord = {
    v: SCHEMA_VERSION,
    course: str(o, 'course'),
    questionId: str(o, 'questionId'),
    unitId: str(o, 'unitId'),
    hash: str(o, 'hash'),
    card: restoreStoredCard(o.card),
    updatedAt: num(o, 'updatedAt'),
  };
  // Absent on question cards, as on every card stored before key-term flashcards.
  if (o.kind === 'term') {
    record.kind = 'term';
  } else if (o.kind !== undefined && o.kind !== 'question') {
    fail('"kind" must be "question" or "term"');
  }
  return record;
}

export function defaultSettings(): SettingsRecord {
  return { v: SCHEMA_VERSION, persistRequested: false, updatedAt: 0 };
}

export function restoreSettings(raw: unknown): SettingsRecord {
  // Settings belong to the learner, not to a course: they carry no course to migrate.
  const o = object(raw, 'settings');
  version(o, 'settings');
  const settings: SettingsRecord = {
    ...defaultSettings(),
    persistRequested: o.persistRequested === true,
    updatedAt: optNum(o, 'updatedAt') ?? 0,
  };
  // Older records have neither; an unknown value is dropped, so the default applies.
  if (isThemeSetting(o.theme)) {
    settings.theme = o.theme;
  }
  if (isTextSizeSetting(o.textSize)) {
    settings.textSize = o.textSize;
  }
  if (isLocaleCode(o.locale)) {
    settings.locale = o.locale;
  }
  const name = learnerNameOf(o.learnerName);
  if (name !== undefined) {
    settings.learnerName = name;
  }
  return settings;
}

/** A name is at most this long: it has to fit one line of the completion record. */
export const MAX_LEARNER_NAME = 80;

/**
 * The learner's name as stored: trimmed, inner runs of spaces made one, at most
 * `MAX_LEARNER_NAME` characters; undefined for anything else (not text, or nothing but spaces).
 */
export function learnerNameOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') {
    return undefined;
  }
  const name = raw.trim().replace(/\s+/g, ' ');
  return name === '' ? undefined : [...name].slice(0, MAX_LEARNER_NAME).join('');
}
