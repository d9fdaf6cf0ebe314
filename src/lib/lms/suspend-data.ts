/**
 * `cmi.suspend_data`: the learner's progress as a short, versioned string the LMS keeps, so a
 * learner resumes in any browser. It is built on the backup format (`BackupFile`), so restoring
 * goes through the same checks as importing a backup.
 *
 * Two encodings, each starting with its version:
 * - `1F` + JSON: the backup itself, minus what is not needed, in tiers: everything; without
 *   history (answer events, finished attempts); without the review deck.
 * - `1C` + JSON: compact: unit summaries and open unit quizzes only. An open attempt is kept as
 *   its seed (which rebuilds the question and choice order from the course), its position and
 *   its answers by question index; grades are recomputed from the course on restore.
 * The first tier that fits the standard's limit is used: what resume needs is dropped last.
 * Compact always fits 4,096 characters for this course (a test builds the worst case).
 */
import type { Question } from '../content/types';
import type { BackupFile } from '../progress/backup';
import type { AttemptRecord, UnitRecord } from '../progress/records';
import type { Answer } from '../quiz/answers';
import { startAttempt, type GivenAnswer } from '../quiz/attempt';
import { grade } from '../quiz/grade';

/** Each unit's questions as the course has them, keyed by unit id. */
export type CourseQuestions = ReadonlyMap<string, readonly Question[]>;

const FULL = '1F';
const COMPACT = '1C';
/** Longer fill-in answers are cut in the compact form; no accepted answer comes near it. */
export const MAX_FILL_CHARS = 80;

type Progress = Pick<BackupFile, 'schemaVersion' | 'answers' | 'attempts' | 'units' | 'cards'>;

function full(file: Progress): string {
  return FULL + JSON.stringify(file);
}

// Compact form

type CompactAnswer = string | number | string[] | Record<string, string>;
/** [question index in the attempt, answer, seconds after the attempt started] */
type CompactGiven = [number, CompactAnswer, number];
/** [id, unit id, seed, position, startedAt, updatedAt, answers] */
type CompactAttempt = [string, string, number, number, number, number, CompactGiven[]];
/**
 * [unit id, best, last (ratio × 10,000), attempts, seconds spent, studiedAt s, masteredAt s,
 * updatedAt s, 1 when its open attempt is kept]; -1 stands for "none".
 */
type CompactUnit = [string, number, number, number, number, number, number, number, number];

const seconds = (ms: number | undefined) => (ms === undefined ? -1 : Math.round(ms / 1000));
const millis = (s: number) => (s < 0 ? undefined : s * 1000);
const tenThousandths = (ratio: number | undefined) =>
  ratio === undefined ? -1 : Math.round(ratio * 10000);
const ratio = (value: number) => (value < 0 ? undefined : value / 10000);

function compactAnswer(answer: Answer): CompactAnswer {
  switch (answer.type) {
    case 'single':
      return answer.option;
    case 'multiple':
      return answer.options;
    case 'truefalse':
      return answer.value ? 1 : 0;
    case 'fill':
      return answer.text.slice(0, MAX_FILL_CHARS);
    case 'ordering':
      return answer.order;
    case 'matching':
      return answer.pairs;
  }
}

function expandAnswer(question: Question, value: CompactAnswer): Answer | undefined {
  switch (question.type) {
    case 'single':
      return typeof value === 'string' ? { type: 'single', option: value } : undefined;
    case 'multiple':
      return Array.isArray(value) ? { type: 'multiple', options: value } : undefined;
    case 'truefalse':
      return typeof value === 'number' ? { type: 'truefalse', value: value === 1 } : undefined;
    case 'fill':
      return typeof value === 'string' ? { type: 'fill', text: value } : undefined;
    case 'ordering':
      return Array.isArray(value) ? { type: 'ordering', order: value } : undefined;
    case 'matching':
      return typeof value === 'object' && !Array.isArray(value)
        ? { type: 'matching', pairs: value }
        : undefined;
  }
}

/** Whether the course rebuilds this attempt's order from its seed (else it cannot be compacted). */
function rebuilds(attempt: AttemptRecord, course: CourseQuestions): boolean {
  const questions = course.get(attempt.unitId);
  if (!questions || attempt.questionUnits) {
    return false;
  }
  const rebuilt = startAttempt(attempt.id, attempt.unitId, questions, attempt.seed, 0);
  return (
    JSON.stringify([rebuilt.questionIds, rebuilt.choiceOrder]) ===
    JSON.stringify([attempt.questionIds, attempt.choiceOrder])
  );
}

