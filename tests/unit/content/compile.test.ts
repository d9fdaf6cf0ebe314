// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCourse, questionHash } from '../../../src/lib/content/compile';
import { QUESTION_TYPES, type Question } from '../../../src/lib/content/types';

const CONTENT_DIR = fileURLToPath(
  new URL('../../../content/courses/xinjiang-congress', import.meta.url),
);

/** Page furniture from the site the article was taken from; none of it is the article. */
const DEBRIS = [
  'Qiushi.com',
  'by admin',
  'See also',
  'ICETEX',
  'Illicit Trade',
  'French GP',
  'You may also like',
  'Leave a Comment',
  'Akismet',
  'cookies',
  'Privacy & Cookies',
  'Home »',
];

const course = compileCourse(CONTENT_DIR);
const questions = course.units.flatMap((unit) => unit.questions);

/** The same question with a different answer key, whatever its type. */
function withOtherKey(question: Question): Question {
  switch (question.type) {
    case 'single': {
      const other = question.options.find((option) => option.id !== question.answer);
      return { ...question, answer: other?.id ?? `${question.answer}-other` };
    }
    case 'multiple':
      return { ...question, answer: question.answer.slice(1) };
    case 'truefalse':
      return { ...question, answer: !question.answer };
    case 'fill':
      return { ...question, answers: [...question.answers, 'another answer'] };
    case 'ordering':
      return { ...question, answer: [...question.answer].reverse() };
    case 'matching': {
      const [first] = Object.keys(question.answer);
      return { ...question, answer: { ...question.answer, [first ?? 'a']: 'elsewhere' } };
    }
  }
}

describe('the real course in content/', () => {
  it('has seven units in order 0 to 6', () => {
    expect(course.units.map((unit) => unit.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(course.index.units.map((unit) => unit.id)).toEqual(course.units.map((unit) => unit.id));
  });

  it('has at least 80 questions using every type', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(questions.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
    expect(course.report.questionCount).toBe(questions.length);
  });

  it('counts each unit’s questions in the index', () => {
    for (const [index, unit] of course.units.entries()) {
      expect(unit.questionCount).toBe(unit.questions.length);
      expect(course.index.units[index]?.questionCount).toBe(unit.questions.length);
    }
  });

  it('resolves every passage to the article’s blocks', () => {
    for (const unit of course.units) {
      expect(unit.passage.length).toBeGreaterThan(0);
      for (const block of unit.passage) {
        expect(block.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives every question a distinct 12-hex hash', () => {
    for (const question of questions) {
      expect(question.hash).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(new Set(questions.map((question) => question.hash)).size).toBe(questions.length);
  });

  it('changes a hash when the key changes and not when the explanation or source does', () => {
    for (const question of questions) {
      const reworded = {
        ...question,
        explanation: `${question.explanation} More.`,
        source: { ...question.source, quote: 'another quote' },
      };
      expect(questionHash(reworded)).toBe(question.hash);
      expect(questionHash(withOtherKey(question))).not.toBe(question.hash);
    }
  });

  it('changes a hash when the prompt or a choice changes', () => {
    for (const question of questions) {
      expect(questionHash({ ...question, prompt: `${question.prompt} ` })).not.toBe(question.hash);
    }
    const single = questions.find((question) => question.type === 'single');
    if (single?.type === 'single') {
      const options = single.options.map((option) => ({ ...option, text: `${option.text}!` }));
      expect(questionHash({ ...single, options })).not.toBe(single.hash);
    }
  });

  it('carries none of the source page’s debris', () => {
    const compiled = JSON.stringify([course.index, course.units]);
    for (const debris of DEBRIS) {
      expect(compiled, debris).not.toContain(debris);
    }
  });
});
