// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isDue } from '../../../src/lib/review/due';
import { newCard, reviewCard, type StoredCard } from '../../../src/lib/review/schedule';

const NOW = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A card reviewed right each time it came due. */
function reviewedRight(times: number): StoredCard {
  let card = reviewCard(newCard(NOW), true, NOW);
  for (let i = 1; i < times; i++) {
    card = reviewCard(card, true, card.due);
  }
  return card;
}

describe('newCard: a question just missed', () => {
  it('is due at once', () => {
    const card = newCard(NOW);
    expect(card.due).toBe(NOW);
    expect(isDue(card, NOW)).toBe(true);
  });

  it('has not been reviewed yet', () => {
    const card = newCard(NOW);
    expect(card.reps).toBe(0);
    expect(card.lapses).toBe(0);
    expect(card.last_review).toBeUndefined();
  });

  it('stores its dates as plain numbers that survive JSON', () => {
    const card = newCard(NOW);
    expect(typeof card.due).toBe('number');
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe('reviewCard', () => {
  it('pushes the card into the future after a right answer', () => {
    const card = reviewCard(newCard(NOW), true, NOW);
    expect(card.due).toBeGreaterThan(NOW);
    expect(isDue(card, NOW)).toBe(false);
  });

  it('brings the card back sooner after a wrong answer than after a right one', () => {
    const right = reviewCard(newCard(NOW), true, NOW);
    const wrong = reviewCard(newCard(NOW), false, NOW);
    expect(wrong.due).toBeLessThan(right.due);
    expect(wrong.due - NOW).toBeLessThanOrEqual(10 * MINUTE);
  });

  it('records the review', () => {
    const card = reviewCard(newCard(NOW), true, NOW + MINUTE);
    expect(card.reps).toBe(1);
    expect(card.last_review).toBe(NOW + MINUTE);
  });

  it('spaces the card further out with every right answer', () => {
    const once = reviewedRight(1);
    const twice = reviewedRight(2);
    const thrice = reviewedRight(3);
    const gap = (card: StoredCard) => card.due - card.last_review!;
    expect(gap(twice)).toBeGreaterThan(gap(once));
    expect(gap(thrice)).toBeGreaterThan(gap(twice));
    expect(gap(thrice)).toBeGreaterThanOrEqual(DAY);
  });

  it('brings a card the learner knew back within the day when it is missed, counting a lapse', () => {
    const known = reviewedRight(3);
    const missed = reviewCard(known, false, known.due);
    expect(missed.due - known.due).toBeLessThan(DAY);
    expect(missed.lapses).toBe(known.lapses + 1);
  });

  it('reviews a card read back from storage just as the original', () => {
    const card = reviewedRight(2);
    const stored = JSON.parse(JSON.stringify(card)) as StoredCard;
    expect(reviewCard(stored, true, card.due).due).toBe(reviewCard(card, true, card.due).due);
  });

  it('leaves the card it was given unchanged', () => {
    const card = newCard(NOW);
    const before = { ...card };
    reviewCard(card, true, NOW);
    expect(card).toEqual(before);
  });
});

describe('isDue', () => {
  const card = reviewCard(newCard(NOW), true, NOW);

  it('is not due before its time', () => {
    expect(isDue(card, card.due - 1)).toBe(false);
  });

  it('is due at its time and after', () => {
    expect(isDue(card, card.due)).toBe(true);
    expect(isDue(card, card.due + DAY)).toBe(true);
  });
});
