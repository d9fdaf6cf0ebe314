/**
 * Question pools: a unit quiz asks a fixed number of questions drawn from the unit's whole bank,
 * so a retry is a new test rather than the same questions remembered. The draw covers the unit
 * (one question per source paragraph before any paragraph gets a second, as far as the size
 * allows) and favours what the learner most needs: questions never seen, then questions last
 * missed, then the rest. It is deterministic for a seed, so an attempt that stores its seed and
 * drawn ids resumes as it was. Pure: it knows nothing of storage or Svelte; the caller builds the
 * history from saved answers.
 */
import type { Question } from '../content/types';
import { seededRandom, shuffled } from './random';

export const QUIZ_SIZE = 10;

/** What the pool needs to know of one question's past: how often asked, and the last verdict. */
export interface QuestionHistory {
  seen: number;
  /** Absent when the question was never answered. */
  lastCorrect?: boolean;
}

/** Question id to its history; a question missing here has never been seen. */
export type PoolHistory = Readonly<Record<string, QuestionHistory | undefined>>;

/** The fields of a question the draw reads. */
export type PoolQuestion = Pick<Question, 'id' | 'source' | 'type'>;

/** Lower comes first: never seen, then last missed, then the rest. */
function need(history: QuestionHistory | undefined): number {
  if (history === undefined || history.seen === 0) {
    return 0;
  }
  return history.lastCorrect === false ? 1 : 2;
}

/**
 * `size` question ids from `questions` (all of them when the bank is no bigger), in the bank's
 * order; the quiz shuffles them itself. Within one level of need the seed decides.
 */
export function drawQuiz(
  questions: readonly PoolQuestion[],
  history: PoolHistory,
  size: number = QUIZ_SIZE,
  seed: number,
): string[] {
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(`A quiz size is a whole number of 0 or more, got ${size}`);
  }
  if (questions.length <= size) {
    return questions.map((question) => question.id);
  }
  // Shuffle first, then a stable sort by need: ties fall in the seed's order.
  const ranked = shuffled(questions, seededRandom(seed)).sort(
    (a, b) => need(history[a.id]) - need(history[b.id]),
  );
  const chosen = new Set<string>();
  // The best-ranked question of each paragraph, paragraphs taken in the order of that question.
  const coveredParagraphs = new Set<string>();
  for (const question of ranked) {
    if (chosen.size === size) {
      break;
    }
    if (!coveredParagraphs.has(question.source.paragraph)) {
      coveredParagraphs.add(question.source.paragraph);
      chosen.add(question.id);
    }
  }
  // Then one of each kind of question the bank has: a quiz of ten single choices tests less.
  const coveredTypes = new Set(
    questions.filter((question) => chosen.has(question.id)).map((question) => question.type),
  );
  for (const question of ranked) {
    if (chosen.size === size) {
      break;
    }
    if (!coveredTypes.has(question.type)) {
      coveredTypes.add(question.type);
      chosen.add(question.id);
    }
  }
  for (const question of ranked) {
    if (chosen.size === size) {
      break;
    }
    chosen.add(question.id);
  }
  return questions.filter((question) => chosen.has(question.id)).map((question) => question.id);
}
