/**
 * Small factories for unit tests: valid, typed course data (questions of each type, units) and
 * progress records, each built fresh with sensible defaults that a test overrides where it
 * matters. Questions carry a hash that looks computed; a test that needs "the question changed"
 * passes another one.
 */
import type {
  FillBlankQuestion,
  MatchingQuestion,
  MultipleSelectQuestion,
  OrderingQuestion,
  Question,
  QuestionType,
  SingleChoiceQuestion,
  TrueFalseQuestion,
  Unit,
  UnitSummary,
} from '../src/lib/content/types';
import type { Answer } from '../src/lib/quiz/answers';
import { SCHEMA_VERSION } from '../src/lib/study/constants';
import type { AttemptRecord, UnitRecord } from '../src/lib/study/records';

/** The real course's id: component tests render screens that look its units up. */
export const TEST_COURSE = 'xinjiang-congress';

export const HASH = 'aaaaaaaaaaaa';
export const OTHER_HASH = 'bbbbbbbbbbbb';

let sequence = 0;
function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

const SOURCE = {
  paragraph: 's3-p1',
  quote: 'Good law is the premise of good governance.',
};

function base(prefix: string) {
  return {
    id: nextId(prefix),
    explanation: 'The article says so.',
    source: { ...SOURCE },
    hash: HASH,
  };
}

export function singleQuestion(
  overrides: Partial<SingleChoiceQuestion> = {},
): SingleChoiceQuestion {
  return {
    ...base('single'),
    type: 'single',
    prompt: 'According to the article, what is the premise of good governance?',
    options: [
      { id: 'law', text: 'Good law' },
      { id: 'weather', text: 'Good weather' },
      { id: 'luck', text: 'Good luck' },
    ],
    answer: 'law',
    ...overrides,
  };
}

export function multipleQuestion(
  overrides: Partial<MultipleSelectQuestion> = {},
): MultipleSelectQuestion {
  return {
    ...base('multiple'),
    type: 'multiple',
    prompt: 'According to the article, which steps come before deliberation?',
    options: [
      { id: 'plan', text: 'Plan' },
      { id: 'draft', text: 'Draft' },
      { id: 'vote', text: 'Vote' },
      { id: 'delay', text: 'Delay' },
    ],
    answer: ['plan', 'draft'],
    ...overrides,
  };
}

export function trueFalseQuestion(overrides: Partial<TrueFalseQuestion> = {}): TrueFalseQuestion {
  return {
    ...base('truefalse'),
    type: 'truefalse',
    prompt: 'The article calls good law the premise of good governance.',
    answer: true,
    ...overrides,
  };
}

export function fillQuestion(overrides: Partial<FillBlankQuestion> = {}): FillBlankQuestion {
  return {
    ...base('fill'),
    type: 'fill',
    prompt: 'Good law is the premise of good ___.',
    answers: ['governance'],
    ...overrides,
  };
}

export function orderingQuestion(overrides: Partial<OrderingQuestion> = {}): OrderingQuestion {
  return {
    ...base('ordering'),
    type: 'ordering',
    prompt: 'Put the steps of law-making in the order the article gives them.',
    items: [
      { id: 'draft', text: 'Draft' },
      { id: 'adopt', text: 'Adopt' },
      { id: 'plan', text: 'Plan' },
      { id: 'deliberate', text: 'Deliberate' },
    ],
    answer: ['plan', 'draft', 'deliberate', 'adopt'],
    ...overrides,
  };
}

export function matchingQuestion(overrides: Partial<MatchingQuestion> = {}): MatchingQuestion {
  return {
    ...base('matching'),
    type: 'matching',
    prompt: 'Match each area to what the article says of it.',
    left: [
      { id: 'legislation', text: 'Legislation' },
      { id: 'supervision', text: 'Supervision' },
      { id: 'health', text: 'Public health' },
    ],
    right: [
      { id: 'by-law', text: 'is carried out in accordance with the law' },
      { id: 'quality', text: 'must improve in quality' },
      { id: 'important', text: 'is an important area of legislation' },
    ],
    answer: { legislation: 'quality', supervision: 'by-law', health: 'important' },
    ...overrides,
  };
}

