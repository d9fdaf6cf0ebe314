/**
 * Compiles `content/` (the article and one YAML file per unit) into the typed course the app
 * loads: reads the files, checks them against the schema and the rules, and either returns the
 * compiled course or throws one ContentError that lists every problem found, one line each, with
 * the file, the unit or question id and what is wrong. Plain Node: it must never import Svelte or
 * browser code, and never return a course that broke a rule.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { parseDocument } from 'yaml';
import { checkCompleteness, checkObjectiveIds } from './completeness.ts';
import { checkFairness } from './fairness.ts';
import { buildReport, type ContentReport, type UnitTranslationCoverage } from './report.ts';
import {
  checkBlockIds,
  checkCourseIds,
  checkCourseTypes,
  checkUnit,
  checkUnitSize,
  type Problem,
  type UnitEntry,
} from './rules.ts';
import {
  ArticleSchema,
  ArticleTranslationSchema,
  GlossarySchema,
  UnitSchema,
  checkShape,
  type AuthoredArticle,
  type AuthoredQuestion,
  type AuthoredUnit,
  type ShapeProblem,
} from './schema.ts';
import {
  TRANSLATED_LOCALES,
  checkArticleTranslation,
  checkGlossary,
  type GlossaryTerm,
  type TranslatedLocale,
} from './translations.ts';
import { UnitTranslationFileSchema } from './unit-translation.ts';
import {
  checkUnitTranslation,
  translationEntryCount,
  type CompiledUnitTranslation,
} from './unit-translation-check.ts';
import type { ArticleBlock, CourseIndex, Unit, UnitSummary } from './types.ts';

export type { Problem } from './rules.ts';

const ARTICLE_FILE = 'article.yaml';
const UNITS_DIR = 'units';
const UNIT_EXTENSION = '.yaml';
const GLOSSARY_FILE = 'glossary.yaml';
const TRANSLATIONS_DIR = 'translations';
const HASH_LENGTH = 12;

export interface CompileOptions {
  /**
   * The rules for the real course: how many questions and types each unit needs, and the teaching
   * fields (objectives, hints, feedback). Off only for small test fixtures.
   */
  courseRules?: boolean;
  /** How messages name the course folder (default: its own name). */
  shownDir?: string;
  /**
   * Lets a unit translation be incomplete (entries missing or still English), reporting that as
   * warnings: for trying a few translated entries locally (LECTERN_TRANSLATION_DRAFTS=1). Stale
   * entries, unknown ids and wrong blanks or keys stay errors. Never on for a release.
   */
  translationDrafts?: boolean;
}

/**
 * Whether a unit translation entry that lacks a glossary term's rendering fails the check. A
 * warning for now: the match is literal, and Uyghur suffixes or an official abbreviation can hide
 * a right rendering (`forms` in the glossary cover those once seen). Make it an error once the
 * finished translations report none.
 */
const GLOSSARY_GAPS_ARE_ERRORS = false;

/** Set to 1 to build or check with unfinished unit translations (see `translationDrafts`). */
export const TRANSLATION_DRAFTS_ENV = 'LECTERN_TRANSLATION_DRAFTS';

/** Block id to translated text, per language that has a translation file. */
export type ArticleTranslations = Partial<Record<TranslatedLocale, Record<string, string>>>;

/** Unit id to its translated text, per language that has a `translations/<locale>/units/`. */
export type UnitTranslations = Partial<
  Record<TranslatedLocale, Record<string, CompiledUnitTranslation>>
>;

export interface CompiledCourse {
  index: CourseIndex;
  /** Sorted by order. */
  units: Unit[];
  glossary: GlossaryTerm[];
  articleTranslations: ArticleTranslations;
  unitTranslations: UnitTranslations;
  report: ContentReport;
}

