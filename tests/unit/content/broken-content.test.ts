// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, compileCourse } from '../../../src/lib/content/compile';
import {
  UNIT_FILE,
  makeArticle,
  makeQuestions,
  makeUnit,
  questionOf,
  removeWrittenCourses,
  writeCourse,
  writeUnitCourse,
  type Yaml,
} from './fixture';

afterEach(removeWrittenCourses);

/** The ContentError message for a course, or a failure if it compiles. */
function problemsOf(dir: string, courseRules = false): string {
  try {
    compileCourse(dir, { courseRules });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected the course to be rejected');
}

/** The message line that names `subject`, so each case checks file, id and problem together. */
function lineAbout(message: string, subject: string): string {
  return message.split('\n').find((line) => line.includes(subject)) ?? message;
}

function unitWith(change: (unit: Yaml) => void): Yaml {
  const unit = makeUnit();
  change(unit);
  return unit;
}

interface BrokenCase {
  name: string;
  unit: Yaml | string;
  subject: string;
  problem: string;
}

const cases: BrokenCase[] = [
  {
    name: 'malformed YAML',
    unit: 'id: legislation\ntitle: [Better laws\norder: 1\n',
    subject: UNIT_FILE,
    problem: 'malformed YAML',
  },
  {
    name: 'missing question id',
    unit: unitWith((unit) => delete questionOf(unit, 'leg-02').id),
    subject: 'question #2',
    problem: 'questions[1].id: missing',
  },
  {
    name: 'missing unit id',
    unit: unitWith((unit) => delete unit.id),
    subject: UNIT_FILE,
    problem: 'id: missing',
  },
  {
    name: 'duplicate question id',
    unit: unitWith((unit) => (questionOf(unit, 'leg-02').id = 'leg-01')),
    subject: 'question leg-01',
    problem: `duplicate question id (also in ${UNIT_FILE})`,
  },
  {
    name: 'unknown question type',
    unit: unitWith((unit) => (questionOf(unit, 'leg-03').type = 'essay')),
    subject: 'question leg-03',
    problem:
      'unknown question type "essay" (allowed: single, multiple, truefalse, fill, ordering, matching)',
  },
  {
    name: 'single choice with two correct options',
    unit: unitWith((unit) => (questionOf(unit, 'leg-01').answer = ['law', 'weather'])),
    subject: 'question leg-01',
    problem: 'a single choice with two correct options',
  },
  {
    name: 'single answer that is not an option',
    unit: unitWith((unit) => (questionOf(unit, 'leg-01').answer = 'c')),
    subject: 'question leg-01',
    problem: 'answer "c" is not an option id',
  },
  {
    name: 'single with one option',
    unit: unitWith(
      (unit) => (questionOf(unit, 'leg-01').options = [{ id: 'law', text: 'Good law' }]),
    ),
    subject: 'question leg-01',
    problem: 'needs at least 2 options',
  },
  {
    name: 'multiple with an unknown option id',
    unit: unitWith((unit) => (questionOf(unit, 'leg-02').answer = ['plan', 'q'])),
    subject: 'question leg-02',
    problem: 'answer names "q", not among the option ids',
  },
  {
    name: 'multiple with an empty key',
    unit: unitWith((unit) => (questionOf(unit, 'leg-02').answer = [])),
    subject: 'question leg-02',
    problem: 'answer must list at least one option id',
  },
  {
    name: 'repeated option id',
    unit: unitWith((unit) => {
      questionOf(unit, 'leg-02').options = [
        { id: 'a', text: 'Plan' },
        { id: 'a', text: 'Draft' },
      ];
      questionOf(unit, 'leg-02').answer = ['a'];
    }),
    subject: 'question leg-02',
    problem: 'options repeat the id "a"',
  },
  {
    name: 'true/false answer as text',
    unit: unitWith((unit) => (questionOf(unit, 'leg-03').answer = 'yes')),
    subject: 'question leg-03',
    problem: 'answer: must be true or false',
  },
  {
    name: 'fill prompt with two blanks',
    unit: unitWith(
      (unit) => (questionOf(unit, 'leg-04').prompt = 'Good ___ is the premise of good ___.'),
    ),
    subject: 'question leg-04',
    problem: 'prompt must contain exactly one ___ blank, found 2',
  },
  {
    name: 'fill with an empty accepted answer',
    unit: unitWith((unit) => (questionOf(unit, 'leg-04').answers = [' '])),
    subject: 'question leg-04',
    problem: 'answers must not contain an empty answer',
  },
  {
    name: 'ordering key that is not a permutation',
    unit: unitWith(
      (unit) => (questionOf(unit, 'leg-05').answer = ['plan', 'plan', 'draft', 'deliberate']),
    ),
    subject: 'question leg-05',
    problem: 'answer is not a permutation of the item ids (missing "adopt"; repeated "plan")',
  },
  {
    name: 'matching key with a dangling item',
    unit: unitWith((unit) => {
      const matching = questionOf(unit, 'leg-06');
      matching.answer = { ...(matching.answer as Yaml), q: 'quality' };
    }),
    subject: 'question leg-06',
    problem: 'answer has a dangling key "q"',
  },
  {
    name: 'matching key that leaves a left item out',
    unit: unitWith((unit) => (questionOf(unit, 'leg-06').answer = { legislation: 'quality' })),
    subject: 'question leg-06',
    problem: 'answer does not map the left item "supervision", "health"',
  },
  {
    name: 'translation of a choice that does not exist',
    unit: unitWith((unit) => {
      questionOf(unit, 'leg-06').translations = { ug: { choices: { w: 'x' } } };
    }),
    subject: 'question leg-06',
    problem: 'translations.ug.choices names "w", not among the choice ids',
  },
  {
    name: 'unknown paragraph id in a source',
    unit: unitWith(
      (unit) => (questionOf(unit, 'leg-01').source = { paragraph: 's9-p9', quote: 'x' }),
    ),
    subject: 'question leg-01',
    problem: 'source names the unknown paragraph id "s9-p9"',
  },
  {
    name: 'source paragraph outside the passage',
    unit: unitWith((unit) => {
      questionOf(unit, 'leg-01').source = {
        paragraph: 's4-p1',
        quote: 'Supervision is carried out',
      };
    }),
    subject: 'question leg-01',
    problem: `source paragraph "s4-p1" is not in this unit's passage`,
  },
  {
    name: 'quote not verbatim',
    unit: unitWith((unit) => {
      questionOf(unit, 'leg-03').source = {
        paragraph: 's3-p1',
        quote: 'Good law is the premise of good government.',
      };
    }),
    subject: 'question leg-03',
    problem: 'quote is not verbatim in s3-p1',
  },
  {
    name: 'unknown paragraph id in the passage',
    unit: unitWith((unit) => (unit.passage = ['s3-headline', 's3-p1', 's3-p2', 's3-p9'])),
    subject: 'unit legislation',
    problem: 'passage names the unknown paragraph id "s3-p9"',
  },
  {
    name: 'unknown paragraph id in a key term',
    unit: unitWith((unit) => {
      unit.keyTerms = [{ term: 'x', paragraph: 's3-p7', explanation: 'y' }];
    }),
    subject: 'unit legislation',
    problem: 'keyTerms[0].paragraph names the unknown paragraph id "s3-p7"',
  },
  {
    name: 'principle not verbatim',
    unit: unitWith((unit) => (unit.principle = 'Improve the quality of legislative work.')),
    subject: 'unit legislation',
    problem: 'principle is not verbatim in any block of the passage',
  },
  {
    name: 'summary over 120 words',
    unit: unitWith((unit) => (unit.summary = Array.from({ length: 121 }, () => 'word').join(' '))),
    subject: 'unit legislation',
    problem: 'summary has 121 words, over the limit of 120',
  },
  {
    name: 'too few key points',
    unit: unitWith((unit) => (unit.keyPoints = (unit.keyPoints as Yaml[]).slice(0, 2))),
    subject: 'unit legislation',
    problem: 'has 2 keyPoints; a unit needs 3 to 7',
  },
  {
    name: 'a field the format does not have',
    unit: unitWith((unit) => (questionOf(unit, 'leg-01').tip = 'Think.')),
    subject: 'question leg-01',
    problem: 'questions[0].tip: unknown field',
  },
  {
    name: 'a unit id that cannot name a module',
    unit: unitWith((unit) => (unit.id = 'Better Laws')),
    subject: 'unit Better Laws',
    problem: 'id: must be lowercase letters and digits joined by single hyphens',
  },
];

describe('compileCourse on broken content', () => {
  it('accepts the valid fixture the cases start from', () => {
    const { units } = compileCourse(writeUnitCourse(), { courseRules: false });
    expect(units.map((unit) => unit.id)).toEqual(['legislation']);
  });

  it("compiles the fixture's questions back to the factories' questions, each with its hash", () => {
    const [unit] = compileCourse(writeUnitCourse(), { courseRules: false }).units;
    const authored = makeQuestions();
    expect(unit!.questions).toEqual(
      authored.map((question) => ({ ...question, hash: expect.stringMatching(/^[0-9a-f]{12}$/) })),
    );
  });

  it.each(cases)('rejects $name, naming the file, the id and the problem', (testCase) => {
    const message = problemsOf(writeUnitCourse(testCase.unit));
    const line = lineAbout(message, testCase.subject);
    expect(line).toContain(UNIT_FILE);
    expect(line).toContain(testCase.subject);
    expect(line).toContain(testCase.problem);
  });

  it('lists every problem, one line each, even behind a question the schema rejects', () => {
    const unit = unitWith((changed) => {
      questionOf(changed, 'leg-01').answer = 'c';
      questionOf(changed, 'leg-03').answer = 'yes';
      questionOf(changed, 'leg-05').answer = ['plan'];
      changed.summary = Array.from({ length: 130 }, () => 'word').join(' ');
    });
    const lines = problemsOf(writeUnitCourse(unit)).split('\n');
    expect(lines[0]).toBe('Content has 4 problems:');
    expect(lines.slice(1)).toEqual([
      `${UNIT_FILE}: question leg-03: questions[2].answer: must be true or false, got "yes"`,
      `${UNIT_FILE}: unit legislation: summary has 130 words, over the limit of 120`,
      `${UNIT_FILE}: question leg-01: answer "c" is not an option id`,
      `${UNIT_FILE}: question leg-05: answer is not a permutation of the item ids (missing "draft", "adopt", "deliberate")`,
    ]);
  });

  it('rejects a duplicate block id in the article', () => {
    const article = makeArticle();
    (article.blocks as Yaml[]).push({ id: 's3-p2', kind: 'caption', text: 'Again.' });
    const message = problemsOf(
      writeCourse(article, [{ name: '01-legislation.yaml', content: makeUnit() }]),
    );
    expect(message).toContain('content/article.yaml: block s3-p2: duplicate block id');
  });

  it('rejects two units with the same id or order, naming both files', () => {
    const twin = unitWith((unit) => {
      unit.questions = [];
    });
    const message = problemsOf(
      writeCourse(makeArticle(), [
        { name: '01-legislation.yaml', content: makeUnit() },
        { name: '02-twin.yaml', content: twin },
      ]),
    );
    expect(message).toContain(
      `content/units/02-twin.yaml: unit legislation: duplicate unit id (also in ${UNIT_FILE})`,
    );
    expect(message).toContain(
      `content/units/02-twin.yaml: unit legislation: order 1 is also unit legislation's`,
    );
  });

  it('applies the course rules unless told not to', () => {
    const message = problemsOf(writeUnitCourse(), true);
    expect(message).toContain(
      `${UNIT_FILE}: unit legislation: has 6 questions; a section unit needs at least 12`,
    );
  });

  it('requires all six question types across the course', () => {
    const unit = unitWith((changed) => {
      changed.questions = (changed.questions as Yaml[]).filter(
        (question) => question.type !== 'fill',
      );
    });
    const message = problemsOf(writeUnitCourse(unit), true);
    expect(message).toContain(
      'content/units: course: no question of type fill; the course needs all six types',
    );
  });
});
