// @vitest-environment node
/**
 * Key terms as flashcards: a stable card id from the unit and the English term, a hash that
 * notices a reworded term, and which terms a flashcard session asks.
 */
import { describe, expect, it } from 'vitest';
import { newCard, reviewCard, type StoredCard } from '../../../src/lib/review/schedule';
import {
  isTermCardId,
  slug,
  termCardIds,
  termDeck,
  termEntries,
  termHash,
  termSlice,
} from '../../../src/lib/review/term-cards';

const NOW = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;

describe('slug', () => {
  it.each([
    ['democratic centralism', 'democratic-centralism'],
    [`"two establishments"`, 'two-establishments'],
    [
      `"work of the National People's Congress" (translation note)`,
      'work-of-the-national-people-s-congress-translation-note',
    ],
    ['  Rule   of law  ', 'rule-of-law'],
    ['Ürümqi café', 'urumqi-cafe'],
    ['人大 (réndà)', '人大-renda'],
    ['“—”', ''],
  ])('%s → %s', (term, expected) => {
    expect(slug(term)).toBe(expected);
  });
});

describe('termCardIds', () => {
  it.each([
    {
      name: 'one id per term, from the unit and the English term',
      terms: ['democratic centralism', 'people’s congress system'],
      ids: ['term:u1:democratic-centralism', 'term:u1:people-s-congress-system'],
    },
    {
      name: 'terms with the same slug told apart by order',
      terms: ['Rule of law', 'rule of law', 'RULE OF LAW'],
      ids: ['term:u1:rule-of-law', 'term:u1:rule-of-law-2', 'term:u1:rule-of-law-3'],
    },
    {
      name: 'a term of punctuation only named by its position',
      terms: ['law', '…'],
      ids: ['term:u1:law', 'term:u1:2'],
    },
  ])('$name', ({ terms, ids }) => {
    expect(
      termCardIds(
        'u1',
        terms.map((term) => ({ term })),
      ),
    ).toEqual(ids);
  });

  it('keeps a term’s id when the terms after it change', () => {
    const before = termCardIds('u1', [{ term: 'a' }, { term: 'b' }]);
    const after = termCardIds('u1', [{ term: 'a' }, { term: 'b' }, { term: 'c' }]);
    expect(after.slice(0, 2)).toEqual(before);
  });

  it('makes ids no question id can be', () => {
    const [id] = termCardIds('u1', [{ term: 'a' }]);
    expect(isTermCardId(id!)).toBe(true);
    expect(isTermCardId('leg-q1')).toBe(false);
  });
});

describe('termHash', () => {
  const term = { term: 'law', explanation: 'A rule.', paragraph: 'p1' };
  it('is 8 hex digits, the same for the same text', () => {
    expect(termHash(term)).toMatch(/^[0-9a-f]{8}$/);
    expect(termHash({ ...term })).toBe(termHash(term));
  });

  it.each([
    ['the term', { ...term, term: 'laws' }],
    ['the explanation', { ...term, explanation: 'A rule!' }],
    ['a background added', { ...term, background: 'More.' }],
    ['words moved between fields', { ...term, term: 'law A', explanation: 'rule.' }],
  ])('changes with %s', (_name, changed) => {
    expect(termHash(changed)).not.toBe(termHash(term));
  });
});

/** Entries for terms t0…t(n-1) of unit `unitId`. */
function entries(unitId: string, n: number) {
  return termEntries(
    unitId,
    Array.from({ length: n }, (_, i) => ({ term: `t${i}`, explanation: `e${i}`, paragraph: 'p' })),
  );
}

/** A card rated long ago and due `minutesAgo` minutes before NOW (negative: not yet). */
function dueCard(minutesAgo: number): StoredCard {
  return { ...reviewCard(newCard(NOW - DAYS), false, NOW - DAYS), due: NOW - minutesAgo * MINUTE };
}
const DAYS = 3 * 24 * 60 * MINUTE;

describe('termSlice and termDeck', () => {
  const list = [...entries('u1', 4), ...entries('u2', 3)];
  const idOf = (unit: string, i: number) => `term:${unit}:t${i}`;

  it.each([
    {
      name: 'nothing rated yet: the terms in course order',
      cards: [] as [string, StoredCard][],
      size: 10,
      batch: ['u1:t0', 'u1:t1', 'u1:t2', 'u1:t3', 'u2:t0', 'u2:t1', 'u2:t2'],
      remaining: 0,
      deck: { due: 0, fresh: 7, later: 0 },
    },
    {
      name: 'due cards first, most overdue first, then new ones; waiting cards left out',
      cards: [
        [idOf('u2', 1), dueCard(5)],
        [idOf('u1', 0), dueCard(60)],
        [idOf('u1', 1), dueCard(-60)],
      ] as [string, StoredCard][],
      size: 10,
      batch: ['u1:t0', 'u2:t1', 'u1:t2', 'u1:t3', 'u2:t0', 'u2:t2'],
      remaining: 0,
      deck: { due: 2, fresh: 4, later: 1 },
    },
    {
      name: 'at most the session size, the rest counted',
      cards: [[idOf('u2', 2), dueCard(1)]] as [string, StoredCard][],
      size: 3,
      batch: ['u2:t2', 'u1:t0', 'u1:t1'],
      remaining: 4,
      deck: { due: 1, fresh: 6, later: 0 },
    },
    {
      name: 'everything rated and waiting: nothing to ask',
      cards: list.map((e) => [e.id, dueCard(-10)]) as [string, StoredCard][],
      size: 10,
      batch: [],
      remaining: 0,
      deck: { due: 0, fresh: 0, later: 7 },
    },
  ])('$name', ({ cards, size, batch, remaining, deck }) => {
    const stored = new Map(cards);
    const slice = termSlice(list, stored, NOW, size);
    expect(slice.batch.map((e) => e.id.replace(/^term:/, ''))).toEqual(batch);
    expect(slice.remaining).toBe(remaining);
    expect(termDeck(list, stored, NOW)).toEqual(deck);
  });

  it('gives each entry its unit, position and hash', () => {
    const [first] = entries('u9', 1);
    expect(first).toEqual({
      id: 'term:u9:t0',
      unitId: 'u9',
      index: 0,
      hash: termHash({ term: 't0', explanation: 'e0' }),
    });
  });
});
