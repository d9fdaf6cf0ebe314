/**
 * Puts one language's unit translation chunk into the loaded unit, so every `localize.ts`
 * function finds it in `unit.translations[locale]` and each question's `translations[locale]`.
 *
 * It changes the unit in place, on purpose: the unit screen, a running quiz session and its
 * grader all hold the very same question objects, and a language chosen mid-quiz must reach all
 * of them. It only adds text beside the English; question ids, keys and hashes stay as they are,
 * so progress never notices a translation.
 */
import type { LocaleCode, Unit, UnitTranslationChunk } from './types';

const merged = new WeakMap<Unit, Set<LocaleCode>>();

export function mergeUnitTranslation(
  unit: Unit,
  locale: LocaleCode,
  chunk: UnitTranslationChunk,
): void {
  unit.translations = {
    ...unit.translations,
    [locale]: { ...unit.translations?.[locale], ...chunk.unit },
  };
  for (const question of unit.questions) {
    const own = chunk.questions[question.id];
    if (own !== undefined) {
      question.translations = {
        ...question.translations,
        [locale]: { ...question.translations?.[locale], ...own },
      };
    }
  }
  markMerged(unit, locale);
}

/** Records that `unit` holds all the text `locale` has for it (possibly none). */
export function markMerged(unit: Unit, locale: LocaleCode): void {
  const locales = merged.get(unit) ?? new Set<LocaleCode>();
  locales.add(locale);
  merged.set(unit, locales);
}

/** Whether `unit` shows in `locale` without loading anything more. English always does. */
export function isMerged(unit: Unit, locale: LocaleCode): boolean {
  return locale === 'en' || (merged.get(unit)?.has(locale) ?? false);
}