function formatProblem(problem: Problem): string {
  return [problem.file, problem.subject, problem.message].filter(Boolean).join(': ');
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super([`Content has ${count}:`, ...problems.map(formatProblem)].join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Where the files are on disk, and how messages name them (`content/units/03-x.yaml`). */
interface Layout {
  dir: string;
  shown: string;
}

function shownPath(layout: Layout, ...parts: string[]): string {
  return posix.join(layout.shown, ...parts);
}

function unitFileNames(dir: string): string[] {
  const unitsDir = join(dir, UNITS_DIR);
  if (!existsSync(unitsDir)) {
    return [];
  }
  return readdirSync(unitsDir)
    .filter((name) => name.endsWith(UNIT_EXTENSION))
    .sort();
}

function articleTranslationPath(locale: TranslatedLocale): string[] {
  return [TRANSLATIONS_DIR, locale, ARTICLE_FILE];
}

function unitTranslationsDir(locale: TranslatedLocale): string[] {
  return [TRANSLATIONS_DIR, locale, UNITS_DIR];
}

/** The YAML files in a language's unit translation folder, whether or not a unit has the name. */
function unitTranslationNames(dir: string, locale: TranslatedLocale): string[] {
  const folder = join(dir, ...unitTranslationsDir(locale));
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith(UNIT_EXTENSION))
        .sort()
    : [];
}

/** Every file the course is compiled from, so a watcher can rebuild when one changes. */
export function contentFiles(dir: string): string[] {
  const units = unitFileNames(dir);
  return [
    join(dir, ARTICLE_FILE),
    join(dir, GLOSSARY_FILE),
    ...TRANSLATED_LOCALES.map((locale) => join(dir, ...articleTranslationPath(locale))),
    ...units.map((name) => join(dir, UNITS_DIR, name)),
    // Each unit's translation, there or not yet (a new file must rebuild too), and strays.
    ...TRANSLATED_LOCALES.flatMap((locale) =>
      [...new Set([...units, ...unitTranslationNames(dir, locale)])].map((name) =>
        join(dir, ...unitTranslationsDir(locale), name),
      ),
    ),
  ];
}

function readYaml(path: string, file: string, problems: Problem[]): unknown {
  if (!existsSync(path)) {
    problems.push({ file, message: 'file not found' });
    return undefined;
  }
  const document = parseDocument(readFileSync(path, 'utf8'));
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      // The parser's message goes on to quote the file; its first line says what and where.
      const summary = (error.message.split('\n')[0] ?? error.message).replace(/:$/, '');
      problems.push({ file, message: `malformed YAML: ${summary}` });
    }
    return undefined;
  }
  if (document.contents === null) {
    problems.push({ file, message: 'the file is empty' });
    return undefined;
  }
  return document.toJS();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id written at `raw[list][index]`, if the author wrote one, for naming the culprit. */
