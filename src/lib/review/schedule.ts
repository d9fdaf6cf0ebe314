/**
 * Spaced repetition of missed questions, with ts-fsrs doing the scheduling (no scheduler of our
 * own). Cards are stored as plain numbers, so they survive JSON and IndexedDB unchanged.
 */
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';

/** A ts-fsrs card with its dates as epoch milliseconds. */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: number;
}

const scheduler = fsrs();

function toStored(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  const stored: StoredCard = { ...rest, due: due.getTime() };
  if (last_review) {
    stored.last_review = last_review.getTime();
  }
  return stored;
}

/** A new card for a question just missed: due at once. */
export function newCard(now: number): StoredCard {
  return toStored(createEmptyCard(new Date(now)));
}

/** The card after a review: a right answer pushes it out, a wrong one brings it back soon. */
export function reviewCard(card: StoredCard, correct: boolean, now: number): StoredCard {
  const next = scheduler.next(
    { ...card, due: card.due, last_review: card.last_review ?? null },
    new Date(now),
    correct ? Rating.Good : Rating.Again,
  );
  return toStored(next.card);
}