function compact(file: Progress, course: CourseQuestions): string {
  const open = file.attempts.filter((a) => a.status === 'in-progress' && rebuilds(a, course));
  const attempts: CompactAttempt[] = open.map((a) => [
    a.id,
    a.unitId,
    a.seed,
    a.position,
    a.startedAt,
    a.updatedAt,
    a.questionIds.flatMap((id, index): CompactGiven[] => {
      const given = a.answers[id];
      return given ? [[index, compactAnswer(given.answer), seconds(given.at - a.startedAt)]] : [];
    }),
  ]);
  const openIds = new Set(open.map((a) => a.id));
  const units: CompactUnit[] = file.units.map((u) => [
    u.unitId,
    tenThousandths(u.bestScore),
    tenThousandths(u.lastScore),
    u.attempts,
    seconds(u.timeSpentMs),
    seconds(u.studiedAt),
    seconds(u.masteredAt),
    seconds(u.updatedAt),
    u.openAttemptId && openIds.has(u.openAttemptId) ? 1 : 0,
  ]);
  return COMPACT + JSON.stringify([file.schemaVersion, units, attempts]);
}

/**
 * The suspend data for `file`, at most `limit` characters when that is possible at all: the
 * fullest tier that fits. `course` must hold every unit's questions.
 */
export function encodeSuspendData(file: Progress, limit: number, course: CourseQuestions): string {
  const finishedIds = new Set(
    file.attempts.filter((a) => a.status === 'finished').map((a) => a.id),
  );
  const withoutHistory: Progress = {
    ...file,
    answers: [],
    attempts: file.attempts.filter((a) => !finishedIds.has(a.id)),
  };
  const tiers = [
    () => full(file),
    () => full(withoutHistory),
    () => full({ ...withoutHistory, cards: [] }),
    () => compact(file, course),
  ];
  let text = '';
  for (const tier of tiers) {
    text = tier();
    if (text.length <= limit) {
      return text;
    }
  }
  return text;
}

function expandAttempt(
  [id, unitId, seed, position, startedAt, updatedAt, given]: CompactAttempt,
  course: CourseQuestions,
  version: number,
): AttemptRecord | undefined {
  const questions = course.get(unitId);
  if (!questions) {
    return undefined;
  }
  const state = startAttempt(id, unitId, questions, seed, startedAt);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: Record<string, GivenAnswer> = {};
  for (const [index, value, after] of given) {
    const questionId = state.questionIds[index];
    const question = questionId === undefined ? undefined : byId.get(questionId);
    const answer = question && expandAnswer(question, value);
    if (question && answer) {
      answers[question.id] = {
        ...grade(question, answer),
        answer,
        hash: question.hash,
        at: startedAt + after * 1000,
      };
    }
  }
  return { ...state, v: version, answers, position, updatedAt };
}

function expandUnit(
  [unitId, best, last, attempts, spent, studied, mastered, updated, hasOpen]: CompactUnit,
  openAttempt: string | undefined,
  version: number,
): UnitRecord {
  const unit: UnitRecord = {
    v: version,
    unitId,
    attempts,
    timeSpentMs: millis(spent) ?? 0,
    updatedAt: updated * 1000,
  };
  const optional = {
    bestScore: ratio(best),
    lastScore: ratio(last),
    studiedAt: millis(studied),
    masteredAt: millis(mastered),
    openAttemptId: hasOpen === 1 ? openAttempt : undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) {
      Object.assign(unit, { [key]: value });
    }
  }
  return unit;
}

/** Thrown for suspend data Lectern did not write or cannot read. */
export class SuspendDataError extends Error {
  override name = 'SuspendDataError';
}

/**
 * The backup file `text` describes, to import through the progress store's own checks. Empty
 * suspend data gives undefined (a first launch).
 */
export function decodeSuspendData(
  text: string,
  course: CourseQuestions,
  exportedAt = new Date(),
): BackupFile | undefined {
  if (text === '') {
    return undefined;
  }
  const head = text.slice(0, 2);
  let body: unknown;
  try {
    body = JSON.parse(text.slice(2));
  } catch {
    throw new SuspendDataError(`suspend data is not Lectern's (${text.slice(0, 20)})`);
  }
  const base = { app: 'lectern', kind: 'progress', exportedAt: exportedAt.toISOString() } as const;
  if (head === FULL && typeof body === 'object' && body !== null) {
    return { ...base, ...(body as Progress) };
  }
  if (head === COMPACT && Array.isArray(body) && body.length === 3) {
    const [version, units, attempts] = body as [number, CompactUnit[], CompactAttempt[]];
    const open = attempts.flatMap((a) => expandAttempt(a, course, version) ?? []);
    const openByUnit = new Map(open.map((a) => [a.unitId, a.id]));
    return {
      ...base,
      schemaVersion: version,
      answers: [],
      attempts: open,
      units: units.map((u) => expandUnit(u, openByUnit.get(u[0]), version)),
      cards: [],
    };
  }
  throw new SuspendDataError(`suspend data has an unknown version (${head})`);
}
