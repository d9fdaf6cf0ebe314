/**
 * The content rules that a schema cannot express: answer keys that fit their question, ids that
 * exist and are unique, quotes found verbatim in their paragraph, and the course rules (how many
 * questions and types each unit needs). Each rule returns problems as data; none of them throws,
 * so one run can list every problem. This module must never read files or change the content.
 */
import { foldText } from './fold.ts';
import type { AuthoredQuestion, AuthoredUnit } from './schema.ts';
import { QUESTION_TYPES, type ArticleBlock, type Choice } from './types.ts';

/** One thing wrong with the content, located by file and, where known, by unit or question. */
export interface Problem {
  file: string;
  /** `unit legislation`, `question leg-04`, `block s3-p1`; absent for the file as a whole. */
  subject?: string;
  message: string;
}

/** A unit that passed the schema, with the file it came from. */
export interface UnitEntry {
  file: string;
  unit: AuthoredUnit;
}

const SUMMARY_MAX_WORDS = 120;
const KEY_POINTS_MIN = 3;
const KEY_POINTS_MAX = 7;
const MIN_OPTIONS = 2;
const BLANK = '___';

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) {
      repeated.add(value);
    }
    seen.add(value);
  }
  return [...repeated];
}

function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

function idsOf(choices: readonly Choice[]): string[] {
  return choices.map((choice) => choice.id);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** YAML block scalars end in a newline; the fold turns it into a space that is not the author's. */
function isVerbatimIn(needle: string, haystack: string): boolean {
  return foldText(haystack).includes(foldText(needle).trim());
}

/** The choice lists a question has, by field name, for id checks and translations. */
function choiceLists(question: AuthoredQuestion): Record<string, Choice[]> {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { options: question.options };
    case 'ordering':
      return { items: question.items };
    case 'matching':
      return { left: question.left, right: question.right };
    case 'truefalse':
    case 'fill':
      return {};
  }
}

function checkChoiceIds(question: AuthoredQuestion): string[] {
  return Object.entries(choiceLists(question)).flatMap(([field, choices]) => {
    const repeated = duplicates(idsOf(choices));
    return repeated.length > 0 ? [`${field} repeat the id ${quoted(repeated)}`] : [];
  });
}

function checkOptions(options: readonly Choice[]): string[] {
  return options.length < MIN_OPTIONS ? [`needs at least ${MIN_OPTIONS} options`] : [];
}

function checkSingleKey(options: readonly Choice[], answer: string): string[] {
  return idsOf(options).includes(answer) ? [] : [`answer "${answer}" is not an option id`];
}

function checkMultipleKey(options: readonly Choice[], answer: readonly string[]): string[] {
  if (answer.length === 0) {
    return ['answer must list at least one option id'];
  }
  const problems: string[] = [];
  const repeated = duplicates(answer);
  if (repeated.length > 0) {
    problems.push(`answer lists ${quoted(repeated)} more than once`);
  }
  const unknown = answer.filter((id) => !idsOf(options).includes(id));
  if (unknown.length > 0) {
    problems.push(`answer names ${quoted(unknown)}, not among the option ids`);
  }
  return problems;
}

function checkFill(prompt: string, answers: readonly string[]): string[] {
  const problems: string[] = [];
  if (answers.length === 0) {
    problems.push('answers must list at least one accepted answer');
  }
  if (answers.some((answer) => answer.trim() === '')) {
    problems.push('answers must not contain an empty answer');
  }
  const blanks = prompt.match(/_{2,}/g) ?? [];
  if (blanks.length !== 1) {
    problems.push(`prompt must contain exactly one ${BLANK} blank, found ${blanks.length}`);
  } else if (blanks[0] !== BLANK) {
    problems.push(`the blank must be written ${BLANK} (three underscores)`);
  }
  return problems;
}

function checkOrderingKey(items: readonly Choice[], answer: readonly string[]): string[] {
  const itemIds = idsOf(items);
  const missing = itemIds.filter((id) => !answer.includes(id));
  const unknown = answer.filter((id) => !itemIds.includes(id));
  const repeated = duplicates(answer);
  if (missing.length + unknown.length + repeated.length === 0) {
    return [];
  }
  const details = [
    missing.length > 0 ? `missing ${quoted(missing)}` : '',
    unknown.length > 0 ? `unknown ${quoted(unknown)}` : '',
    repeated.length > 0 ? `repeated ${quoted(repeated)}` : '',
  ].filter((detail) => detail !== '');
  return [`answer is not a permutation of the item ids (${details.join('; ')})`];
}

