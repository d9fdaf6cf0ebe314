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
 *   its answers by question index; grades are recomputed from the course on restore. An open
 *   final test also keeps the ids it drew (in course order), since its draw depended on the
 *   learner's history then; its summary is one more unit row.
 * The first tier that fits the standard's limit is used: what resume needs is dropped last.
 * Compact always fits 4,096 characters for this course (a test builds the worst case).
 */
import type { Question } from '../content/types';
import type { BackupFile } from '../progress/backup';
import { isFinalTestId } from '../study/final-test';
import type { AttemptRecord, UnitRecord } from '../study/records';
import type { Answer } from '../quiz/answers';
import { startAttempt, type GivenAnswer } from '../quiz/attempt';
import { grade } from '../quiz/grade';

/** Each unit's questions as the course has them, keyed by unit id. */
export type CourseQuestions = ReadonlyMap<string, readonly Question[]>;

const FULL = '1F';
const COMPACT = '1C';
/**
 * In the compact form a typed answer keeps this many characters beyond the question's longest
 * accepted answer: enough that cutting it never changes its grade, short enough to fit.
 */
export const FILL_MARGIN = 16;

/** How much of a typed answer to `question` the compact form keeps. */
export function fillKeep(question: Question): number {
  const longest =
    question.type === 'fill' ? Math.max(0, ...question.answers.map((a) => a.length)) : 0;
  return longest + FILL_MARGIN;
}

type Progress = Pick<
  BackupFile,
  'schemaVersion' | 'course' | 'answers' | 'attempts' | 'units' | 'cards'
>;

function full({ schemaVersion, course, answers, attempts, units, cards }: Progress): string {
  return FULL + JSON.stringify({ schemaVersion, course, answers, attempts, units, cards });
}

// Compact form

/**
 * One answer: an id, ids joined by commas (content ids never hold one), `left:right` pairs, 1 or
 * 0 for true or false, or the text typed; null for a question not answered yet.
 */
type CompactAnswer = string | number | null;
/**
 * [id, unit id, seed, position, startedAt s, updatedAt s, answers in the attempt's order], and
 * for a final test the drawn question ids in course order, joined by commas.
 */
type CompactAttempt = [string, string, number, number, number, number, CompactAnswer[], string?];
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

function compactAnswer(answer: Answer, question: Question | undefined): CompactAnswer {
  switch (answer.type) {
    case 'single':
      return answer.option;
    case 'multiple':
      return answer.options.join(',');
    case 'truefalse':
      return answer.value ? 1 : 0;
    case 'fill':
      return question ? answer.text.slice(0, fillKeep(question)) : answer.text;
    case 'ordering':
      return answer.order.join(',');
    case 'matching':
      return Object.entries(answer.pairs)
        .map(([left, right]) => `${left}:${right}`)
        .join(',');
  }
}

const ids = (text: string) => (text === '' ? [] : text.split(','));

function expandAnswer(question: Question, value: CompactAnswer): Answer | undefined {
  if (question.type === 'truefalse') {
    return typeof value === 'number' ? { type: 'truefalse', value: value === 1 } : undefined;
  }
  if (typeof value !== 'string') {
    return undefined;
  }
  switch (question.type) {
    case 'single':
      return { type: 'single', option: value };
    case 'multiple':
      return { type: 'multiple', options: ids(value) };
    case 'fill':
      return { type: 'fill', text: value };
    case 'ordering':
      return { type: 'ordering', order: ids(value) };
    case 'matching':
      return {
        type: 'matching',
        pairs: Object.fromEntries(ids(value).map((pair) => pair.split(':') as [string, string])),
      };
  }
}

/** Every question of the course in course order, with its unit. */
function allQuestions(course: CourseQuestions): { question: Question; unitId: string }[] {
  return [...course].flatMap(([unitId, questions]) =>
    questions.map((question) => ({ question, unitId })),
  );
}

/**
 * The questions an attempt was started with, in the order they were given: a unit's bank, or
 * for a final test the drawn ones in course order. Undefined when the course lacks one of them.
 */
function startQuestions(
  unitId: string,
  course: CourseQuestions,
  drawnIds?: readonly string[],
): { question: Question; unitId: string }[] | undefined {
  if (drawnIds === undefined) {
    return course.get(unitId)?.map((question) => ({ question, unitId }));
  }
  const wanted = new Set(drawnIds);
  const found = allQuestions(course).filter(({ question }) => wanted.has(question.id));
  return found.length === wanted.size ? found : undefined;
}

