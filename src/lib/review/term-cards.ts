/**
 * Key terms as flashcards in the review deck. Content gives terms no id, so a term's card id is
 * made from its unit and its English wording: `term:<unit id>:<slug>`. Renaming a term in the
 * English makes it a new card (the old one is left out of sessions, like a removed question);
 * rewording only its explanation keeps the id and changes the hash, which restarts the card.
 * Which terms a session asks: the due ones, most overdue first, then terms never rated yet from
 * the units the learner has studied, in course order. Pure: no storage, no Svelte.
 */
import type { KeyTerm } from '../content/types';
import { isDue } from './due';
import { REVIEW_SESSION_SIZE, type Slice } from './session';
import type { StoredCard } from './schedule';

export const TERM_CARD_PREFIX = 'term:';

/** Lower case, letters and digits of any script kept, every other run of characters one hyphen. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The card id of each of a unit's key terms, by position. Two terms with the same slug (or a term
 * with none) are told apart by their position among them, so every id is unique in the unit.
 */
export function termCardIds(unitId: string, terms: readonly Pick<KeyTerm, 'term'>[]): string[] {
  const used = new Set<string>();
  return terms.map((term, index) => {
    let id = slug(term.term) || `${index + 1}`;
    for (let n = 2; used.has(id); n++) {
      id = `${slug(term.term) || index + 1}-${n}`;
    }
    used.add(id);
    return `${TERM_CARD_PREFIX}${unitId}:${id}`;
  });
}

export function isTermCardId(id: string): boolean {
  return id.startsWith(TERM_CARD_PREFIX);
}

/**
 * A short hash of a term's English text (FNV-1a, 32 bits, as 8 hex digits), so a card made from
 * older wording is known. Not for security: only to notice a change.
 */
export function termHash(term: Pick<KeyTerm, 'term' | 'explanation' | 'background'>): string {
  const text = [term.term, term.explanation, term.background ?? ''].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A key term the learner may be asked: where it is in content, and its card id and hash. */
export interface TermEntry {
  id: string;
  unitId: string;
  /** Its position in the unit's `keyTerms`. */
  index: number;
  hash: string;
}

/** A unit's key terms as entries. */
export function termEntries(unitId: string, terms: readonly KeyTerm[]): TermEntry[] {
  const ids = termCardIds(unitId, terms);
  return terms.map((term, index) => ({ id: ids[index]!, unitId, index, hash: termHash(term) }));
}

export interface TermDeck {
  /** Terms with a card that is due now. */
  due: number;
  /** Terms never rated yet. */
  fresh: number;
  /** Terms with a card not due yet. */
  later: number;
}

/** How the terms of the studied units stand: due, never rated, or waiting. */
export function termDeck(
  entries: readonly TermEntry[],
  cards: ReadonlyMap<string, StoredCard>,
  now: number,
): TermDeck {
  const deck: TermDeck = { due: 0, fresh: 0, later: 0 };
  for (const entry of entries) {
    const card = cards.get(entry.id);
    if (!card) {
      deck.fresh++;
    } else if (isDue(card, now)) {
      deck.due++;
    } else {
      deck.later++;
    }
  }
  return deck;
}

/**
 * The next flashcard session: due terms, most overdue first, then never-rated ones in the order
 * given (course order), at most `size`. `remaining` counts the due and never-rated terms left.
 */
export function termSlice(
  entries: readonly TermEntry[],
  cards: ReadonlyMap<string, StoredCard>,
  now: number,
  size = REVIEW_SESSION_SIZE,
): Slice<TermEntry> {
  const due = entries
    .filter((entry) => {
      const card = cards.get(entry.id);
      return card !== undefined && isDue(card, now);
    })
    .sort((a, b) => cards.get(a.id)!.due - cards.get(b.id)!.due);
  const fresh = entries.filter((entry) => !cards.has(entry.id));
  const all = [...due, ...fresh];
  return { batch: all.slice(0, size), remaining: Math.max(0, all.length - size) };
}
