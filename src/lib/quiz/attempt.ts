/**
 * An attempt at a quiz as plain, saveable data, and the pure steps that move it on. The progress
 * module stores it after every step; a restored attempt shows the same order and answers.
 */
import type { Question } from '../content/types';
import type { Answer, Grade } from './answers';
import { grade } from './grade';
import { seededRandom, shuffled } from './random';

/** A quiz is passed at 80% of the points; the one place this number lives. */
export const PASS_MARK = 0.8;

export interface GivenAnswer extends Grade {
  answer: Answer;
  /** The question's content hash when answered; a different hash now makes the answer stale. */
  hash: string;
  at: number;
}

export interface AttemptState {
  id: string;
  /** The unit quizzed, or `review` for a mistakes review across units. */
  unitId: string;
  seed: number;
  questionIds: string[];
  /** For each question, its options, items or right-hand choices in the shuffled order shown. */
  choiceOrder: Record<string, string[]>;
  answers: Record<string, GivenAnswer>;
  /** Index into `questionIds` of the question on screen. */
  position: number;
  status: 'in-progress' | 'finished';
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
}

export interface Score {
  points: number;
  total: number;
  /** points ÷ total, 0 for an empty quiz. */
  ratio: number;
  passed: boolean;
}

/** Starts an attempt: questions and their choices shuffled by `seed`. */
export function startAttempt(
  id: string,
  unitId: string,
  questions: readonly Question[],
  seed: number,
  now: number,
): AttemptState {
  const random = seededRandom(seed);
  const order = shuffled(questions, random);
  const choiceOrder: Record<string, string[]> = {};
  for (const q of order) {
    const ids = shuffledChoiceIds(q, random);
    if (ids) {
      choiceOrder[q.id] = ids;
    }
  }
  return {
    id,
    unitId,
    seed,
    questionIds: order.map((q) => q.id),
    choiceOrder,
    answers: {},
    position: 0,
    status: 'in-progress',
    startedAt: now,
    updatedAt: now,
  };
}

function shuffledChoiceIds(question: Question, random: () => number): string[] | undefined {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return shuffled(question.options, random).map((c) => c.id);
    case 'matching':
      return shuffled(question.right, random).map((c) => c.id);
    case 'ordering': {
      const ids = shuffled(question.items, random).map((c) => c.id);
      // An ordering shown already solved teaches nothing: turn it once more.
      return ids.join() === question.answer.join() ? [...ids.slice(1), ids[0]!] : ids;
    }
    default:
      return undefined;
  }
}

export function currentQuestionId(attempt: AttemptState): string | undefined {
  return attempt.questionIds[attempt.position];
}

/** Grades and records the answer to the current question. Throws `AnswerError` on a misfit. */
export function answerCurrent(
  attempt: AttemptState,
  question: Question,
  answer: Answer,
  now: number,
): AttemptState {
  if (attempt.status !== 'in-progress' || currentQuestionId(attempt) !== question.id) {
    throw new Error(`Question ${question.id} is not the one being asked in attempt ${attempt.id}`);
  }
  if (attempt.answers[question.id]) {
    return attempt;
  }
  const given: GivenAnswer = { ...grade(question, answer), answer, hash: question.hash, at: now };
  return { ...attempt, answers: { ...attempt.answers, [question.id]: given }, updatedAt: now };
}

/** Moves past an answered question; after the last one the attempt is finished. */
export function advance(attempt: AttemptState, now: number): AttemptState {
  const id = currentQuestionId(attempt);
  if (attempt.status !== 'in-progress' || !id || !attempt.answers[id]) {
    return attempt;
  }
  const position = attempt.position + 1;
  if (position < attempt.questionIds.length) {
    return { ...attempt, position, updatedAt: now };
  }
  return { ...attempt, position, status: 'finished', updatedAt: now, finishedAt: now };
}

/**
 * The attempt as today's content sees it: questions since removed from the course drop out;
 * an answer to a question whose hash changed no longer counts (`staleAnswers` keeps it shown).
 */
export function reconcile(
  attempt: AttemptState,
  questions: ReadonlyMap<string, Question>,
): { attempt: AttemptState; staleAnswers: Record<string, GivenAnswer> } {
  const current = currentQuestionId(attempt);
  const questionIds = attempt.questionIds.filter((id) => questions.has(id));
  const answers: Record<string, GivenAnswer> = {};
  const staleAnswers: Record<string, GivenAnswer> = {};
  for (const [id, given] of Object.entries(attempt.answers)) {
    const question = questions.get(id);
    if (question && question.hash === given.hash) {
      answers[id] = given;
    } else {
      staleAnswers[id] = given;
    }
  }
  let position = current ? questionIds.indexOf(current) : questionIds.length;
  if (position < 0) {
    position = questionIds.findIndex((id) => !answers[id]);
  }
  if (attempt.status === 'in-progress') {
    // A stale answer before the current question is asked again.
    const firstOpen = questionIds.findIndex((id) => !answers[id]);
    if (firstOpen >= 0 && (position < 0 || firstOpen < position)) {
      position = firstOpen;
    }
  }
  if (position < 0) {
    position = questionIds.length;
  }
  return { attempt: { ...attempt, questionIds, answers, position }, staleAnswers };
}

export function scoreOf(attempt: AttemptState): Score {
  const total = attempt.questionIds.length;
  const points = attempt.questionIds.reduce(
    (sum, id) => sum + (attempt.answers[id]?.points ?? 0),
    0,
  );
  const ratio = total === 0 ? 0 : points / total;
  return { points, total, ratio, passed: total > 0 && ratio >= PASS_MARK - 1e-9 };
}
