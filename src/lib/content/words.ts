/**
 * The word model of the question-bank lint (`fairness.ts`): how a text becomes the sequence of
 * its content words, so that "the people's congresses" and "People's Congress" compare equal and
 * "follows up" meets "follow up". Deliberately crude (a stop list and a suffix stripper, no
 * dictionary): the lint only has to notice shared wording, and it must stay predictable for the
 * authors who read its messages. Plain functions; never reads files.
 */

/** Function words: they carry no content, so sharing them gives nothing away. */
const STOP_WORDS = new Set(
  (
    'a an the and or nor but of to in on at by for with from as into onto upon about than then ' +
    'this that these those it its it is are was were be been being has have had do does did ' +
    'will would shall should can could may might must not no so such their them they there ' +
    'which what who whom whose when where how why all each every any some other s its our we ' +
    'us you your he his she her i my me one ones also only more most very own'
  ).split(' '),
);

/**
 * Words of the question frame, not of the article: "According to the article, which of these …
 * Select all that apply." A prompt repeating them says nothing about the answer.
 */
const FRAME_WORDS = new Set(
  (
    'according article articles section sections paragraph sentence sentences headline say says ' +
    'said saying select apply following true false statement option options answer blank ' +
    'name names named give gives given list lists listed mention mentions mentioned call calls ' +
    'called describe describes described report reports reported word words phrase text ' +
    'photo caption'
  ).split(' '),
);

/**
 * A rough stem: enough that plural, third person, -ed and -ing forms meet their base. A final
 * "e" goes too, so "improve" and "improving" meet at "improv".
 */
export function stem(word: string): string {
  const base = suffixless(word);
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base;
}

function suffixless(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) {
    return `${word.slice(0, -3)}y`;
  }
  if (word.length > 5 && word.endsWith('ing')) {
    return word.slice(0, -3);
  }
  if (word.length > 4 && word.endsWith('ed')) {
    return word.slice(0, -2);
  }
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    return word.slice(0, -1);
  }
  return word;
}

/** Letters and digits only; hyphens, apostrophes and quotes split words. */
function rawWords(text: string): string[] {
  return text.toLocaleLowerCase('en').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A content word as written (lower case) and its stem, which is what rules compare. */
export interface Word {
  word: string;
  stem: string;
}

/** A text's content words, in order. */
export function contentTokens(text: string): Word[] {
  return rawWords(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => ({ word, stem: stem(word) }));
}

/** The stems of a text's content words, in order. */
export function contentWords(text: string): string[] {
  return contentTokens(text).map((token) => token.stem);
}

/** Content words that are not part of the question frame: what a prompt is about. */
export function topicTokens(text: string): Word[] {
  return contentTokens(text).filter((token) => !FRAME_WORDS.has(token.word));
}

/** Whether `needle` occurs as consecutive words inside `haystack`. */
export function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) {
    return false;
  }
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) {
      return true;
    }
  }
  return false;
}

/** Every run of exactly `length` consecutive words. */
export function runsOf<T>(words: readonly T[], length: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start + length <= words.length; start += 1) {
    runs.push(words.slice(start, start + length));
  }
  return runs;
}

/**
 * Digits (2021, 72nd) or an ordinal word from "third" up ("Eighth Five-Year"): dates,
 * anniversaries and plan numbers that give an answer away alone. Cardinal words are left out:
 * in this article they name sets ("the four organs", "the two establishments"), not facts, and
 * "first" and "second" are mostly "first, …; second, …".
 */
const NUMBER_WORDS = new Set(
  'third fourth fifth sixth seventh eighth ninth tenth hundredth thousandth'.split(' '),
);

export function isNumberWord(word: string): boolean {
  return /\p{N}/u.test(word) || NUMBER_WORDS.has(word);
}

/**
 * How many blocks of the article use each stem, or each run of `length` stems: the article's
 * own measure of which wording is common ("people's congress") and which is one passage's.
 */
export function blockFrequency(texts: readonly string[], length = 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const keys = new Set(runsOf(contentWords(text), length).map((run) => run.join(' ')));
    for (const key of keys) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
