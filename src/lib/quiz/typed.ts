/**
 * How a typed answer matches its accepted answers: exactly (after `normalizeTyped`), with one
 * forgiven slip, or not at all. One slip is one letter added, dropped, changed or two neighbours
 * swapped ("goverance", "govrenance"), and only inside a word of six letters or more: a slip in a
 * short word often makes another word, and numbers and dates have no slips, only other values.
 * Everything else in the answer must match exactly.
 */
import { normalizerFor, normalizeTyped } from './normalize';

export type TypedMatch =
  { kind: 'exact'; accepted: string } | { kind: 'slip'; accepted: string } | { kind: 'none' };

/** Letters only (any script), so words with digits, such as "2023" or "13th", never qualify. */
const LETTERS_ONLY = /^\p{L}+$/u;
const MIN_FORGIVING_LENGTH = 6;

export function matchTyped(typed: string, accepted: readonly string[]): TypedMatch {
  // Each accepted answer is compared in its own script's fold, so English keys keep theirs.
  const exact = accepted.find((a) => {
    const normalize = normalizerFor(a);
    const given = normalize(typed);
    return given !== '' && given === normalize(a);
  });
  if (exact !== undefined) {
    return { kind: 'exact', accepted: exact };
  }
  const given = normalizeTyped(typed);
  if (given === '') {
    return { kind: 'none' };
  }
  // Slips are forgiven in answers of the English fold only: Chinese writes no spaces between
  // words, and in Uyghur one letter often makes another word.
  const slipped = accepted.find(
    (a) => normalizerFor(a) === normalizeTyped && oneSlipApart(given, normalizeTyped(a)),
  );
  return slipped === undefined ? { kind: 'none' } : { kind: 'slip', accepted: slipped };
}

/** Same words but one, and that one a long word of letters one edit from the accepted word. */
function oneSlipApart(given: string, accepted: string): boolean {
  const givenWords = given.split(' ');
  const acceptedWords = accepted.split(' ');
  if (givenWords.length !== acceptedWords.length) {
    return false;
  }
  const differing = acceptedWords.flatMap((word, i) => (word === givenWords[i] ? [] : [i]));
  if (differing.length !== 1) {
    return false;
  }
  const i = differing[0]!;
  const word = acceptedWords[i]!;
  // Both letters only: a slip is a letter, never a digit or a stray "?".
  return (
    LETTERS_ONLY.test(word) &&
    LETTERS_ONLY.test(givenWords[i]!) &&
    [...word].length >= MIN_FORGIVING_LENGTH &&
    editDistance(givenWords[i]!, word) === 1
  );
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours), counted in code points. Words are short, so the full table is fine.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}
