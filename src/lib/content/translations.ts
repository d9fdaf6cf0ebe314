/**
 * The rules for Lectern's translations of course text: the glossary's entries, a translated
 * article that matches the English it was made from, and a look for glossary terms a translation
 * left out. A translation records the hash of the English it translates (`textHash`), so when the
 * English changes the translation is named stale instead of silently showing old words. Like
 * `rules.ts` these return problems as data and never read files.
 */
import { createHash } from 'node:crypto';
import { foldText } from './fold.ts';
import type { Problem } from './rules.ts';
import type { AuthoredArticleTranslation, AuthoredGlossary } from './schema.ts';
import { LOCALE_CODES, type ArticleBlock, type LocaleCode } from './types.ts';

/** The languages course text is translated into; English is the source. */
export type TranslatedLocale = Exclude<LocaleCode, 'en'>;
export const TRANSLATED_LOCALES = LOCALE_CODES.filter(
  (code): code is TranslatedLocale => code !== 'en',
);

const HASH_LENGTH = 12;

export type GlossaryTerm = AuthoredGlossary['terms'][number];

/**
 * First 12 hex digits of the sha256 of the English text, folded as quotes are (white space runs,
 * curly quotes), so re-wrapping the YAML does not mark a translation stale but any change of words
 * does.
 */
export function textHash(text: string): string {
  return createHash('sha256').update(foldText(text).trim()).digest('hex').slice(0, HASH_LENGTH);
}

/** Every term once: a repeated English term would leave translators two answers. */
export function checkGlossary(file: string, glossary: AuthoredGlossary): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const term of glossary.terms) {
    const key = foldText(term.en).toLowerCase();
    if (seen.has(key)) {
      problems.push({ file, subject: `term ${term.en}`, message: 'listed twice' });
    }
    seen.add(key);
  }
  return problems;
}

/**
 * A translated article names only the article's blocks, translates each from the English as it
 * is now, and leaves none out: a language with a translation file is translated completely.
 */
export function checkArticleTranslation(
  file: string,
  translation: AuthoredArticleTranslation,
  blocks: readonly ArticleBlock[],
): Problem[] {
  const problems: Problem[] = [];
  const english = new Map(blocks.map((block) => [block.id, block.text]));
  for (const [id, { source }] of Object.entries(translation.blocks)) {
    const text = english.get(id);
    if (text === undefined) {
      problems.push({ file, subject: `block ${id}`, message: 'the article has no such block' });
      continue;
    }
    const now = textHash(text);
    if (source !== now) {
      problems.push({
        file,
        subject: `block ${id}`,
        message: `stale: translated from English ${source}, the English is now ${now}; update the translation, then its source`,
      });
    }
  }
  for (const block of blocks) {
    if (!(block.id in translation.blocks)) {
      problems.push({
        file,
        subject: `block ${block.id}`,
        message: `not translated (English ${textHash(block.text)})`,
      });
    }
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive, over folded text, an English plural (-s, -es) allowed. */
function termPattern(term: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(foldText(term))}(?:e?s)?(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

/**
 * The glossary terms the English uses whose translation the translated text lacks. Longer terms
 * are found first and blanked out, so "National People's Congress" does not also count as
 * "people's congress".
 */
export function glossaryGaps(
  english: string,
  translated: string,
  glossary: readonly GlossaryTerm[],
  locale: TranslatedLocale,
): GlossaryTerm[] {
  let rest = foldText(english);
  const used: GlossaryTerm[] = [];
  for (const term of [...glossary].sort((a, b) => b.en.length - a.en.length)) {
    const pattern = termPattern(term.en);
    if (pattern.test(rest)) {
      used.push(term);
      rest = rest.replace(pattern, ' ');
    }
  }
  const target = translated.normalize('NFC');
  return used.filter((term) =>
    [term[locale], ...(term.forms?.[locale] ?? [])].every(
      (form) => !target.includes(form.normalize('NFC')),
    ),
  );
}
