/**
 * An attempt at a quiz as plain, saveable data, and the pure steps that move it on. The progress
 * module stores it after every step; a restored attempt shows the same order and answers.
 */
import type { Question } from '../content/types';
import type { Answer, Grade } from './answers';
import { grade } from './grade';
import { seededRandom, shuffled } from './random';

import { PASS_MARK } from './pass-mark';

export { PASS_MARK };

/** The attempt moved on elsewhere (another tab, a content update): reload it and carry on. */
export class AttemptConflict extends Error {
  override name = 'AttemptConflict';
}

export interface GivenAnswer extends Grade {
  answer: Answer;
  /** The question's content hash when answered; a different hash now makes the answer stale. */
  hash: string;
  at: number;
  /** The learner asked for the hint before answering. */
  hinted?: boolean;
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
  /** Answers to questions that have changed since: kept and shown, never counted. */
  stale?: Record<string, GivenAnswer>;
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
    throw new AttemptConflict(
      `Question ${question.id} is not the one being asked in attempt ${attempt.id}`,
    );
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
 * The attempt as today's content sees it: questions since removed from the course drop out, and
 * an answer to a question whose hash changed no longer counts. Such answers are kept, marked
 * stale, in `stale`; an attempt in progress asks those questions again. `changed` says whether
 * anything differs from the stored attempt, so the caller can save the reconciled one.
 */
export function reconcile(
  attempt: AttemptState,
  questions: ReadonlyMap<string, Question>,
): { attempt: AttemptState; staleAnswers: Record<string, GivenAnswer>; changed: boolean } {
  const current = currentQuestionId(attempt);
  const questionIds = attempt.questionIds.filter((id) => questions.has(id));
  const answers: Record<string, GivenAnswer> = {};
  const staleAnswers: Record<string, GivenAnswer> = { ...attempt.stale };
  for (const [id, given] of Object.entries(attempt.answers)) {
    if (questions.get(id)?.hash === given.hash) {
      answers[id] = given;
    } else {
      staleAnswers[id] = given;
    }
  }
  let position = current ? questionIds.indexOf(current) : questionIds.length;
  let status = attempt.status;
  let finishedAt = attempt.finishedAt;
  if (status === 'in-progress') {
    const firstOpen = questionIds.findIndex((id) => !answers[id]);
    const currentStands = position >= 0 && answers[current!] !== undefined;
    // The question on screen stays (even answered, awaiting Next); otherwise the first open one.
    if (!currentStands || (firstOpen >= 0 && firstOpen < position)) {
      position = firstOpen;
    }
    if (position < 0) {
      // Nothing is left to ask: the attempt is complete.
      position = questionIds.length;
      status = 'finished';
      finishedAt = attempt.updatedAt;
    }
  } else {
    position = questionIds.length;
  }
  const reconciled: AttemptState = { ...attempt, questionIds, answers, position, status };
  if (finishedAt !== undefined) {
    reconciled.finishedAt = finishedAt;
  }
  if (Object.keys(staleAnswers).length > 0) {
    reconciled.stale = staleAnswers;
  }
  const changed =
    questionIds.length !== attempt.questionIds.length ||
    Object.keys(answers).length !== Object.keys(attempt.answers).length ||
    position !== attempt.position ||
    status !== attempt.status;
  return { attempt: reconciled, staleAnswers, changed };
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
