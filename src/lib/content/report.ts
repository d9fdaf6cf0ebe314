/**
 * What `content:check` tells an author about a valid course: how many units and questions, how
 * the questions spread over the types, and for each section how much of its text the questions
 * quote (a low share means whole paragraphs nobody is asked about), and per unit how the
 * questions lean (the key the longest option, true against false, questions per paragraph). It
 * only measures compiled units and may warn; it must never fail them, since every rule lives in
 * `rules.ts`, `fairness.ts` or `completeness.ts`.
 */
import { foldText } from './fold.ts';
import {
  TRANSLATED_LOCALES,
  glossaryGaps,
  type GlossaryTerm,
  type TranslatedLocale,
} from './translations.ts';
import type { GlossaryGap } from './unit-translation-check.ts';
import {
  QUESTION_TYPES,
  type ArticleBlock,
  type Question,
  type QuestionType,
  type Unit,
} from './types.ts';

/** A quote and a sentence this long in common are the same words, not a coincidence. */
const SHARED_RUN = 40;

export interface SectionCoverage {
  id: string;
  order: number;
  questions: number;
  sentences: number;
  quotedSentences: number;
  /** quotedSentences / sentences, 0 to 1. */
  share: number;
}

/** How a unit's questions lean: figures an author reads, none of them an error. */
export interface UnitBalance {
  id: string;
  /** Single questions, and those whose key is strictly the longest option. */
  singles: number;
  keyLongest: number;
  trueCount: number;
  falseCount: number;
  /** Passage block id to how many questions quote it, in passage order. */
  perParagraph: { paragraph: string; questions: number }[];
}

/** With four options chance is 25%; above this share length alone points at the key. */
export const KEY_LONGEST_WARN = 0.35;
/** How much of the article one language has, in all and per unit passage. */
export interface TranslationCoverage {
  locale: TranslatedLocale;
  translated: number;
  total: number;
  units: { id: string; translated: number; total: number }[];
  /** Blocks whose English uses a glossary term the translation does not contain. */
  glossaryGaps: { block: string; terms: string[] }[];
}

/** What content:check says about one language's unit translations. */
export interface UnitTranslationCoverage {
  locale: TranslatedLocale;
  /** False when the course has no unit translations in this language: it shows in English. */
  present: boolean;
  units: { id: string; translated: number; total: number }[];
  /** Entries whose English uses a glossary term the translation lacks (warnings). */
  glossaryGaps: (GlossaryGap & { file: string })[];
  /** Unfinished entries, when drafts are allowed; otherwise these are errors. */
  drafts: string[];
}

/** What the report needs to know about translations. */
export interface TranslationInput {
  blocks: readonly ArticleBlock[];
  glossary: readonly GlossaryTerm[];
  articleTranslations: Partial<Record<TranslatedLocale, Record<string, string>>>;
  /** Checked in `compile.ts`; the report only prints it. */
  unitTranslations?: UnitTranslationCoverage[];
}

export interface ContentReport {
  unitCount: number;
  questionCount: number;
  questionsByType: Record<QuestionType, number>;
  /** Section units only (order 1 and up); the overview has no section of its own. */
  sections: SectionCoverage[];
  /** Every unit, overview included. */
  balance: UnitBalance[];
  translations: TranslationCoverage[];
  unitTranslations: UnitTranslationCoverage[];
}

