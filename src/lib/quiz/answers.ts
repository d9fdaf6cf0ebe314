/** What a learner can give as an answer, one shape per question type. Plain data, saved as is. */
import type { QuestionType } from '../content/types';

export interface SingleAnswer {
  type: 'single';
  option: string;
}
export interface MultipleAnswer {
  type: 'multiple';
  options: string[];
}
export interface TrueFalseAnswer {
  type: 'truefalse';
  value: boolean;
}
export interface FillAnswer {
  type: 'fill';
  text: string;
}
export interface OrderingAnswer {
  type: 'ordering';
  order: string[];
}
export interface MatchingAnswer {
  type: 'matching';
  /** Left id to the chosen right id; a left item left unmatched is simply absent. */
  pairs: Record<string, string>;
}

export type Answer =
  SingleAnswer | MultipleAnswer | TrueFalseAnswer | FillAnswer | OrderingAnswer | MatchingAnswer;

export type AnswerOf<T extends QuestionType> = Extract<Answer, { type: T }>;

/** The result of grading one answer. */
export interface Grade {
  /** From 0 to 1: one point per question, with partial credit where the type allows it. */
  points: number;
  correct: boolean;
}
