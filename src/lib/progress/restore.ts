/**
 * The boundary between stored or imported data and the app: every record read from IndexedDB or
 * from a backup file passes a `restore…` function that checks its shape, fills defaults and
 * migrates older schema versions forward. Code behind this line trusts its types.
 *
 * A restore function throws `RecordError` with the problem; callers decide whether that means
 * "skip and count" (stored data) or "reject the whole file" (an import).
 */
import { isTextSizeSetting, isThemeSetting } from '../appearance/appearance';
import { isLocaleCode } from '../i18n/locales';
import type { Answer } from '../quiz/answers';
import type { GivenAnswer } from '../quiz/attempt';
import type { QuestionHistory } from '../quiz/pool';
import type { StoredCard } from '../review/schedule';
import { SCHEMA_VERSION } from '../study/constants';
import { V1_COURSE } from './constants';
import type {
  AnswerEvent,
  AttemptRecord,
  CardRecord,
  SettingsRecord,
  UnitRecord,
} from '../study/records';

export class RecordError extends Error {
  override name = 'RecordError';
}

type Obj = Record<string, unknown>;

function fail(problem: string): never {
  throw new RecordError(problem);
}

function object(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`${what} is not an object`);
  }
  return value as Obj;
}

function str(o: Obj, key: string): string {
  const value = o[key];
  if (typeof value !== 'string' || value === '') {
    fail(`"${key}" must be a non-empty text`);
  }
  return value;
}

function num(o: Obj, key: string): number {
  const value = o[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(`"${key}" must be a number`);
  }
  return value;
}

function optNum(o: Obj, key: string): number | undefined {
  return o[key] === undefined || o[key] === null ? undefined : num(o, key);
}

function ratio(o: Obj, key: string): number | undefined {
  const value = optNum(o, key);
  if (value !== undefined && (value < 0 || value > 1)) {
    fail(`"${key}" must be between 0 and 1`);
  }
  return value;
}

function bool(o: Obj, key: string): boolean {
  if (typeof o[key] !== 'boolean') {
    fail(`"${key}" must be true or false`);
  }
  return o[key];
}

function strings(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.some((s) => typeof s !== 'string')) {
    fail(`${what} must be a list of texts`);
  }
  return value as string[];
}

function stringMap(value: unknown, what: string): Record<string, string> {
  const o = object(value, what);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'string') {
      fail(`${what} must map texts to texts`);
    }
    out[k] = v;
  }
  return out;
}

/** The record's schema version, refused when missing or newer than this Lectern. */
function version(o: Obj, what: string): number {
  const v = o.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    fail(`${what} has no valid schema version`);
  }
  if (v > SCHEMA_VERSION) {
    fail(`${what} was written by a newer version of Lectern (schema ${v})`);
  }
  return v;
}

/** Version 1 → 2: records name their course; version 1 knew only the first course. */
function fromV1(o: Obj): Obj {
  return { ...o, course: V1_COURSE, v: 2 };
}

/**
 * Reads the version and brings the record up to `SCHEMA_VERSION`, one step per version, each
 * tested against frozen fixtures of the version it reads.
 */
function migrate(raw: unknown, what: string): Obj {
  let o = object(raw, what);
  const v = version(o, what);
  if (v === 1) {
    o = fromV1(o);
  }
  str(o, 'course');
  return { ...o, v: SCHEMA_VERSION };
}

export function restoreAnswer(raw: unknown): Answer {
  const o = object(raw, 'answer');
  switch (o.type) {
    case 'single':
      return { type: 'single', option: str(o, 'option') };
    case 'multiple':
      return { type: 'multiple', options: strings(o.options, '"options"') };
    case 'truefalse':
      return { type: 'truefalse', value: bool(o, 'value') };
    case 'fill':
      if (typeof o.text !== 'string') {
        fail('"text" must be a text');
      }
      return { type: 'fill', text: o.text };
    case 'ordering':
      return { type: 'ordering', order: strings(o.order, '"order"') };
    case 'matching':
      return { type: 'matching', pairs: stringMap(o.pairs, '"pairs"') };
    default:
      return fail(`unknown answer type ${JSON.stringify(o.type)}`);
  }
}

function restoreGiven(raw: unknown): GivenAnswer {
  const o = object(raw, 'given answer');
  const points = num(o, 'points');
  if (points < 0 || points > 1) {
    fail('"points" must be between 0 and 1');
  }
  const given: GivenAnswer = {
    answer: restoreAnswer(o.answer),
    points,
    correct: bool(o, 'correct'),
    hash: str(o, 'hash'),
    at: num(o, 'at'),
  };
  if (o.hinted === true) {
    given.hinted = true;
  }
  return given;
}

export function restoreAnswerEvent(raw: unknown): AnswerEvent {
  const o = migrate(raw, 'answer event');
  const points = num(o, 'points');
  if (points < 0 || points > 1) {
    fail('"points" must be between 0 and 1');
  }
  return {
    v: SCHEMA_VERSION,
    course: str(o, 'course'),
    id: str(o, 'id'),
    attemptId: str(o, 'attemptId'),
    unitId: str(o, 'unitId'),
    questionId: str(o, 'questionId'),
    hash: str(o, 'hash'),
    answer: restoreAnswer(o.answer),
    points,
    correct: bool(o, 'correct'),
    at: num(o, 'at'),
  };
}

export function restoreAttempt(raw: unknown): AttemptRecord {
  const o = migrate(raw, 'attempt');
  const questionIds = strings(o.questionIds, '"questionIds"');
  const choiceOrder: Record<string, string[]> = {};
  for (const [id, ids] of Object.entries(object(o.choiceOrder ?? {}, '"choiceOrder"'))) {
    choiceOrder[id] = strings(ids, `"choiceOrder.${id}"`);
  }
  const answers: Record<string, GivenAnswer> = {};
  for (const [id, given] of Object.entries(object(o.answers ?? {}, '"answers"'))) {
    answers[id] = restoreGiven(given);
  }
  const stale: Record<string, GivenAnswer> = {};
  for (const [id, given] of Object.entries(object(o.stale ?? {}, '"stale"'))) {
    stale[id] = restoreGiven(given);
  }
  const status = o.status;
  if (status !== 'in-progress' && status !== 'finished') {
    fail('"status" must be in-progress or finished');
  }
  const position = num(o, 'position');
  if (!Number.isInteger(position) || position < 0 || position > questionIds.length) {
    fail('"position" is outside the quiz');
  }
  const record: AttemptRecord = {
    v: SCHEMA_VERSION,
    course: str(o, 'course'),
    id: str(o, 'id'),
    unitId: str(o, 'unitId'),
    seed: num(o, 'seed'),
    questionIds,
    choiceOrder,
    answers,
    position,
    status,
    startedAt: num(o, 'startedAt'),
    updatedAt: num(o, 'updatedAt'),
  };
  const finishedAt = optNum(o, 'finishedAt');
  if (finishedAt !== undefined) {
    record.finishedAt = finishedAt;
  }
  if (Object.keys(stale).length > 0) {
    record.stale = stale;
  }
  if (o.questionUnits !== undefined) {
    record.questionUnits = stringMap(o.questionUnits, '"questionUnits"');
  }
  return record;
}

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
  return {
    v: SCHEMA_VERSION,
    course: str(o, 'course'),
    questionId: str(o, 'questionId'),
    unitId: str(o, 'unitId'),
    hash: str(o, 'hash'),
    card: restoreStoredCard(o.card),
    updatedAt: num(o, 'updatedAt'),
  };
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
