// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, compileCourse } from '../../../src/lib/content/compile';
import { checkCompleteness } from '../../../src/lib/content/completeness';
import { formatReport } from '../../../src/lib/content/report';
import { UnitSchema, checkShape } from '../../../src/lib/content/schema';
import {
  UNIT_FILE,
  makeUnit,
  questionOf,
  removeWrittenCourses,
  writeUnitCourse,
  type Yaml,
} from './fixture';

afterEach(removeWrittenCourses);

function unitWith(change: (unit: Yaml) => void): Yaml {
  const unit = makeUnit();
  change(unit);
  return unit;
}

/** Every problem line for a fixture unit (course rules off), or [] when it compiles. */
function problemLines(unit: Yaml): string[] {
  try {
    compileCourse(writeUnitCourse(unit), { courseRules: false });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message.split('\n').slice(1);
  }
}

describe('the fixture the cases start from', () => {
  it('passes every fairness rule', () => {
    expect(problemLines(makeUnit())).toEqual([]);
  });
});

describe('fill answers that differ only by hyphen, space or case', () => {
  it.each([
    [['quality', 'Quality']],
    [['rule-of-law', 'rule of law']],
    [['follow up', 'follow-up', 'Follow Up']],
  ])('rejects %j, naming file, id and both answers', (answers) => {
    const lines = problemLines(unitWith((unit) => (questionOf(unit, 'leg-04').answers = answers)));
    expect(lines[0]).toBe(
      `${UNIT_FILE}: question leg-04: answers "${answers[0]}", "${answers[1]}" differ only by hyphen, space or case; grading already treats them alike, keep one`,
    );
  });

  it('accepts variants that grading tells apart (singular and plural)', () => {
    const unit = unitWith(
      (unit) => (questionOf(unit, 'leg-04').answers = ['quality', 'qualities']),
    );
    expect(problemLines(unit)).toEqual([]);
  });
});

describe("a key's distinctive phrase in another question", () => {
  it("rejects a fill whose filled-in words stand in another question's prompt", () => {
    const unit = unitWith((unit) => {
      questionOf(unit, 'leg-06').prompt =
        'Match each step that improves the quality of legislation.';
    });
    expect(problemLines(unit)).toEqual([
      `${UNIT_FILE}: question leg-04: the key's phrase "improve quality legislation" stands in question leg-06's prompt, which gives this answer away`,
    ]);
  });

  it("rejects a single whose key's three words in a row stand in another's right option", () => {
    const unit = unitWith((unit) => {
      const single = questionOf(unit, 'leg-01');
      single.prompt = 'According to the article, what is the task of the Standing Committee?';
      single.options = [
        { id: 'a', text: 'Improving the quality of legislation' },
        { id: 'b', text: 'Planning the weather' },
      ];
      single.answer = 'a';
      const multiple = questionOf(unit, 'leg-02');
      multiple.options = [
        { id: 'a', text: 'Plan for improving the quality of legislation' },
        { id: 'b', text: 'Draft' },
        { id: 'c', text: 'Vote' },
      ];
      multiple.answer = ['a', 'b'];
    });
    expect(problemLines(unit)).toContain(
      `${UNIT_FILE}: question leg-01: the key's phrase "improving quality legislation" stands in question leg-02's option a, which gives this answer away`,
    );
  });

  it('rejects a number of the key that another prompt shows', () => {
    const unit = unitWith((unit) => {
      const single = questionOf(unit, 'leg-01');
      single.options = [
        { id: 'a', text: 'Since 2021' },
        { id: 'b', text: 'Since 2019' },
      ];
      single.answer = 'a';
      questionOf(unit, 'leg-05').prompt =
        'Put the steps of 2021 in the order the article gives them.';
    });
    expect(problemLines(unit)).toEqual([
      `${UNIT_FILE}: question leg-01: the key's phrase "2021" stands in question leg-05's prompt, which gives this answer away`,
    ]);
  });

  it('does not count a cardinal word, which names a set rather than a date', () => {
    const unit = unitWith((unit) => {
      questionOf(unit, 'leg-01').options = [
        { id: 'a', text: 'The four organs' },
        { id: 'b', text: 'The two safeguards' },
      ];
      questionOf(unit, 'leg-01').answer = 'a';
      questionOf(unit, 'leg-05').prompt = 'Put the four steps in the order the article gives them.';
    });
    expect(problemLines(unit)).toEqual([]);
  });

  it("passes when the phrase is only another question's distractor", () => {
    const unit = unitWith((unit) => {
      questionOf(unit, 'leg-02').options = [
        { id: 'a', text: 'Plan' },
        { id: 'b', text: 'Draft' },
        { id: 'c', text: 'Improve the quality of legislation' },
      ];
      questionOf(unit, 'leg-02').answer = ['a', 'b'];
    });
    expect(problemLines(unit)).toEqual([]);
  });
});

