/**
 * What one review session asks: at most `REVIEW_SESSION_SIZE` cards, the most overdue first, so a
 * long backlog comes in short sittings and the oldest mistakes are never starved by new ones.
 * Generic over the record around the card; no storage, no clock of its own.
 */
import { isDue } from './due';
import type { StoredCard } from './schedule';

export const REVIEW_SESSION_SIZE = 10;

export interface Slice<T> {
  /** The cards to ask now, most overdue first. */
  batch: T[];
  /** How many more are due after this batch. */
  remaining: number;
}

/**
 * The next session's cards among `records`: those due at `now`, earliest due first (ties by
 * `idOf`, so two tabs ask the same cards in the same order).
 */
export function dueSlice<T extends { card: StoredCard }>(
  records: readonly T[],
  now: number,
  idOf: (record: T) => string,
  size = REVIEW_SESSION_SIZE,
): Slice<T> {
  const due = records
    .filter((record) => isDue(record.card, now))
    .sort((a, b) => a.card.due - b.card.due || compareText(idOf(a), idOf(b)));
  return { batch: due.slice(0, size), remaining: Math.max(0, due.length - size) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
