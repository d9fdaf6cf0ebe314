/**
 * What the first screen shows of a unit: its title in the learner's language where translated,
 * and its principle as a quote. Kept apart from `localize.ts`, so the first visit carries only
 * these few lines of it.
 */
import type { LocaleCode, UnitSummary } from './types';

export function unitTitle(unit: UnitSummary, locale: LocaleCode): string {
  return unit.translations?.[locale]?.title ?? unit.title;
}

/** The language `unitTitle` gives the title in. */
export function unitTitleLang(unit: UnitSummary, locale: LocaleCode): LocaleCode {
  return unit.translations?.[locale]?.title ? locale : 'en';
}

/**
 * A principle as quoted text: it is the article's sentence, not Lectern's claim. A fragment that
 * starts mid-sentence is marked with an ellipsis.
 */
export function quotedPrinciple(principle: string): string {
  const start = /^[a-z]/.test(principle) ? '…' : '';
  return `“${start}${principle}”`;
}