describe("a quote that leaves out the prompt's subject", () => {
  it('rejects a quote cut after the subject the prompt names', () => {
    const unit = unitWith((unit) => {
      const statement = questionOf(unit, 'leg-03');
      statement.prompt =
        "According to the article, the Standing Committee's task is to improve legislation.";
      statement.source = { paragraph: 's3-p1', quote: 'to improve the quality of legislation.' };
    });
    expect(problemLines(unit)).toEqual([
      `${UNIT_FILE}: question leg-03: the prompt relies on the article's "standing committee task", which stands before the quote in its sentence; start the quote where the prompt's subject stands`,
    ]);
  });

  it('does not judge words of the sentence that come after the quote', () => {
    const unit = unitWith((unit) => {
      const statement = questionOf(unit, 'leg-03');
      // "committee task improve" stands in the sentence, after the quote: not the subject.
      statement.prompt =
        "According to the article, the Standing Committee's task is to improve legislation.";
      statement.source = { paragraph: 's3-p1', quote: "The Standing Committee's task" };
    });
    expect(problemLines(unit)).toEqual([]);
  });

  it('passes when the quote holds the subject too', () => {
    const unit = unitWith((unit) => {
      const statement = questionOf(unit, 'leg-03');
      statement.prompt =
        "According to the article, the Standing Committee's task is to improve legislation.";
      statement.source = {
        paragraph: 's3-p1',
        quote: "The Standing Committee's task is to improve the quality of legislation.",
      };
    });
    expect(problemLines(unit)).toEqual([]);
  });
});

describe('a single whose key alone repeats a prompt word', () => {
  it('rejects it, naming the word', () => {
    const unit = unitWith((unit) => {
      questionOf(unit, 'leg-01').options = [
        { id: 'a', text: 'Good law' },
        { id: 'b', text: 'Fine weather' },
      ];
      questionOf(unit, 'leg-01').answer = 'a';
    });
    expect(problemLines(unit)).toEqual([
      `${UNIT_FILE}: question leg-01: only the key repeats the prompt's "good"; word a distractor with it too, or the prompt without it`,
    ]);
  });

  it('ignores words the article uses everywhere', () => {
    const unit = unitWith((unit) => {
      // "law" stands in half of the fixture article's blocks: it matches every question.
      questionOf(unit, 'leg-01').prompt =
        'According to the article, what does law say of governance?';
    });
    expect(problemLines(unit)).toEqual([]);
  });
});

/** The fixture unit as the rules see it, after the schema. */
function authored(unit: Yaml) {
  const result = checkShape(UnitSchema, unit);
  if (!result.ok) {
    throw new Error(JSON.stringify(result.problems));
  }
  return { file: UNIT_FILE, unit: result.value };
}