function checkMatchingKey(
  left: readonly Choice[],
  right: readonly Choice[],
  answer: Readonly<Record<string, string>>,
): string[] {
  const leftIds = idsOf(left);
  const rightIds = idsOf(right);
  const problems: string[] = [];
  const unmapped = leftIds.filter((id) => !Object.hasOwn(answer, id));
  if (unmapped.length > 0) {
    problems.push(`answer does not map the left item ${quoted(unmapped)}`);
  }
  for (const [leftId, rightId] of Object.entries(answer)) {
    if (!leftIds.includes(leftId)) {
      problems.push(`answer has a dangling key "${leftId}": no left item has that id`);
    } else if (!rightIds.includes(rightId)) {
      problems.push(`answer maps "${leftId}" to "${rightId}", which is not a right id`);
    }
  }
  return problems;
}

function checkKey(question: AuthoredQuestion): string[] {
  switch (question.type) {
    case 'single':
      return [
        ...checkOptions(question.options),
        ...checkSingleKey(question.options, question.answer),
      ];
    case 'multiple':
      return [
        ...checkOptions(question.options),
        ...checkMultipleKey(question.options, question.answer),
      ];
    case 'truefalse':
      return [];
    case 'fill':
      return checkFill(question.prompt, question.answers);
    case 'ordering':
      return checkOrderingKey(question.items, question.answer);
    case 'matching':
      return checkMatchingKey(question.left, question.right, question.answer);
  }
}

function checkSource(
  question: AuthoredQuestion,
  passage: readonly string[],
  blocks: ReadonlyMap<string, ArticleBlock>,
): string[] {
  const { paragraph, quote } = question.source;
  const block = blocks.get(paragraph);
  if (block === undefined) {
    return [`source names the unknown paragraph id "${paragraph}"`];
  }
  if (!passage.includes(paragraph)) {
    return [`source paragraph "${paragraph}" is not in this unit's passage`];
  }
  return isVerbatimIn(quote, block.text)
    ? []
    : [`quote is not verbatim in ${paragraph}: "${quote.trim()}"`];
}

function checkQuestionTranslations(question: AuthoredQuestion): string[] {
  const choiceIds = Object.values(choiceLists(question)).flatMap(idsOf);
  return Object.entries(question.translations ?? {}).flatMap(([locale, translation]) => {
    const unknown = Object.keys(translation.choices ?? {}).filter((id) => !choiceIds.includes(id));
    return unknown.length > 0
      ? [`translations.${locale}.choices names ${quoted(unknown)}, not among the choice ids`]
      : [];
  });
}

function checkQuestion(
  question: AuthoredQuestion,
  passage: readonly string[],
  blocks: ReadonlyMap<string, ArticleBlock>,
): string[] {
  return [
    ...checkChoiceIds(question),
    ...checkKey(question),
    ...checkSource(question, passage, blocks),
    ...checkQuestionTranslations(question),
  ];
}

function checkPassage(unit: AuthoredUnit, blocks: ReadonlyMap<string, ArticleBlock>): string[] {
  const problems: string[] = [];
  if (unit.passage.length === 0) {
    problems.push('passage must list at least one block id');
  }
  for (const id of unit.passage.filter((blockId) => !blocks.has(blockId))) {
    problems.push(`passage names the unknown paragraph id "${id}"`);
  }
  const repeated = duplicates(unit.passage);
  if (repeated.length > 0) {
    problems.push(`passage lists ${quoted(repeated)} more than once`);
  }
  const passageTexts = unit.passage.flatMap((id) => blocks.get(id)?.text ?? []);
  if (!passageTexts.some((text) => isVerbatimIn(unit.principle, text))) {
    problems.push(`principle is not verbatim in any block of the passage: "${unit.principle}"`);
  }
  return problems;
}

