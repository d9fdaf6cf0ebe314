/**
 * What `content:check` tells an author about a valid course: how many units and questions, how
 * the questions spread over the types, and for each section how much of its text the questions
 * quote (a low share means whole paragraphs nobody is asked about). It only measures compiled
 * units; it must never judge them, since every rule lives in `rules.ts`.
 */
import { foldText } from './fold.ts';
import { QUESTION_TYPES, type QuestionType, type Unit } from './types.ts';

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

export interface ContentReport {
  unitCount: number;
  questionCount: number;
  questionsByType: Record<QuestionType, number>;
  /** Section units only (order 1 and up); the overview has no section of its own. */
  sections: SectionCoverage[];
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

export function buildReport(units: readonly Unit[]): ContentReport {
  const questions = units.flatMap((unit) => unit.questions);
  const questionsByType = Object.fromEntries(
    QUESTION_TYPES.map((type) => [type, questions.filter((q) => q.type === type).length]),
  ) as Record<QuestionType, number>;
  return {
    unitCount: units.length,
    questionCount: questions.length,
    questionsByType,
    sections: units.filter((unit) => unit.order >= 1).map(sectionCoverage),
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

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
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
  ].join('\n');
}
