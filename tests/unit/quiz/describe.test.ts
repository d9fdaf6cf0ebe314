// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Choice, Question } from '../../../src/lib/content/types';
import { describeAnswer, describeKey, type DescribeText } from '../../../src/lib/quiz/describe';
import {
  fillQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  singleQuestion,
  trueFalseQuestion,
} from '../../factories';

/** The words a learner reads for a question's choices, as the screens pass them in. */
function textFor(question: Question): DescribeText {
  const choices: Choice[] = [];
  if (question.type === 'single' || question.type === 'multiple') {
    choices.push(...question.options);
  } else if (question.type === 'ordering') {
    choices.push(...question.items);
  } else if (question.type === 'matching') {
    choices.push(...question.left, ...question.right);
  }
  return {
    choice: (id) => choices.find((c) => c.id === id)?.text ?? `?${id}`,
    trueWord: 'True',
    falseWord: 'False',
  };
}

describe('describeKey: the right answer in words', () => {
  it('names the right option of a single choice', () => {
    const question = singleQuestion();
    expect(describeKey(question, textFor(question))).toEqual(['Good law']);
  });

  it('names every right option of a multiple select, in the order the options are listed', () => {
    const question = multipleQuestion({ answer: ['draft', 'plan'] });
    expect(describeKey(question, textFor(question))).toEqual(['Plan', 'Draft']);
  });

  it('says True or False in the words given', () => {
    const yes = trueFalseQuestion({ answer: true });
    const no = trueFalseQuestion({ answer: false });
    const words = { ...textFor(yes), trueWord: 'Richtig', falseWord: 'Falsch' };
    expect(describeKey(yes, words)).toEqual(['Richtig']);
    expect(describeKey(no, words)).toEqual(['Falsch']);
  });

  it('gives the first accepted answer of a fill in the blank', () => {
    const question = fillQuestion({ answers: ['governance', 'good governance'] });
    expect(describeKey(question, textFor(question))).toEqual(['governance']);
  });

  it('numbers the items of an ordering in the right order', () => {
    const question = orderingQuestion();
    expect(describeKey(question, textFor(question))).toEqual([
      '1. Plan',
      '2. Draft',
      '3. Deliberate',
      '4. Adopt',
    ]);
  });

  it('pairs each left item of a matching with its partner, in the order of the left side', () => {
    const question = matchingQuestion();
    expect(describeKey(question, textFor(question))).toEqual([
      'Legislation → must improve in quality',
      'Supervision → is carried out in accordance with the law',
      'Public health → is an important area of legislation',
    ]);
  });
});

describe('describeAnswer: what the learner gave, in words', () => {
  it('names the chosen option', () => {
    const question = singleQuestion();
    expect(describeAnswer(question, { type: 'single', option: 'luck' }, textFor(question))).toEqual(
      ['Good luck'],
    );
  });

  it('names the ticked options in the order they were ticked', () => {
    const question = multipleQuestion();
    const answer = { type: 'multiple' as const, options: ['vote', 'plan'] };
    expect(describeAnswer(question, answer, textFor(question))).toEqual(['Vote', 'Plan']);
  });

  it('names nothing when nothing was ticked', () => {
    const question = multipleQuestion();
    expect(describeAnswer(question, { type: 'multiple', options: [] }, textFor(question))).toEqual(
      [],
    );
  });

  it('says the truth value chosen', () => {
    const question = trueFalseQuestion();
    expect(
      describeAnswer(question, { type: 'truefalse', value: false }, textFor(question)),
    ).toEqual(['False']);
  });

  it('repeats what was typed, exactly as typed', () => {
    const question = fillQuestion();
    expect(
      describeAnswer(question, { type: 'fill', text: ' Governance. ' }, textFor(question)),
    ).toEqual([' Governance. ']);
  });

  it('numbers the items in the order the learner placed them', () => {
    const question = orderingQuestion();
    const answer = { type: 'ordering' as const, order: ['draft', 'plan', 'adopt', 'deliberate'] };
    expect(describeAnswer(question, answer, textFor(question))).toEqual([
      '1. Draft',
      '2. Plan',
      '3. Adopt',
      '4. Deliberate',
    ]);
  });

  it('lists the pairs made, in the order of the left side, skipping items left unmatched', () => {
    const question = matchingQuestion();
    const answer = {
      type: 'matching' as const,
      pairs: { health: 'quality', legislation: 'important' },
    };
    expect(describeAnswer(question, answer, textFor(question))).toEqual([
      'Legislation → is an important area of legislation',
      'Public health → must improve in quality',
    ]);
  });

  it('describes nothing for matching pairs given to a question that is not a matching', () => {
    const question = singleQuestion();
    const answer = { type: 'matching' as const, pairs: { legislation: 'quality' } };
    expect(describeAnswer(question, answer, textFor(question))).toEqual([]);
  });
});