/** A final test's drawn ids, in course order; undefined for any other attempt. */
function drawnIdsOf(attempt: AttemptRecord, course: CourseQuestions): string[] | undefined {
  if (!isFinalTestId(attempt.unitId)) {
    return undefined;
  }
  const asked = new Set(attempt.questionIds);
  return allQuestions(course)
    .filter(({ question }) => asked.has(question.id))
    .map(({ question }) => question.id);
}

/** Whether the course rebuilds this attempt's order from its seed (else it cannot be compacted). */
function rebuilds(attempt: AttemptRecord, course: CourseQuestions): boolean {
  if (attempt.questionUnits && !isFinalTestId(attempt.unitId)) {
    return false;
  }
  const started = startQuestions(attempt.unitId, course, drawnIdsOf(attempt, course));
  if (!started) {
    return false;
  }
  const questions = started.map(({ question }) => question);
  const rebuilt = startAttempt(attempt.id, attempt.unitId, questions, attempt.seed, 0);
  return (
    JSON.stringify([rebuilt.questionIds, rebuilt.choiceOrder]) ===
    JSON.stringify([attempt.questionIds, attempt.choiceOrder])
  );
}

/** Unanswered questions at the end need no place. */
function trimNulls(list: CompactAnswer[]): CompactAnswer[] {
  let end = list.length;
  while (end > 0 && list[end - 1] === null) {
    end -= 1;
  }
  return list.slice(0, end);
}

function compact(file: Progress, course: CourseQuestions): string {
  const open = file.attempts.filter((a) => a.status === 'in-progress' && rebuilds(a, course));
  const attempts: CompactAttempt[] = open.map((a) => {
    const drawnIds = drawnIdsOf(a, course);
    const byId = new Map(
      startQuestions(a.unitId, course, drawnIds)?.map(({ question }) => [question.id, question]),
    );
    const answers = a.questionIds.map((id) => {
      const given = a.answers[id];
      return given ? compactAnswer(given.answer, byId.get(id)) : null;
    });
    const row: CompactAttempt = [
      a.id,
      a.unitId,
      a.seed,
      a.position,
      seconds(a.startedAt),
      seconds(a.updatedAt),
      trimNulls(answers),
    ];
    if (drawnIds) {
      row.push(drawnIds.join(','));
    }
    return row;
  });
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
  [id, unitId, seed, position, startedAt, updatedAt, given, drawn]: CompactAttempt,
  course: CourseQuestions,
  version: number,
  courseId: string,
): AttemptRecord | undefined {
  const started = startQuestions(unitId, course, drawn === undefined ? undefined : ids(drawn));
  if (!started) {
    return undefined;
  }
  const questions = started.map(({ question }) => question);
  const state = startAttempt(id, unitId, questions, seed, startedAt * 1000);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: Record<string, GivenAnswer> = {};
  given.forEach((value, index) => {
    const questionId = state.questionIds[index];
    const question = questionId === undefined ? undefined : byId.get(questionId);
    const answer = question && value !== null ? expandAnswer(question, value) : undefined;
    if (question && answer) {
      // When each answer was given is history: the attempt's last change stands for all.
      answers[question.id] = {
        ...grade(question, answer),
        answer,
        hash: question.hash,
        at: updatedAt * 1000,
      };
    }
  });
  const attempt: AttemptRecord = {
    ...state,
    v: version,
    course: courseId,
    answers,
    position,
    updatedAt: updatedAt * 1000,
  };
  if (drawn !== undefined) {
    attempt.questionUnits = Object.fromEntries(
      started.map(({ question, unitId: from }) => [question.id, from]),
    );
  }
  return attempt;
}

function expandUnit(
  [unitId, best, last, attempts, spent, studied, mastered, updated, hasOpen]: CompactUnit,
  openAttempt: string | undefined,
  version: number,
  courseId: string,
): UnitRecord {
  const unit: UnitRecord = {
    v: version,
    course: courseId,
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
 * suspend data gives undefined (a first launch). `courseId` is the course the package holds.
 */
export function decodeSuspendData(
  text: string,
  course: CourseQuestions,
  courseId: string,
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
    // A full tier names its course; the package's course is the one it can only be.
    return { ...base, ...(body as Progress), course: courseId };
  }
  if (head === COMPACT && Array.isArray(body) && body.length === 3) {
    const [version, units, attempts] = body as [number, CompactUnit[], CompactAttempt[]];
    const open = attempts.flatMap((a) => expandAttempt(a, course, version, courseId) ?? []);
    const openByUnit = new Map(open.map((a) => [a.unitId, a.id]));
    return {
      ...base,
      schemaVersion: version,
      course: courseId,
      answers: [],
      attempts: open,
      units: units.map((u) => expandUnit(u, openByUnit.get(u[0]), version, courseId)),
      cards: [],
    };
  }
  throw new SuspendDataError(`suspend data has an unknown version (${head})`);
}
