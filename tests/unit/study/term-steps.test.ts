// @vitest-environment node
/**
 * Rating a key-term flashcard, as a pure step: one card record, in the same FSRS deck as
 * question cards, marked `kind: 'term'`.
 */
import { describe, expect, it } from 'vitest';
import { newCard, reviewCard } from '../../../src/lib/review/schedule';
import { SCHEMA_VERSION } from '../../../src/lib/study/constants';
import type { CardRecord } from '../../../src/lib/study/records';
import { rateTermStep, type TermRating } from '../../../src/lib/study/steps';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const ID = 'term:unit-1:rule-of-law';

const rating = (overrides: Partial<TermRating> = {}): TermRating => ({
  course: 'course-a',
  unitId: 'unit-1',
  cardId: ID,
  hash: 'hash-now',
  knew: true,
  now: T0,
  ...overrides,
});

/** A term card made from `hash`, last rated right at T0 and due a day later. */
function stored(hash: string): CardRecord {
  return {
    v: SCHEMA_VERSION,
    course: 'course-a',
    kind: 'term',
    questionId: ID,
    unitId: 'unit-1',
    hash,
    card: { ...reviewCard(newCard(T0), true, T0), due: T0 + DAY },
    updatedAt: T0,
  };
}

describe('rateTermStep', () => {
  const later = T0 + 2 * DAY;
  it.each([
    {
      name: 'a first "Knew it" adds the term to the deck, rated Good',
      existing: undefined,
      input: rating({ knew: true }),
      card: reviewCard(newCard(T0), true, T0),
    },
    {
      name: 'a first "Didn\'t know" adds it rated Again',
      existing: undefined,
      input: rating({ knew: false }),
      card: reviewCard(newCard(T0), false, T0),
    },
    {
      name: 'a later rating reschedules the stored card',
      existing: stored('hash-now'),
      input: rating({ knew: true, now: later }),
      card: reviewCard(stored('hash-now').card, true, later),
    },
    {
      name: 'a lapse on the stored card',
      existing: stored('hash-now'),
      input: rating({ knew: false, now: later }),
      card: reviewCard(stored('hash-now').card, false, later),
    },
    {
      name: 'a term reworded since its card was made starts a new card',
      existing: stored('hash-before'),
      input: rating({ knew: true, now: later }),
      card: reviewCard(newCard(later), true, later),
    },
  ])('$name', ({ existing, input, card }) => {
    const change = rateTermStep(existing, input);
    expect(change.deletes).toEqual([]);
    expect(change.puts).toEqual([
      {
        store: 'cards',
        value: {
          v: SCHEMA_VERSION,
          course: 'course-a',
          kind: 'term',
          questionId: ID,
          unitId: 'unit-1',
          hash: 'hash-now',
          card,
          updatedAt: input.now,
        },
      },
    ]);
  });

  it('pushes a known term further out than a forgotten one', () => {
    const knew = rateTermStep(undefined, rating({ knew: true })).puts[0]!.value as CardRecord;
    const forgot = rateTermStep(undefined, rating({ knew: false })).puts[0]!.value as CardRecord;
    expect(knew.card.due).toBeGreaterThan(forgot.card.due);
    expect(forgot.card.due).toBeGreaterThan(T0);
  });
});
