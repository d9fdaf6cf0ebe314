/**
 * Answers and answer keys as lines of text, for feedback, results and attempt reviews. Pure:
 * the caller passes the choice texts and the words for true and false.
 */
import type { Question } from '../content/types';
import type { Answer } from './answers';

export interface DescribeText {
  choice: (id: string) => string;
  trueWord: string;
  falseWord: string;
  /** The fill answer to show, in the learner's language; the first English answer otherwise. */
  fillAnswer?: string;
}

export function describeKey(question: Question, text: DescribeText): string[] {
  switch (question.type) {
    case 'single':
      return [text.choice(question.answer)];
    case 'multiple':
      return question.options
        .filter((o) => question.answer.includes(o.id))
        .map((o) => text.choice(o.id));
    case 'truefalse':
      return [question.answer ? text.trueWord : text.falseWord];
    case 'fill':
      return [text.fillAnswer ?? question.answers[0] ?? ''];
    case 'ordering':
      return question.answer.map((id, i) => `${i + 1}. ${text.choice(id)}`);
    case 'matching':
      return question.left.map(
        (l) => `${text.choice(l.id)} → ${text.choice(question.answer[l.id] ?? '')}`,
      );
  }
}

export function describeAnswer(question: Question, answer: Answer, text: DescribeText): string[] {
  switch (answer.type) {
    case 'single':
      return [text.choice(answer.option)];
    case 'multiple':
      return answer.options.map((id) => text.choice(id));
    case 'truefalse':
      return [answer.value ? text.trueWord : text.falseWord];
    case 'fill':
      return [answer.text];
    case 'ordering':
      return answer.order.map((id, i) => `${i + 1}. ${text.choice(id)}`);
    case 'matching':
      return question.type === 'matching'
        ? question.left
            .filter((l) => answer.pairs[l.id])
            .map((l) => `${text.choice(l.id)} → ${text.choice(answer.pairs[l.id]!)}`)
        : [];
  }
}

/** How much of a partly right answer was right, for the types with partial credit. */
export interface PartsRight {
  kind: 'options' | 'order' | 'pairs';
  right: number;
  total: number;
  /** Wrong options chosen (multiple select only; each one cancels a right one). */
  wrong: number;
}

export function partsRight(question: Question, answer: Answer): PartsRight | undefined {
  if (question.type === 'multiple' && answer.type === 'multiple') {
    const right = answer.options.filter((id) => question.answer.includes(id)).length;
    return {
      kind: 'options',
      right,
      total: question.answer.length,
      wrong: answer.options.length - right,
    };
  }
  if (question.type === 'ordering' && answer.type === 'ordering') {
    const right = answer.order.filter((id, i) => question.answer[i] === id).length;
    return { kind: 'order', right, total: question.items.length, wrong: 0 };
  }
  if (question.type === 'matching' && answer.type === 'matching') {
    const right = question.left.filter((l) => answer.pairs[l.id] === question.answer[l.id]).length;
    return { kind: 'pairs', right, total: question.left.length, wrong: 0 };
  }
  return undefined;
}
