/**
 * Course text in the learner's interface language where a translation exists, falling back to
 * English field by field. The course ships in English only for now; the schema already allows
 * translations, so adding one needs no code.
 */
import type { LocaleCode, Question, Unit, UnitSummary } from './types';
import { learnerText } from './learner-text';

export function unitTitle(unit: UnitSummary, locale: LocaleCode): string {
  return unit.translations?.[locale]?.title ?? unit.title;
}

export function unitSummaryText(unit: Unit, locale: LocaleCode): string {
  return learnerText(unit.translations?.[locale]?.summary ?? unit.summary);
}

export function keyPointText(unit: Unit, index: number, locale: LocaleCode): string {
  return learnerText(
    unit.translations?.[locale]?.keyPoints?.[index] ?? unit.keyPoints[index]?.text ?? '',
  );
}

/** Which language each field of a key term came out in: the learner's, or English as a fallback. */
export interface KeyTermLangs {
  term: LocaleCode;
  explanation: LocaleCode;
  background: LocaleCode;
}

export interface KeyTermText {
  term: string;
  explanation: string;
  background?: string;
  lang: KeyTermLangs;
}

/**
 * A unit's key term `index` in the learner's language, each field falling back to the English on
 * its own (a translation may have the term but not yet its background). `lang` says per field
 * which language came out, so English text can be marked `lang="en"` in a translated page.
 */
export function keyTermText(unit: Unit, index: number, locale: LocaleCode): KeyTermText {
  const english = unit.keyTerms[index];
  if (!english) {
    throw new RangeError(`Unit ${unit.id} has no key term ${index}`);
  }
  const own = unit.translations?.[locale]?.keyTerms?.[index];
  const term = translatedOr(own?.term, english.term, locale);
  const explanation = translatedOr(own?.explanation, english.explanation, locale);
  const background = translatedOr(own?.background, english.background, locale);
  const text: KeyTermText = {
    term: term.text,
    explanation: learnerText(explanation.text),
    lang: { term: term.lang, explanation: explanation.lang, background: background.lang },
  };
  if (background.text !== undefined) {
    text.background = learnerText(background.text);
  }
  return text;
}

/** The translated text unless it is missing or blank (not translated yet), else the English. */
function translatedOr<T extends string | undefined>(
  translated: string | undefined,
  english: T,
  locale: LocaleCode,
): { text: string | T; lang: LocaleCode } {
  return translated?.trim() ? { text: translated, lang: locale } : { text: english, lang: 'en' };
}

export interface QuestionText {
  prompt: string;
  explanation: string;
  choice: (id: string) => string;
  /** The language the text is in, so English course text can be marked `lang="en"`. */
  lang: (field: 'prompt' | 'explanation' | string) => LocaleCode;
}

export function questionText(question: Question, locale: LocaleCode): QuestionText {
  const t = question.translations?.[locale];
  const choices = new Map<string, string>();
  for (const list of choiceLists(question)) {
    for (const c of list) {
      choices.set(c.id, c.text);
    }
  }
  return {
    prompt: t?.prompt ?? question.prompt,
    explanation: learnerText(t?.explanation ?? question.explanation),
    choice: (id) => t?.choices?.[id] ?? choices.get(id) ?? id,
    lang: (field) => {
      if (field === 'prompt') {
        return t?.prompt ? locale : 'en';
      }
      if (field === 'explanation') {
        return t?.explanation ? locale : 'en';
      }
      return t?.choices?.[field] ? locale : 'en';
    },
  };
}

function choiceLists(question: Question) {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [question.options];
    case 'ordering':
      return [question.items];
    case 'matching':
      return [question.left, question.right];
    default:
      return [];
  }
}

/**
 * A principle as quoted text: it is the article's sentence, not Lectern's claim. A fragment that
 * starts mid-sentence is marked with an ellipsis.
 */
export function quotedPrinciple(principle: string): string {
  const start = /^[a-z]/.test(principle) ? '…' : '';
  return `“${start}${principle}”`;
}

/**
 * Option id to its feedback in the learner's language where translated, else English; options
 * without feedback are left out. For single and multiple questions; others have none.
 */
export function optionFeedback(
  question: Question,
  locale: LocaleCode,
): Record<string, { text: string; lang: LocaleCode }> {
  if (question.type !== 'single' && question.type !== 'multiple') {
    return {};
  }
  const translated = question.translations?.[locale]?.feedback;
  return Object.fromEntries(
    question.options.flatMap((option) => {
      const own = translated?.[option.id];
      if (own !== undefined) {
        return [[option.id, { text: own, lang: locale }]];
      }
      return option.feedback === undefined
        ? []
        : [[option.id, { text: option.feedback, lang: 'en' as const }]];
    }),
  );
}

/** The hint in the learner's language where translated, else English; undefined when none. */
export function hintText(
  question: Question,
  locale: LocaleCode,
): { text: string; lang: LocaleCode } | undefined {
  const translated = question.translations?.[locale]?.hint;
  if (translated !== undefined) {
    return { text: translated, lang: locale };
  }
  return question.hint === undefined ? undefined : { text: question.hint, lang: 'en' };
}