/** Sentences end at . ; ? or ! followed by white space or the end of the text. */
export function splitSentences(text: string): string[] {
  return foldText(text)
    .split(/(?<=[.;?!])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

function sharesRun(a: string, b: string, length: number): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  for (let start = 0; start + length <= shorter.length; start += 1) {
    if (longer.includes(shorter.slice(start, start + length))) {
      return true;
    }
  }
  return false;
}

/** Both arguments folded. */
export function quoteCovers(quote: string, sentence: string): boolean {
  return (
    quote.includes(sentence) || sentence.includes(quote) || sharesRun(quote, sentence, SHARED_RUN)
  );
}

function sectionCoverage(unit: Unit): SectionCoverage {
  const sentences = unit.passage.flatMap((block) => splitSentences(block.text));
  const quotes = unit.questions.map((question) => foldText(question.source.quote).trim());
  const quotedSentences = sentences.filter((sentence) =>
    quotes.some((quote) => quoteCovers(quote, sentence)),
  ).length;
  return {
    id: unit.id,
    order: unit.order,
    questions: unit.questions.length,
    sentences: sentences.length,
    quotedSentences,
    share: sentences.length === 0 ? 0 : quotedSentences / sentences.length,
  };
}

function isKeyLongest(question: Question): boolean {
  if (question.type !== 'single') {
    return false;
  }
  const keyLength = question.options.find((option) => option.id === question.answer)?.text.length;
  return (
    keyLength !== undefined &&
    question.options.every(
      (option) => option.id === question.answer || option.text.length < keyLength,
    )
  );
}

function unitBalance(unit: Unit): UnitBalance {
  const { questions } = unit;
  const verdicts = questions.flatMap((q) => (q.type === 'truefalse' ? [q.answer] : []));
  return {
    id: unit.id,
    singles: questions.filter((q) => q.type === 'single').length,
    keyLongest: questions.filter(isKeyLongest).length,
    trueCount: verdicts.filter((verdict) => verdict).length,
    falseCount: verdicts.filter((verdict) => !verdict).length,
    perParagraph: unit.passage.map((block) => ({
      paragraph: block.id,
      questions: questions.filter((q) => q.source.paragraph === block.id).length,
    })),
  };
}

function translationCoverage(
  units: readonly Unit[],
  input: TranslationInput,
  locale: TranslatedLocale,
): TranslationCoverage {
  const texts = input.articleTranslations[locale] ?? {};
  const has = (id: string) => texts[id] !== undefined;
  const gaps = input.blocks.flatMap((block) => {
    const text = texts[block.id];
    if (text === undefined) {
      return [];
    }
    const terms = glossaryGaps(block.text, text, input.glossary, locale).map((term) => term.en);
    return terms.length === 0 ? [] : [{ block: block.id, terms }];
  });
  return {
    locale,
    translated: input.blocks.filter((block) => has(block.id)).length,
    total: input.blocks.length,
    units: units.map((unit) => ({
      id: unit.id,
      translated: unit.passage.filter((block) => has(block.id)).length,
      total: unit.passage.length,
    })),
    glossaryGaps: gaps,
  };
}

export function buildReport(
  units: readonly Unit[],
  translations: TranslationInput = { blocks: [], glossary: [], articleTranslations: {} },
): ContentReport {
  const questions = units.flatMap((unit) => unit.questions);
  const questionsByType = Object.fromEntries(
    QUESTION_TYPES.map((type) => [type, questions.filter((q) => q.type === type).length]),
  ) as Record<QuestionType, number>;
  return {
    unitCount: units.length,
    questionCount: questions.length,
    questionsByType,
    sections: units.filter((unit) => unit.order >= 1).map(sectionCoverage),
    balance: units.map(unitBalance),
    translations: TRANSLATED_LOCALES.map((locale) =>
      translationCoverage(units, translations, locale),
    ),
    unitTranslations: translations.unitTranslations ?? [],
  };
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The balance table, then one warning line per unit whose key is too often the longest. */
function formatBalance(balance: readonly UnitBalance[]): string[] {
  const rows = balance.map((unit) => [
    unit.id,
    `${unit.keyLongest}/${unit.singles}`,
    percent(unit.keyLongest, unit.singles),
    `${unit.trueCount}/${unit.falseCount}`,
    unit.perParagraph.map((entry) => `${entry.paragraph}:${entry.questions}`).join(' '),
  ]);
  const warnings = balance
    .filter((unit) => unit.singles > 0 && unit.keyLongest / unit.singles > KEY_LONGEST_WARN)
    .map(
      (unit) =>
        `  warning: unit ${unit.id}: the key is the longest option in ${percent(unit.keyLongest, unit.singles)} of single questions (over ${KEY_LONGEST_WARN * 100}%); lengthen distractors or shorten keys`,
    );
  return [
    'Units: key longest in single questions, true/false, questions per paragraph',
    ...table([['unit', 'longest', 'share', 'true/false', 'per paragraph'], ...rows]).map(
      (line) => `  ${line}`,
    ),
    ...warnings,
  ];
}

/**
 * Per language: entries translated from the current English against all, per unit; then each
 * glossary gap and each unfinished entry (the latter only listed when drafts are allowed; in a
 * normal check they are errors and the report is never printed).
 */
function formatUnitTranslations(coverage: UnitTranslationCoverage): string[] {
  if (!coverage.present) {
    return ['', `Units in ${coverage.locale}: no translation (the course shows in English)`];
  }
  const translated = coverage.units.reduce((sum, unit) => sum + unit.translated, 0);
  const total = coverage.units.reduce((sum, unit) => sum + unit.total, 0);
  return [
    '',
    `Units translated into ${coverage.locale}: ${translated}/${total} entries (${percent(translated, total)})`,
    ...coverageTable('entries', coverage.units),
    ...coverage.glossaryGaps.map(
      (gap) =>
        `  warning: glossary: ${gap.file}: ${gap.subject} lacks the ${coverage.locale} for ${gap.terms.join('; ')}`,
    ),
    ...coverage.drafts.map((draft) => `  draft: ${draft}`),
  ];
}

/** Per unit, how much is translated: `counted` names what is counted (blocks, entries). */
function coverageTable(
  counted: string,
  units: readonly { id: string; translated: number; total: number }[],
): string[] {
  return table([
    ['unit', counted, 'share'],
    ...units.map((unit) => [
      unit.id,
      `${unit.translated}/${unit.total}`,
      percent(unit.translated, unit.total),
    ]),
  ]).map((line) => `  ${line}`);
}

export function formatReport(report: ContentReport): string {
  const types = QUESTION_TYPES.map((type) => [type, String(report.questionsByType[type])]);
  const sections = report.sections.map((section) => [
    String(section.order),
    section.id,
    String(section.questions),
    `${section.quotedSentences}/${section.sentences}`,
    `${Math.round(section.share * 100)}%`,
  ]);
  const translations = report.translations.flatMap((coverage) => [
    '',
    `Article translated into ${coverage.locale}: ${coverage.translated}/${coverage.total} blocks (${percent(coverage.translated, coverage.total)})`,
    ...coverageTable('blocks', coverage.units),
    ...coverage.glossaryGaps.map(
      (gap) =>
        `  glossary: block ${gap.block} lacks the ${coverage.locale} for ${gap.terms.join('; ')}`,
    ),
  ]);
  return [
    `${counted(report.unitCount, 'unit')}, ${counted(report.questionCount, 'question')}`,
    '',
    'Questions by type',
    ...table([['type', 'count'], ...types]).map((line) => `  ${line}`),
    '',
    'Sections: sentences that some question quotes',
    ...table([['order', 'unit', 'questions', 'quoted', 'share'], ...sections]).map(
      (line) => `  ${line}`,
    ),
    '',
    ...formatBalance(report.balance),
    ...translations,
    ...report.unitTranslations.flatMap(formatUnitTranslations),
  ].join('\n');
}
