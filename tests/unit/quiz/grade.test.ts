// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../../src/lib/content/types';
import type { Answer } from '../../../src/lib/quiz/answers';
import { AnswerError, grade, isAnswerGiven } from '../../../src/lib/quiz/grade';
import {
  fillQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  questionOfType,
  rightAnswer,
  singleQuestion,
  trueFalseQuestion,
  wrongAnswer,
} from '../../factories';

describe('grade: every type', () => {
  it.each(QUESTION_TYPES)('gives a right %s answer the full point, marked correct', (type) => {
    const question = questionOfType(type);
    expect(grade(question, rightAnswer(question))).toEqual({ points: 1, correct: true });
  });

  it.each(QUESTION_TYPES)('gives a wrong %s answer nothing, marked not correct', (type) => {
    const question = questionOfType(type);
    expect(grade(question, wrongAnswer(question))).toEqual({ points: 0, correct: false });
  });

  it.each(QUESTION_TYPES)('refuses an answer of another type to a %s question', (type) => {
    const question = questionOfType(type);
    const other = QUESTION_TYPES.find((t) => t !== type)!;
    const answer = rightAnswer(questionOfType(other));
    expect(() => grade(question, answer)).toThrow(AnswerError);
  });
});

describe('grade: single choice', () => {
  const question = singleQuestion(); // key: 'law'

  it('marks the keyed option right and another one wrong', () => {
    expect(grade(question, { type: 'single', option: 'law' }).points).toBe(1);
    expect(grade(question, { type: 'single', option: 'luck' }).points).toBe(0);
  });

  it('refuses an option the question does not have', () => {
    expect(() => grade(question, { type: 'single', option: 'nonsense' })).toThrow(AnswerError);
  });
});

describe('grade: true or false', () => {
  it('grades a false statement', () => {
    const question = trueFalseQuestion({ answer: false });
    expect(grade(question, { type: 'truefalse', value: false }).correct).toBe(true);
    expect(grade(question, { type: 'truefalse', value: true }).correct).toBe(false);
  });
});

describe('grade: multiple select, partial credit', () => {
  // Right options: plan, draft. Wrong options: vote, delay.
  const question = multipleQuestion();
  const choose = (...options: string[]): Answer => ({ type: 'multiple', options });

  it('gives half a point for one of two right options', () => {
    expect(grade(question, choose('plan'))).toEqual({ points: 0.5, correct: false });
  });

  it('takes a wrong option off the right ones: two right and one wrong is half', () => {
    expect(grade(question, choose('plan', 'draft', 'vote'))).toEqual({
      points: 0.5,
      correct: false,
    });
  });

  it('never goes below zero', () => {
    expect(grade(question, choose('plan', 'vote', 'delay')).points).toBe(0);
  });

  it('does not care in which order the options were ticked', () => {
    expect(grade(question, choose('draft', 'plan'))).toEqual({ points: 1, correct: true });
  });

  it('counts thirds when three options are right', () => {
    const three = multipleQuestion({ answer: ['plan', 'draft', 'vote'] });
    expect(grade(three, choose('plan', 'draft')).points).toBeCloseTo(2 / 3);
    expect(grade(three, choose('plan', 'delay')).points).toBe(0);
  });

  it('scores an empty selection 0 points instead of throwing', () => {
    expect(grade(question, choose())).toEqual({ points: 0, correct: false });
  });

  it('refuses an option the question does not have', () => {
    expect(() => grade(question, choose('plan', 'nonsense'))).toThrow(AnswerError);
  });

  it('refuses the same option named twice', () => {
    expect(() => grade(question, choose('plan', 'plan'))).toThrow(AnswerError);
  });
});

describe('grade: fill in the blank', () => {
  const question = fillQuestion({ answers: ['governance', 'good governance'] });
  const typed = (text: string): Answer => ({ type: 'fill', text });

  it('accepts any of the accepted answers', () => {
    expect(grade(question, typed('governance')).correct).toBe(true);
    expect(grade(question, typed('good governance')).correct).toBe(true);
  });

  it('accepts an answer typed with other case and spacing', () => {
    expect(grade(question, typed('  Good   GOVERNANCE. ')).correct).toBe(true);
  });

  it('rejects a different word', () => {
    expect(grade(question, typed('government'))).toEqual({ points: 0, correct: false });
  });

  it('gives the point for one slip in a long word, not for a slip in a number', () => {
    expect(grade(question, typed('goverance'))).toEqual({ points: 1, correct: true });
    const year = fillQuestion({ answers: ['2023'] });
    expect(grade(year, typed('2022'))).toEqual({ points: 0, correct: false });
  });

  it.each(['', '   ', '\t\n'])(
    'scores the empty answer %j 0 points instead of throwing',
    (text) => {
      expect(grade(question, typed(text))).toEqual({ points: 0, correct: false });
    },
  );

  it('does not count an empty answer as right when a key folds to nothing', () => {
    const odd = fillQuestion({ answers: ['.'] });
    expect(grade(odd, typed('')).points).toBe(0);
  });
});

