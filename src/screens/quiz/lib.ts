/** Small pure helpers the quiz screens share: questions indexed by id, with their unit. */
import type { Question } from '../../lib/content/types';

export interface QuizQuestion {
  question: Question;
  unitId: string;
}

export function indexQuestions(list: readonly QuizQuestion[]): ReadonlyMap<string, QuizQuestion> {
  return new Map(list.map((q) => [q.question.id, q]));
}

export function questionsById(
  index: ReadonlyMap<string, QuizQuestion>,
): ReadonlyMap<string, Question> {
  return new Map([...index].map(([id, q]) => [id, q.question]));
}