/** A question of the given type with the defaults above. */
export function questionOfType(type: QuestionType): Question {
  switch (type) {
    case 'single':
      return singleQuestion();
    case 'multiple':
      return multipleQuestion();
    case 'truefalse':
      return trueFalseQuestion();
    case 'fill':
      return fillQuestion();
    case 'ordering':
      return orderingQuestion();
    case 'matching':
      return matchingQuestion();
  }
}

/** The answer a learner who knows the article gives: the key itself. */
export function rightAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', option: question.answer };
    case 'multiple':
      return { type: 'multiple', options: [...question.answer] };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'fill':
      return { type: 'fill', text: question.answers[0] ?? '' };
    case 'ordering':
      return { type: 'ordering', order: [...question.answer] };
    case 'matching':
      return { type: 'matching', pairs: { ...question.answer } };
  }
}

/** An answer that fits the question and earns nothing. */
export function wrongAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single': {
      const other = question.options.find((o) => o.id !== question.answer)!;
      return { type: 'single', option: other.id };
    }
    case 'multiple':
      return {
        type: 'multiple',
        options: question.options.filter((o) => !question.answer.includes(o.id)).map((o) => o.id),
      };
    case 'truefalse':
      return { type: 'truefalse', value: !question.answer };
    case 'fill':
      return { type: 'fill', text: 'something else entirely' };
    case 'ordering':
      // Turned by one: no item stays in its place.
      return { type: 'ordering', order: [...question.answer.slice(1), question.answer[0]!] };
    case 'matching': {
      const lefts = question.left.map((l) => l.id);
      const rights = lefts.map((id) => question.answer[id]!);
      const turned = [...rights.slice(1), rights[0]!];
      return {
        type: 'matching',
        pairs: Object.fromEntries(lefts.map((id, i) => [id, turned[i]!])),
      };
    }
  }
}

export function unitSummary(overrides: Partial<UnitSummary> = {}): UnitSummary {
  const id = overrides.id ?? nextId('unit');
  return {
    id,
    order: 0,
    title: `Unit ${id}`,
    questionCount: 6,
    readingMinutes: 5,
    ...overrides,
  };
}

export function unit(overrides: Partial<Unit> = {}): Unit {
  const questions = overrides.questions ?? [
    singleQuestion(),
    multipleQuestion(),
    trueFalseQuestion(),
    fillQuestion(),
    orderingQuestion(),
    matchingQuestion(),
  ];
  return {
    ...unitSummary({ questionCount: questions.length }),
    principle: 'Promote the improvement of the quality of legislative work.',
    passage: [
      { id: 's3-headline', kind: 'heading', text: 'Better laws' },
      { id: 's3-p1', kind: 'paragraph', text: SOURCE.quote },
    ],
    summary: 'The article says good law is the premise of good governance.',
    keyPoints: [{ text: 'Good law comes first.', paragraph: 's3-p1' }],
    objectives: [],
    keyTerms: [],
    questions,
    ...overrides,
  };
}

/** A learner's record of a unit; by default touched once and nothing more. */
export function unitRecord(overrides: Partial<UnitRecord> & { unitId: string }): UnitRecord {
  return {
    v: SCHEMA_VERSION,
    course: TEST_COURSE,
    attempts: 0,
    timeSpentMs: 0,
    updatedAt: 0,
    ...overrides,
  };
}

/** A stored attempt; by default a finished unit quiz with no questions. */
export function attemptRecord(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    v: SCHEMA_VERSION,
    course: TEST_COURSE,
    id: nextId('attempt'),
    unitId: 'legislation',
    seed: 1,
    questionIds: [],
    choiceOrder: {},
    answers: {},
    position: 0,
    status: 'finished',
    startedAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}