describe('grade: ordering, share in place', () => {
  // Key: plan, draft, deliberate, adopt.
  const question = orderingQuestion();
  const order = (...ids: string[]): Answer => ({ type: 'ordering', order: ids });

  it('gives half for two of four items in place', () => {
    expect(grade(question, order('plan', 'draft', 'adopt', 'deliberate'))).toEqual({
      points: 0.5,
      correct: false,
    });
  });

  it('gives a quarter for one of four items in place', () => {
    expect(grade(question, order('plan', 'adopt', 'draft', 'deliberate')).points).toBe(0.25);
  });

  it('gives nothing for the order reversed', () => {
    expect(grade(question, order('adopt', 'deliberate', 'draft', 'plan')).points).toBe(0);
  });

  it('refuses an order that leaves an item out', () => {
    expect(() => grade(question, order('plan', 'draft', 'deliberate'))).toThrow(AnswerError);
  });

  it('refuses an order that places an item twice', () => {
    expect(() => grade(question, order('plan', 'plan', 'deliberate', 'adopt'))).toThrow(
      AnswerError,
    );
  });

  it('refuses an item the question does not have', () => {
    expect(() => grade(question, order('plan', 'draft', 'deliberate', 'veto'))).toThrow(
      AnswerError,
    );
  });

  it('refuses an order with more items than the question', () => {
    expect(() => grade(question, order('plan', 'draft', 'deliberate', 'adopt', 'plan'))).toThrow(
      AnswerError,
    );
  });
});

describe('grade: matching, share matched', () => {
  // Key: legislation → quality, supervision → by-law, health → important.
  const question = matchingQuestion();
  const pairs = (p: Record<string, string>): Answer => ({ type: 'matching', pairs: p });

  it('gives two thirds for two of three pairs', () => {
    const result = grade(
      question,
      pairs({ legislation: 'quality', supervision: 'by-law', health: 'quality' }),
    );
    expect(result.points).toBeCloseTo(2 / 3);
    expect(result.correct).toBe(false);
  });

  it('counts a left item left unmatched as missed', () => {
    expect(grade(question, pairs({ legislation: 'quality' })).points).toBeCloseTo(1 / 3);
  });

  it('scores no pairs at all 0 points', () => {
    expect(grade(question, pairs({}))).toEqual({ points: 0, correct: false });
  });

  it('refuses a left item the question does not have', () => {
    expect(() => grade(question, pairs({ finance: 'quality' }))).toThrow(AnswerError);
  });

  it('refuses a right item the question does not have', () => {
    expect(() => grade(question, pairs({ legislation: 'nowhere' }))).toThrow(AnswerError);
  });
});

describe('isAnswerGiven', () => {
  it('is false before anything is given', () => {
    expect(isAnswerGiven(undefined)).toBe(false);
  });

  it('is true once an option or a truth value is chosen', () => {
    expect(isAnswerGiven({ type: 'single', option: 'law' })).toBe(true);
    expect(isAnswerGiven({ type: 'truefalse', value: false })).toBe(true);
  });

  it('is true for an ordering even when left as shown', () => {
    expect(isAnswerGiven({ type: 'ordering', order: ['draft', 'adopt'] })).toBe(true);
  });

  it('needs at least one option ticked for multiple select', () => {
    expect(isAnswerGiven({ type: 'multiple', options: [] })).toBe(false);
    expect(isAnswerGiven({ type: 'multiple', options: ['plan'] })).toBe(true);
  });

  it('needs more than white space typed in a blank', () => {
    expect(isAnswerGiven({ type: 'fill', text: '' })).toBe(false);
    expect(isAnswerGiven({ type: 'fill', text: '   ' })).toBe(false);
    expect(isAnswerGiven({ type: 'fill', text: ' law ' })).toBe(true);
  });

  it('needs at least one pair for matching', () => {
    expect(isAnswerGiven({ type: 'matching', pairs: {} })).toBe(false);
    expect(isAnswerGiven({ type: 'matching', pairs: { health: 'important' } })).toBe(true);
  });
});
