/**
 * Grading: the one place that decides how right an answer is. Components never grade.
 *
 * Scoring rule, one point per question:
 * - single choice, true/false, fill in the blank: 1 or 0. A typed answer with one forgiven slip
 *   in a long word (see `typed.ts`) earns the point.
 * - multiple select: (right options chosen − wrong options chosen) ÷ right options, never below 0.
 * - ordering: the share of items standing in their right place.
 * - matching: the share of left items matched to their right partner.
 * An answer is `correct` only with the full point.
 *
 * An answer that does not fit its question (another type, an option id the question does not
 * have, an ordering that is not a permutation) is a programming or data error: it throws
 * `AnswerError` and is never counted.
 */
import type { Choice, Question } from '../content/types';
import type { Answer, Grade } from './answers';
import { matchTyped } from './typed';

export class AnswerError extends Error {
  override name = 'AnswerError';
}

export function grade(question: Question, answer: Answer): Grade {
  if (answer.type !== question.type) {
    throw new AnswerError(
      `Question ${question.id} is ${question.type}, the answer is ${answer.type}`,
    );
  }
  const points = pointsFor(question, answer);
  return { points, correct: points === 1 };
}

function pointsFor(question: Question, answer: Answer): number {
  switch (question.type) {
    case 'single': {
      const { option } = answer as Extract<Answer, { type: 'single' }>;
      requireIds(question.id, question.options, [option]);
      return option === question.answer ? 1 : 0;
    }
    case 'multiple': {
      const { options } = answer as Extract<Answer, { type: 'multiple' }>;
      requireIds(question.id, question.options, options);
      requireDistinct(question.id, options);
      const right = options.filter((id) => question.answer.includes(id)).length;
      const wrong = options.length - right;
      return Math.max(0, (right - wrong) / question.answer.length);
    }
    case 'truefalse': {
      const { value } = answer as Extract<Answer, { type: 'truefalse' }>;
      return value === question.answer ? 1 : 0;
    }
    case 'fill': {
      const { text } = answer as Extract<Answer, { type: 'fill' }>;
      return matchTyped(text, question.answers).kind === 'none' ? 0 : 1;
    }
    case 'ordering': {
      const { order } = answer as Extract<Answer, { type: 'ordering' }>;
      requireIds(question.id, question.items, order);
      requireDistinct(question.id, order);
      if (order.length !== question.items.length) {
        throw new AnswerError(
          `Ordering for ${question.id} must place all ${question.items.length} items`,
        );
      }
      const inPlace = order.filter((id, i) => question.answer[i] === id).length;
      return inPlace / order.length;
    }
    case 'matching': {
      const { pairs } = answer as Extract<Answer, { type: 'matching' }>;
      requireIds(question.id, question.left, Object.keys(pairs));
      requireIds(question.id, question.right, Object.values(pairs));
      const matched = question.left.filter((l) => pairs[l.id] === question.answer[l.id]).length;
      return matched / question.left.length;
    }
  }
}

function requireIds(questionId: string, choices: readonly Choice[], ids: readonly string[]): void {
  for (const id of ids) {
    if (!choices.some((c) => c.id === id)) {
      throw new AnswerError(`Question ${questionId} has no choice "${id}"`);
    }
  }
}

function requireDistinct(questionId: string, ids: readonly string[]): void {
  if (new Set(ids).size !== ids.length) {
    throw new AnswerError(`Answer to ${questionId} names a choice twice`);
  }
}

/** Whether the learner has given enough to check: something chosen, typed or placed. */
export function isAnswerGiven(answer: Answer | undefined): answer is Answer {
  if (!answer) {
    return false;
  }
  switch (answer.type) {
    case 'single':
    case 'truefalse':
    case 'ordering':
      return true;
    case 'multiple':
      return answer.options.length > 0;
    case 'fill':
      return answer.text.trim() !== '';
    case 'matching':
      return Object.keys(answer.pairs).length > 0;
  }
}