/** The fixture with every teaching field filled in. */
function completeUnit(): Yaml {
  return unitWith((unit) => {
    unit.objectives = [
      { id: 'leg-o1', text: 'Say what the article names as the premise of good governance.' },
      { id: 'leg-o2', text: 'Put the steps of law-making in the article’s order.' },
    ];
    for (const question of unit.questions as Yaml[]) {
      question.hint = 'Look at the second sentence of the paragraph.';
      question.objective = ['leg-01', 'leg-03', 'leg-04'].includes(question.id as string)
        ? 'leg-o1'
        : 'leg-o2';
      for (const option of (question.options as Yaml[] | undefined) ?? []) {
        option.feedback = 'The article says so.';
      }
    }
  });
}

describe('completeness (a course rule)', () => {
  it('passes a unit with objectives, hints and feedback everywhere', () => {
    expect(checkCompleteness(authored(completeUnit()))).toEqual([]);
  });

  it('names each missing field by question and option', () => {
    const unit = completeUnit();
    delete questionOf(unit, 'leg-03').hint;
    delete questionOf(unit, 'leg-05').objective;
    delete (questionOf(unit, 'leg-02').options as Yaml[])[2]?.feedback;
    const messages = checkCompleteness(authored(unit)).map((p) => `${p.subject}: ${p.message}`);
    const third = ((questionOf(unit, 'leg-02').options as Yaml[])[2] as Yaml).id as string;
    expect(messages).toEqual([
      `question leg-02: option "${third}" has no feedback`,
      'question leg-03: has no hint',
      'question leg-05: names no objective',
    ]);
  });

  it('wants 2 to 4 objectives, each checked by a question', () => {
    const unit = completeUnit();
    unit.objectives = [{ id: 'leg-o1', text: 'One aim only.' }];
    for (const question of unit.questions as Yaml[]) {
      question.objective = 'leg-o1';
    }
    const tooFew = checkCompleteness(authored(unit)).map((p) => p.message);
    expect(tooFew).toEqual(['has 1 objectives; a unit needs 2 to 4']);

    const unchecked = completeUnit();
    (unchecked.objectives as Yaml[]).push({ id: 'leg-o3', text: 'Nobody asks this.' });
    expect(checkCompleteness(authored(unchecked)).map((p) => p.message)).toEqual([
      'no question checks objective "leg-o3"',
    ]);
  });

  it('is off for fixtures, but a question naming an unknown objective is always an error', () => {
    expect(problemLines(makeUnit())).toEqual([]);
    const unit = unitWith((unit) => (questionOf(unit, 'leg-01').objective = 'leg-o9'));
    expect(problemLines(unit)).toEqual([
      `${UNIT_FILE}: question leg-01: objective "leg-o9" is not one of unit legislation's objectives`,
    ]);
  });
});

describe('the balance figures of the report', () => {
  it('counts the key as longest option, true against false, and questions per paragraph', () => {
    const { report } = compileCourse(writeUnitCourse(), { courseRules: false });
    expect(report.balance).toEqual([
      {
        id: 'legislation',
        singles: 1,
        keyLongest: 0,
        trueCount: 1,
        falseCount: 0,
        perParagraph: [
          { paragraph: 's3-headline', questions: 0 },
          { paragraph: 's3-p1', questions: 6 },
          { paragraph: 's3-p2', questions: 0 },
        ],
      },
    ]);
    expect(formatReport(report)).toMatch(/legislation\s+0\/1\s+0%\s+1\/0\s+s3-headline:0 s3-p1:6/);
    expect(formatReport(report)).not.toContain('warning');
  });

  it('warns when the key is the longest option in over 35% of single questions', () => {
    const unit = unitWith((unit) => {
      questionOf(unit, 'leg-01').options = [
        { id: 'a', text: 'Good law, as the article says at length' },
        { id: 'b', text: 'Good weather' },
      ];
      questionOf(unit, 'leg-01').answer = 'a';
    });
    const { report } = compileCourse(writeUnitCourse(unit), { courseRules: false });
    expect(formatReport(report)).toContain(
      'warning: unit legislation: the key is the longest option in 100% of single questions (over 35%)',
    );
  });
});