function checkUnitText(unit: AuthoredUnit, blocks: ReadonlyMap<string, ArticleBlock>): string[] {
  const problems: string[] = [];
  const words = wordCount(unit.summary);
  if (words > SUMMARY_MAX_WORDS) {
    problems.push(`summary has ${words} words, over the limit of ${SUMMARY_MAX_WORDS}`);
  }
  const points = unit.keyPoints.length;
  if (points < KEY_POINTS_MIN || points > KEY_POINTS_MAX) {
    problems.push(`has ${points} keyPoints; a unit needs ${KEY_POINTS_MIN} to ${KEY_POINTS_MAX}`);
  }
  const cited = [
    ...unit.keyPoints.map((point, index) => ({ at: `keyPoints[${index}]`, id: point.paragraph })),
    ...unit.keyTerms.map((term, index) => ({ at: `keyTerms[${index}]`, id: term.paragraph })),
  ];
  for (const { at, id } of cited.filter((citation) => !blocks.has(citation.id))) {
    problems.push(`${at}.paragraph names the unknown paragraph id "${id}"`);
  }
  for (const [locale, translation] of Object.entries(unit.translations ?? {})) {
    const translated = translation.keyPoints?.length;
    if (translated !== undefined && translated !== points) {
      problems.push(`translations.${locale}.keyPoints has ${translated} entries for ${points}`);
    }
  }
  return problems;
}

/** Every rule that concerns one unit alone. */
export function checkUnit(entry: UnitEntry, blocks: ReadonlyMap<string, ArticleBlock>): Problem[] {
  const { file, unit } = entry;
  const unitProblems = [...checkPassage(unit, blocks), ...checkUnitText(unit, blocks)].map(
    (message) => ({ file, subject: `unit ${unit.id}`, message }),
  );
  const questionProblems = unit.questions.flatMap((question) =>
    checkQuestion(question, unit.passage, blocks).map((message) => ({
      file,
      subject: `question ${question.id}`,
      message,
    })),
  );
  return [...unitProblems, ...questionProblems];
}

/** Block ids are cited by every unit, so each must name one block. */
export function checkBlockIds(file: string, blocks: readonly ArticleBlock[]): Problem[] {
  return duplicates(blocks.map((block) => block.id)).map((id) => ({
    file,
    subject: `block ${id}`,
    message: 'duplicate block id',
  }));
}

/** Ids and orders that must be unique across the whole course; saved progress hangs on them. */
export function checkCourseIds(entries: readonly UnitEntry[]): Problem[] {
  const problems: Problem[] = [];
  const unitFiles = new Map<string, string>();
  const orderUnits = new Map<number, string>();
  const questionFiles = new Map<string, string>();
  for (const { file, unit } of entries) {
    const subject = `unit ${unit.id}`;
    const earlierFile = unitFiles.get(unit.id);
    if (earlierFile !== undefined) {
      problems.push({ file, subject, message: `duplicate unit id (also in ${earlierFile})` });
    }
    unitFiles.set(unit.id, file);
    const earlierUnit = orderUnits.get(unit.order);
    if (earlierUnit !== undefined) {
      problems.push({
        file,
        subject,
        message: `order ${unit.order} is also unit ${earlierUnit}'s`,
      });
    }
    orderUnits.set(unit.order, unit.id);
    for (const { id } of unit.questions) {
      const firstFile = questionFiles.get(id);
      if (firstFile !== undefined) {
        const message = `duplicate question id (also in ${firstFile})`;
        problems.push({ file, subject: `question ${id}`, message });
      }
      questionFiles.set(id, file);
    }
  }
  return problems;
}

const OVERVIEW_RULE = { questions: 6, types: 3 };
const SECTION_RULE = { questions: 12, types: 3 };

/**
 * The course rules: how big the real course must be. Kept apart from the other rules so small
 * test fixtures can switch them off while every other rule still applies to them.
 */
export function checkUnitSize({ file, unit }: UnitEntry): Problem[] {
  const rule = unit.order === 0 ? OVERVIEW_RULE : SECTION_RULE;
  const kind = unit.order === 0 ? 'the overview' : 'a section unit';
  const types = new Set(unit.questions.map((question) => question.type)).size;
  const subject = `unit ${unit.id}`;
  const problems: Problem[] = [];
  if (unit.questions.length < rule.questions) {
    const message = `has ${unit.questions.length} questions; ${kind} needs at least ${rule.questions}`;
    problems.push({ file, subject, message });
  }
  if (types < rule.types) {
    const message = `uses ${types} question types; ${kind} needs at least ${rule.types}`;
    problems.push({ file, subject, message });
  }
  return problems;
}

/** A course rule too: every question type appears somewhere in the course. */
export function checkCourseTypes(unitsDir: string, entries: readonly UnitEntry[]): Problem[] {
  const used = new Set(
    entries.flatMap(({ unit }) => unit.questions.map((question) => question.type)),
  );
  const unused = QUESTION_TYPES.filter((type) => !used.has(type));
  if (unused.length === 0) {
    return [];
  }
  const message = `no question of type ${unused.join(', ')}; the course needs all six types`;
  return [{ file: unitsDir, subject: 'course', message }];
}