function rawId(raw: unknown, list?: string, index?: number): string | undefined {
  const items = isRecord(raw) && list !== undefined ? raw[list] : undefined;
  const item = Array.isArray(items) && index !== undefined ? items[index] : raw;
  const id = isRecord(item) ? item.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/** Names a list entry by its id, or by its position when the id itself is what is missing. */
function subjectFor(raw: unknown, path: PropertyKey[], list: string, noun: string) {
  const [first, index] = path;
  if (first === list && typeof index === 'number') {
    const id = rawId(raw, list, index);
    return id === undefined ? `${noun} #${index + 1}` : `${noun} ${id}`;
  }
  return undefined;
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((key, position) => {
      if (typeof key === 'number') {
        return `[${key}]`;
      }
      return position === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

function shapeMessage({ path, message }: ShapeProblem): string {
  return path.length === 0 ? message : `${formatPath(path)}: ${message}`;
}

function readArticle(layout: Layout, problems: Problem[]): AuthoredArticle | undefined {
  const file = shownPath(layout, ARTICLE_FILE);
  const raw = readYaml(join(layout.dir, ARTICLE_FILE), file, problems);
  if (raw === undefined) {
    return undefined;
  }
  const result = checkShape(ArticleSchema, raw);
  if (!result.ok) {
    for (const shape of result.problems) {
      const subject = subjectFor(raw, shape.path, 'blocks', 'block');
      problems.push({ file, subject, message: shapeMessage(shape) });
    }
    return undefined;
  }
  problems.push(...checkBlockIds(file, result.value.blocks));
  return result.value;
}

/** The glossary, if the course has one; a course without translations needs none. */
function readGlossary(layout: Layout, problems: Problem[]): GlossaryTerm[] {
  if (!existsSync(join(layout.dir, GLOSSARY_FILE))) {
    return [];
  }
  const file = shownPath(layout, GLOSSARY_FILE);
  const raw = readYaml(join(layout.dir, GLOSSARY_FILE), file, problems);
  if (raw === undefined) {
    return [];
  }
  const result = checkShape(GlossarySchema, raw);
  if (!result.ok) {
    for (const shape of result.problems) {
      const [list, index] = shape.path;
      const terms = isRecord(raw) && Array.isArray(raw.terms) ? raw.terms : [];
      const entry: unknown = list === 'terms' && typeof index === 'number' ? terms[index] : {};
      const en = isRecord(entry) && typeof entry.en === 'string' ? entry.en : undefined;
      const subject =
        typeof index === 'number' ? (en ? `term ${en}` : `term #${index + 1}`) : undefined;
      problems.push({ file, subject, message: shapeMessage(shape) });
    }
    return [];
  }
  problems.push(...checkGlossary(file, result.value));
  return result.value.terms;
}

/** Each language's translated article, where the course has one, checked against the English. */
function readArticleTranslations(
  layout: Layout,
  blocks: readonly ArticleBlock[],
  problems: Problem[],
): ArticleTranslations {
  const translations: ArticleTranslations = {};
  for (const locale of TRANSLATED_LOCALES) {
    const path = articleTranslationPath(locale);
    if (!existsSync(join(layout.dir, ...path))) {
      continue;
    }
    const file = shownPath(layout, ...path);
    const raw = readYaml(join(layout.dir, ...path), file, problems);
    if (raw === undefined) {
      continue;
    }
    const result = checkShape(ArticleTranslationSchema, raw);
    if (!result.ok) {
      for (const shape of result.problems) {
        const [list, id] = shape.path;
        const subject = list === 'blocks' && typeof id === 'string' ? `block ${id}` : undefined;
        problems.push({ file, subject, message: shapeMessage(shape) });
      }
      continue;
    }
    problems.push(...checkArticleTranslation(file, result.value, blocks));
    translations[locale] = Object.fromEntries(
      Object.entries(result.value.blocks).map(([id, block]) => [id, block.text.trim()]),
    );
  }
  return translations;
}

/** Names the entry a shape problem of a unit translation is in: `question leg-04`, `key point #2`. */
function translationSubject(path: PropertyKey[]): string | undefined {
  const [field, key] = path;
  const nouns: Record<string, string> = {
    questions: 'question',
    quotes: 'quote',
    objectives: 'objective',
    keyPoints: 'key point',
    keyTerms: 'key term',
  };
  const noun = typeof field === 'string' ? nouns[field] : undefined;
  if (noun !== undefined && typeof key === 'string') {
    return `${noun} ${key}`;
  }
  if (noun !== undefined && typeof key === 'number') {
    return `${noun} #${key + 1}`;
  }
  return undefined;
}

interface UnitTranslationInput {
  entries: readonly UnitEntry[];
  glossary: readonly GlossaryTerm[];
  drafts: boolean;
}

/**
 * Each language's unit translations, where the course has a `translations/<locale>/units/`
 * folder: every unit must have its file and every file a unit; each is checked against its
 * English unit. A language without the folder shows in English and is no error.
 */
function readUnitTranslations(
  layout: Layout,
  input: UnitTranslationInput,
  problems: Problem[],
): { translations: UnitTranslations; coverage: UnitTranslationCoverage[] } {
  const translations: UnitTranslations = {};
  const coverage: UnitTranslationCoverage[] = [];
  const byName = new Map(input.entries.map((entry) => [posix.basename(entry.file), entry.unit]));
  for (const locale of TRANSLATED_LOCALES) {
    const folder = unitTranslationsDir(locale);
    const present = existsSync(join(layout.dir, ...folder));
    const report: UnitTranslationCoverage = {
      locale,
      present,
      units: [],
      glossaryGaps: [],
      drafts: [],
    };
    coverage.push(report);
    if (!present) {
      continue;
    }
    const incomplete: Problem[] = [];
    const compiled: Record<string, CompiledUnitTranslation> = {};
    for (const name of unitTranslationNames(layout.dir, locale)) {
      if (!byName.has(name) && !existsSync(join(layout.dir, UNITS_DIR, name))) {
        problems.push({
          file: shownPath(layout, ...folder, name),
          message: `no English unit ${UNITS_DIR}/${name} to translate; rename or remove the file`,
        });
      }
    }
    for (const [name, unit] of byName) {
      const file = shownPath(layout, ...folder, name);
      const path = join(layout.dir, ...folder, name);
      if (!existsSync(path)) {
        incomplete.push({
          file,
          message: `not translated: the file is missing (npm run content:skeleton -- ${locale} writes a start)`,
        });
        report.units.push({ id: unit.id, translated: 0, total: translationEntryCount(unit) });
        continue;
      }
      const raw = readYaml(path, file, problems);
      const shape = raw === undefined ? undefined : checkShape(UnitTranslationFileSchema, raw);
      if (shape === undefined || !shape.ok) {
        for (const problem of shape?.ok === false ? shape.problems : []) {
          const subject = translationSubject(problem.path);
          problems.push({ file, subject, message: shapeMessage(problem) });
        }
        report.units.push({ id: unit.id, translated: 0, total: translationEntryCount(unit) });
        continue;
      }
      const result = checkUnitTranslation(file, shape.value, unit, input.glossary, locale);
      problems.push(...result.problems);
      incomplete.push(...result.incomplete);
      report.glossaryGaps.push(...result.gaps.map((gap) => ({ ...gap, file })));
      if (GLOSSARY_GAPS_ARE_ERRORS) {
        problems.push(
          ...result.gaps.map((gap) => ({
            file,
            subject: gap.subject,
            message: `lacks the ${locale} for ${gap.terms.join('; ')} (glossary.yaml)`,
          })),
        );
      }
      report.units.push({ id: unit.id, translated: result.translated, total: result.total });
      compiled[unit.id] = result.compiled;
    }
    if (input.drafts) {
      report.drafts.push(...incomplete.map(formatProblem));
    } else {
      problems.push(...incomplete);
    }
    translations[locale] = compiled;
  }
  return { translations, coverage };
}

/** The index of the question a shape problem is in, or undefined for the unit's own fields. */
function questionIndex(path: PropertyKey[]): number | undefined {
  const [first, index] = path;
  return first === 'questions' && typeof index === 'number' ? index : undefined;
}

/**
 * A broken question should not hide the rest of its unit: when only questions fail the schema,
 * the unit is checked again without them, so the rules still run on everything else.
 */
function withoutBrokenQuestions(raw: unknown, problems: readonly ShapeProblem[]) {
  const broken = problems.map((problem) => questionIndex(problem.path));
  if (!isRecord(raw) || !Array.isArray(raw.questions) || broken.includes(undefined)) {
    return undefined;
  }
  const questions = raw.questions.filter((_, index) => !broken.includes(index));
  const result = checkShape(UnitSchema, { ...raw, questions });
  return result.ok ? result.value : undefined;
}

interface ReadUnit {
  entry?: UnitEntry;
  /** False when the entry lacks questions that failed the schema, or there is no entry. */
  complete: boolean;
}

function readUnit(layout: Layout, name: string, problems: Problem[]): ReadUnit {
  const file = shownPath(layout, UNITS_DIR, name);
  const raw = readYaml(join(layout.dir, UNITS_DIR, name), file, problems);
  if (raw === undefined) {
    return { complete: false };
  }
  const result = checkShape(UnitSchema, raw);
  if (result.ok) {
    return { entry: { file, unit: result.value }, complete: true };
  }
  const unitId = rawId(raw);
  const unitSubject = unitId === undefined ? undefined : `unit ${unitId}`;
  for (const shape of result.problems) {
    const subject = subjectFor(raw, shape.path, 'questions', 'question') ?? unitSubject;
    problems.push({ file, subject, message: shapeMessage(shape) });
  }
  const rest = withoutBrokenQuestions(raw, result.problems);
  return { entry: rest && { file, unit: rest }, complete: false };
}

/** The units that passed the schema, and whether they are all there with all their questions. */
function readUnits(
  layout: Layout,
  problems: Problem[],
): { entries: UnitEntry[]; complete: boolean } {
  const names = unitFileNames(layout.dir);
  if (names.length === 0) {
    const file = shownPath(layout, UNITS_DIR);
    problems.push({ file, message: `no unit files (${UNITS_DIR}/NN-slug${UNIT_EXTENSION})` });
  }
  const read = names.map((name) => readUnit(layout, name, problems));
  return {
    entries: read.flatMap(({ entry }) => entry ?? []),
    complete: read.every((unit) => unit.complete),
  };
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The choices as given and the key of a question: what a learner sees and is graded on. */
function answeredParts(question: AuthoredQuestion): { choices: object; key: unknown } {
  switch (question.type) {
    case 'single':
    case 'multiple':
      // Per-option feedback is explanation, not what is graded: it stays out of the hash.
      return {
        choices: { options: question.options.map(({ id, text }) => ({ id, text })) },
        key: question.answer,
      };
    case 'truefalse':
      return { choices: {}, key: question.answer };
    case 'fill':
      return { choices: {}, key: question.answers };
    case 'ordering':
      return { choices: { items: question.items }, key: question.answer };
    case 'matching':
      return { choices: { left: question.left, right: question.right }, key: question.answer };
  }
}

/**
 * First 12 hex digits of the sha256 of type, prompt, choices and key. Explanations, sources and
 * translations are left out on purpose: fixing them must not mark saved progress stale.
 */
export function questionHash(question: AuthoredQuestion): string {
  const json = canonicalJson({
    type: question.type,
    prompt: question.prompt,
    ...answeredParts(question),
  });
  return createHash('sha256').update(json).digest('hex').slice(0, HASH_LENGTH);
}

/** Words a learner reads in a minute of careful study (slower than skimming). */
const STUDY_WORDS_PER_MINUTE = 180;

/** Minutes to read a unit's page with care (passage, summary, key points and terms), at least one. */
export function readingMinutes(texts: readonly string[]): number {
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
  return Math.max(1, Math.round(words / STUDY_WORDS_PER_MINUTE));
}

function compileUnit(unit: AuthoredUnit, blocks: ReadonlyMap<string, ArticleBlock>): Unit {
  const { id, order, title, principle, summary, keyPoints, objectives, keyTerms, translations } =
    unit;
  // checkUnit has proven that every id names a block.
  const passage = unit.passage.flatMap((blockId) => blocks.get(blockId) ?? []);
  return {
    id,
    order,
    title,
    principle,
    questionCount: unit.questions.length,
    readingMinutes: readingMinutes([
      ...passage.map((block) => block.text),
      summary,
      ...keyPoints.map((point) => point.text),
      ...keyTerms.flatMap((term) => [term.term, term.explanation, term.background ?? '']),
    ]),
    passage,
    summary,
    keyPoints,
    objectives,
    keyTerms,
    questions: unit.questions.map((question) => ({ ...question, hash: questionHash(question) })),
    ...(translations && { translations }),
  };
}

/** The units list ships with the first screen, so it carries titles and counts, not passages. */
function summarize(unit: Unit): UnitSummary {
  const { id, order, title, questionCount, readingMinutes } = unit;
  const titles = Object.entries(unit.translations ?? {}).flatMap(([locale, translation]) =>
    translation.title === undefined ? [] : [[locale, { title: translation.title }] as const],
  );
  return {
    id,
    order,
    title,
    questionCount,
    readingMinutes,
    ...(titles.length > 0 && { translations: Object.fromEntries(titles) }),
  };
}

/**
 * Reads `dir` (laid out as `content/` is) and returns the compiled course, or throws a
 * ContentError listing every problem.
 */
export function compileCourse(dir: string, options: CompileOptions = {}): CompiledCourse {
  const layout: Layout = { dir, shown: options.shownDir ?? basename(dir) };
  const problems: Problem[] = [];
  const article = readArticle(layout, problems);
  const { entries, complete } = readUnits(layout, problems);
  const blocks = new Map((article?.blocks ?? []).map((block) => [block.id, block]));
  const glossary = readGlossary(layout, problems);
  const articleTranslations =
    article === undefined ? {} : readArticleTranslations(layout, article.blocks, problems);
  const { translations: unitTranslations, coverage: unitCoverage } = readUnitTranslations(
    layout,
    {
      entries,
      glossary,
      drafts: options.translationDrafts ?? process.env[TRANSLATION_DRAFTS_ENV] === '1',
    },
    problems,
  );
  if (article !== undefined) {
    problems.push(...entries.flatMap((entry) => checkUnit(entry, blocks)));
    problems.push(...entries.flatMap((entry) => checkFairness(entry, blocks)));
  }
  problems.push(...entries.flatMap(checkObjectiveIds));
  problems.push(...checkCourseIds(entries));
  // Counting questions means nothing while some are unreadable; those problems come first.
  if ((options.courseRules ?? true) && complete) {
    problems.push(...entries.flatMap(checkUnitSize));
    problems.push(...entries.flatMap(checkCompleteness));
    problems.push(...checkCourseTypes(shownPath(layout, UNITS_DIR), entries));
  }
  if (problems.length > 0 || article === undefined) {
    throw new ContentError(problems);
  }
  const units = entries
    .map((entry) => compileUnit(entry.unit, blocks))
    .sort((a, b) => a.order - b.order);
  const { title, author, authorRole, publication } = article;
  return {
    index: {
      id: basename(dir),
      article: { title, author, authorRole, publication },
      units: units.map(summarize),
    },
    units,
    glossary,
    articleTranslations,
    unitTranslations,
    report: buildReport(units, {
      blocks: article.blocks,
      glossary,
      articleTranslations,
      unitTranslations: unitCoverage,
    }),
  };
}
