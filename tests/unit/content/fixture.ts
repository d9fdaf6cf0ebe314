/**
 * Small courses for the content tests: a factory for a minimal valid article and unit (one
 * question of each type, the example questions of tests/factories.ts), and a writer that lays them out as `<tmp>/content/` so messages name
 * files exactly as they do for the real course. Fixtures are built fresh per test; never shared.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Question, SourceRef } from '../../../src/lib/content/types';
import {
  fillQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  singleQuestion,
  trueFalseQuestion,
} from '../../factories';

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

function source(quote: string): SourceRef {
  return { paragraph: 's3-p1', quote };
}

/** A compiled question in the form a unit file holds it: the hash is the build's, not authored. */
function authored(question: Question): Yaml {
  return Object.fromEntries(Object.entries(question).filter(([key]) => key !== 'hash'));
}

const STEPS = 'First plan; then draft; then deliberate.';

/**
 * The six example questions of tests/factories.ts, one of each type, as a unit file writes them,
 * with ids and sources that place them in this fixture's unit and article.
 */
export function makeQuestions(): Yaml[] {
  return [
    singleQuestion({ id: 'leg-01' }),
    multipleQuestion({ id: 'leg-02', source: source(STEPS) }),
    trueFalseQuestion({ id: 'leg-03' }),
    // Another sentence than leg-01's and leg-03's: a blank in theirs would be given away by them.
    fillQuestion({
      id: 'leg-04',
      prompt:
        "According to the article, the Standing Committee's task is to improve the ___ of legislation.",
      answers: ['quality'],
      source: source("The Standing Committee's task is to improve the quality of legislation."),
    }),
    orderingQuestion({ id: 'leg-05', source: source(STEPS) }),
    matchingQuestion({
      id: 'leg-06',
      // Straight apostrophe here, curly in the article: the fold must match them.
      source: source("The Standing Committee's task is to improve the quality of legislation."),
      translations: {
        'zh-Hans': { prompt: '将每个领域与文章对它的说法配对。', choices: { legislation: '立法' } },
      },
    }),
  ].map(authored);
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
