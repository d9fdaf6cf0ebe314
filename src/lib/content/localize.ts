/**
 * Course text in the learner's interface language where a translation exists, falling back to
 * English field by field. Translations reach a unit's `translations` either from the unit file
 * itself or from the language's unit translation chunk (`merge-translation.ts`); these functions
 * do not care which. Each piece says which language it is in, so English stays marked `lang="en"`.
 */
import type { LocaleCode, Question, Unit } from './types';
import { learnerText } from './learner-text';

// The first screen needs only these; they live apart so it does not carry the rest.
export { quotedPrinciple, unitTitle, unitTitleLang } from './unit-title';

/** A piece of course text and the language it is in. */
export interface CourseText {
  text: string;
  lang: LocaleCode;
}

function pick(translated: string | null | undefined, english: string, locale: LocaleCode) {
  return translated ? { text: translated, lang: locale } : { text: english, lang: 'en' as const };
}

export function unitSummaryText(unit: Unit, locale: LocaleCode): string {
  return summaryText(unit, locale).text;
}

export function summaryText(unit: Unit, locale: LocaleCode): CourseText {
  const { text, lang } = pick(unit.translations?.[locale]?.summary, unit.summary, locale);
  return { text: learnerText(text, lang), lang };
}

export function keyPointText(unit: Unit, index: number, locale: LocaleCode): string {
  return keyPoint(unit, index, locale).text;
}

export function keyPoint(unit: Unit, index: number, locale: LocaleCode): CourseText {
  const english = unit.keyPoints[index]?.text ?? '';
  const { text, lang } = pick(unit.translations?.[locale]?.keyPoints?.[index], english, locale);
  return { text: learnerText(text, lang), lang };
}

/**
 * The unit's principle: the article's sentence in English, or Lectern's translation of it (which
 * a screen shows with the English a click away).
 */
export function principleText(unit: Unit, locale: LocaleCode): CourseText {
  return pick(unit.translations?.[locale]?.principle, unit.principle, locale);
}

export function objectiveText(unit: Unit, id: string, locale: LocaleCode): CourseText {
  const english = unit.objectives.find((objective) => objective.id === id)?.text ?? '';
  return pick(unit.translations?.[locale]?.objectives?.[id], english, locale);
}

export interface KeyTermText {
  term: string;
  explanation: string;
  background?: string;
  /** The language the term came out in: translated whole, or English. */
  lang: LocaleCode;
}

/**
 * A key term with its explanation and background, whole in the learner's language or whole in
 * English (never mixed, so one `lang` fits all three).
 */
export function keyTermText(unit: Unit, index: number, locale: LocaleCode): KeyTermText {
  const translated = unit.translations?.[locale]?.keyTerms?.[index];
  const english = unit.keyTerms[index];
  const lang: LocaleCode = translated ? locale : 'en';
  const source = translated ?? english;
  if (!source) {
    return { term: '', explanation: '', lang: 'en' };
  }
  return {
    term: source.term,
    explanation: learnerText(source.explanation, lang),
    ...(source.background !== undefined && { background: learnerText(source.background, lang) }),
    lang,
  };
}

/** Lectern's translation of the question's source quote, if there is one in `locale`. */
export function quoteTranslation(question: Question, locale: LocaleCode): string | undefined {
  return locale === 'en' ? undefined : question.translations?.[locale]?.quote;
}

/**
 * The fill answer to show as the right one: the first accepted in the learner's language where
 * there is one, else the English.
 */
export function fillAnswerText(question: Question, locale: LocaleCode): CourseText | undefined {
  if (question.type !== 'fill') {
    return undefined;
  }
  return pick(question.translations?.[locale]?.answers?.[0], question.answers[0] ?? '', locale);
}

export interface QuestionText {
  prompt: string;
  explanation: string;
  choice: (id: string) => string;
  /** A fill question's right answer as shown: in the learner's language where translated. */
  fillAnswer?: string;
  /** Lectern's translation of the source quote, shown beside the English; none in English. */
  quote?: string;
  /** The learner's language, which `quote` is in. */
  locale: LocaleCode;
  /**
   * The language the text is in, so English course text can be marked `lang="en"`: 'prompt',
   * 'explanation', 'key' (the right answer's lines) or a choice id.
   */
  lang: (field: 'prompt' | 'explanation' | 'key' | string) => LocaleCode;
}

export function questionText(question: Question, locale: LocaleCode): QuestionText {
  const t = question.translations?.[locale];
  const choices = new Map<string, string>();
  for (const list of choiceLists(question)) {
    for (const c of list) {
      choices.set(c.id, c.text);
    }
  }
  const fill = fillAnswerText(question, locale);
  const quote = quoteTranslation(question, locale);
  return {
    ...(fill && { fillAnswer: fill.text }),
    ...(quote !== undefined && { quote }),
    locale,
    prompt: t?.prompt ?? question.prompt,
    explanation: learnerText(
      t?.explanation ?? question.explanation,
      t?.explanation ? locale : 'en',
    ),
    choice: (id) => t?.choices?.[id] ?? choices.get(id) ?? id,
    lang: (field) => {
      if (field === 'prompt') {
        return t?.prompt ? locale : 'en';
      }
      if (field === 'explanation') {
        return t?.explanation ? locale : 'en';
      }
      if (field === 'key') {
        // True and false are interface words; choices and fill answers are course text.
        const translated =
          question.type === 'truefalse' ||
          (question.type === 'fill' ? fill?.lang === locale : t?.choices !== undefined);
        return translated ? locale : 'en';
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
