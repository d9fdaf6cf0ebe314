/**
 * Small courses for the content tests: a factory for a minimal valid article and unit (one
 * question of each type), and a writer that lays them out as `<tmp>/content/` so messages name
 * files exactly as they do for the real course. Fixtures are built fresh per test; never shared.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const UNIT_FILE = 'content/units/01-legislation.yaml';

/** Plain data as the YAML holds it; tests mutate it freely before writing. */
export type Yaml = Record<string, unknown>;

export function makeArticle(): Yaml {
  return {
    title: 'A test article',
    author: 'An Author',
    authorRole: 'Author: a role',
    publication: 'Qiushi',
    blocks: [
      {
        id: 's3-headline',
        kind: 'heading',
        text: 'Promote the improvement of the quality of legislative work.',
      },
      {
        id: 's3-p1',
        kind: 'paragraph',
        // Curly quotes on purpose: the fixture's quotes are typed with straight ones.
        text: 'The Standing Committee’s task is to improve the quality of legislation. Good law is the premise of good governance. First plan; then draft; then deliberate.',
      },
      {
        id: 's3-p2',
        kind: 'paragraph',
        text: 'Public health is an important area of legislation.',
      },
      {
        id: 's4-p1',
        kind: 'paragraph',
        text: 'Supervision is carried out in accordance with the law.',
      },
    ],
  };
}

function source(quote: string): Yaml {
  return { paragraph: 's3-p1', quote };
}

const GOVERNANCE = 'Good law is the premise of good governance.';

export function makeQuestions(): Yaml[] {
  return [
    {
      id: 'leg-01',
      type: 'single',
      prompt: 'According to the article, what is the premise of good governance?',
      options: [
        { id: 'a', text: 'Good law' },
        { id: 'b', text: 'Good weather' },
      ],
      answer: 'a',
      explanation: 'The article says so.',
      source: source(GOVERNANCE),
    },
    {
      id: 'leg-02',
      type: 'multiple',
      prompt: 'According to the article, which steps come before deliberation?',
      options: [
        { id: 'a', text: 'Plan' },
        { id: 'b', text: 'Draft' },
        { id: 'c', text: 'Vote' },
      ],
      answer: ['a', 'b'],
      explanation: 'First plan; then draft.',
      source: source('First plan; then draft; then deliberate.'),
    },
    {
      id: 'leg-03',
      type: 'truefalse',
      prompt: 'According to the article, good law is the premise of good governance.',
      answer: true,
      explanation: 'The article says so.',
      source: source(GOVERNANCE),
    },
    {
      id: 'leg-04',
      type: 'fill',
      // Another sentence than leg-01 and leg-03: a blank in theirs would be given away by them.
      prompt:
        "According to the article, the Standing Committee's task is to improve the ___ of legislation.",
      answers: ['quality'],
      explanation: 'The article says so.',
      source: source("The Standing Committee's task is to improve the quality of legislation."),
    },
    {
      id: 'leg-05',
      type: 'ordering',
      prompt: 'Put the steps in the order the article gives them.',
      items: [
        { id: 'a', text: 'Deliberate' },
        { id: 'b', text: 'Plan' },
        { id: 'c', text: 'Draft' },
      ],
      answer: ['b', 'c', 'a'],
      explanation: 'First plan; then draft; then deliberate.',
      source: source('First plan; then draft; then deliberate.'),
    },
    {
      id: 'leg-06',
      type: 'matching',
      prompt: 'Match each step to its place.',
      left: [
        { id: 'a', text: 'Plan' },
        { id: 'b', text: 'Draft' },
      ],
      right: [
        { id: 'x', text: 'First' },
        { id: 'y', text: 'Second' },
        { id: 'z', text: 'Third' },
      ],
      answer: { a: 'x', b: 'y' },
      explanation: 'First plan; then draft.',
      // Straight apostrophe here, curly in the article: the fold must match them.
      source: source("The Standing Committee's task is to improve the quality of legislation."),
      translations: { 'zh-Hans': { prompt: '将每个步骤与其位置配对。', choices: { a: '计划' } } },
    },
  ];
}

export function makeUnit(): Yaml {
  return {
    id: 'legislation',
    order: 1,
    title: 'Better laws',
    principle: 'Promote the improvement of the quality of legislative work.',
    passage: ['s3-headline', 's3-p1', 's3-p2'],
    summary: 'The article says good law is the premise of good governance.',
    keyPoints: [
      { text: 'Good law comes first.', paragraph: 's3-p1' },
      { text: 'Quality matters.', paragraph: 's3-p1' },
      { text: 'Public health is an area of legislation.', paragraph: 's3-p2' },
    ],
    keyTerms: [
      { term: 'good law', paragraph: 's3-p1', explanation: 'The article does not define it.' },
    ],
    questions: makeQuestions(),
    translations: { 'zh-Hans': { title: '更好的法律' } },
  };
}

/** A unit file's name and its contents: data to stringify, or raw text for broken YAML. */
export interface UnitFile {
  name: string;
  content: Yaml | string;
}

function yamlText(content: Yaml | string): string {
  return typeof content === 'string' ? content : stringify(content);
}

const written: string[] = [];

/** Writes `<tmp>/content/` and returns its path. */
export function writeCourse(article: Yaml | string, units: readonly UnitFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'lectern-content-'));
  written.push(root);
  const dir = join(root, 'content');
  mkdirSync(join(dir, 'units'), { recursive: true });
  writeFileSync(join(dir, 'article.yaml'), yamlText(article));
  for (const unit of units) {
    writeFileSync(join(dir, 'units', unit.name), yamlText(unit.content));
  }
  return dir;
}

/** The minimal valid course, optionally with its one unit changed first. */
export function writeUnitCourse(unit: Yaml | string = makeUnit()): string {
  return writeCourse(makeArticle(), [{ name: '01-legislation.yaml', content: unit }]);
}

/** Call after each test that wrote a course. */
export function removeWrittenCourses(): void {
  for (const root of written.splice(0)) {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The question with this id in a unit built by makeUnit, for a test to change. */
export function questionOf(unit: Yaml, id: string): Yaml {
  const question = (unit.questions as Yaml[]).find((candidate) => candidate.id === id);
  if (question === undefined) {
    throw new Error(`fixture has no question ${id}`);
  }
  return question;
}
