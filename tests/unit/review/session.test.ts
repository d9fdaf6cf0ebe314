// @vitest-environment node
/**
 * Review sessions: at most ten cards, the due ones only, the most overdue first, with the count of
 * those left for the next session.
 */
import { describe, expect, it } from 'vitest';
import { newCard } from '../../../src/lib/review/schedule';
import { dueSlice, REVIEW_SESSION_SIZE } from '../../../src/lib/review/session';

const NOW = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;

/** A card named `id` due `minutesAgo` minutes before NOW (negative: not yet due). */
const card = (id: string, minutesAgo: number) => ({ id, card: newCard(NOW - minutesAgo * MINUTE) });
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe('dueSlice', () => {
  it('asks ten at a time', () => {
    expect(REVIEW_SESSION_SIZE).toBe(10);
  });

  const cases: {
    name: string;
    cards: ReturnType<typeof card>[];
    size?: number;
    batch: string[];
    remaining: number;
  }[] = [
    { name: 'an empty deck', cards: [], batch: [], remaining: 0 },
    {
      name: 'only cards not due yet',
      cards: [card('a', -5), card('b', -60)],
      batch: [],
      remaining: 0,
    },
    {
      name: 'the most overdue first, leaving out those not due',
      cards: [card('new', 1), card('later', -1), card('old', 300), card('mid', 60)],
      batch: ['old', 'mid', 'new'],
      remaining: 0,
    },
    {
      name: 'equal due times in id order',
      cards: [card('c', 5), card('a', 5), card('b', 5)],
      batch: ['a', 'b', 'c'],
      remaining: 0,
    },
    {
      name: 'exactly a full session',
      cards: Array.from({ length: 10 }, (_, i) => card(`q${i}`, i)),
      batch: ['q9', 'q8', 'q7', 'q6', 'q5', 'q4', 'q3', 'q2', 'q1', 'q0'],
      remaining: 0,
    },
    {
      name: 'more than a session: the ten oldest now, the rest counted',
      cards: Array.from({ length: 13 }, (_, i) => card(`q${String(i).padStart(2, '0')}`, i)),
      batch: ['q12', 'q11', 'q10', 'q09', 'q08', 'q07', 'q06', 'q05', 'q04', 'q03'],
      remaining: 3,
    },
    {
      name: 'a smaller size',
      cards: [card('a', 3), card('b', 2), card('c', 1)],
      size: 2,
      batch: ['a', 'b'],
      remaining: 1,
    },
  ];

  it.each(cases)('$name', ({ cards, size, batch, remaining }) => {
    const slice = dueSlice(cards, NOW, (c) => c.id, size);
    expect(ids(slice.batch)).toEqual(batch);
    expect(slice.remaining).toBe(remaining);
  });

  it('counts a card due this very moment as due', () => {
    expect(ids(dueSlice([card('now', 0)], NOW, (c) => c.id).batch)).toEqual(['now']);
  });
});
