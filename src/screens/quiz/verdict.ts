/**
 * The words for a checked answer: right, partly right ("2 of 3 right"), or not right, and a note
 * when a typed answer was accepted with one slip. Pure; the caller passes its translate function.
 */
import type { LocaleCode, Question } from '../../lib/content/types';
import { acceptedAnswers } from '../../lib/quiz/accepted';
import type { GivenAnswer } from '../../lib/quiz/attempt';
import { partsRight } from '../../lib/quiz/describe';
import { matchTyped } from '../../lib/quiz/typed';

type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string;

export function verdictText(question: Question, given: GivenAnswer, t: Translate): string {
  if (given.correct) {
    return t('quiz.correct');
  }
  const parts = given.points > 0 ? partsRight(question, given.answer) : undefined;
  if (!parts) {
    return t('quiz.incorrect');
  }
  const values = { right: parts.right, total: parts.total };
  const main = t(`quiz.partial_${parts.kind}`, { values });
  return parts.wrong > 0
    ? `${main} ${t('quiz.partial_wrong', { values: { count: parts.wrong } })}`
    : main;
}

/** For a typed answer accepted with one slip: the accepted spelling, to show the learner. */
export function forgivenSlip(
  question: Question,
  given: GivenAnswer,
  locale?: LocaleCode,
): string | undefined {
  if (question.type !== 'fill' || given.answer.type !== 'fill') {
    return undefined;
  }
  const match = matchTyped(given.answer.text, acceptedAnswers(question, locale));
  return match.kind === 'slip' ? match.accepted : undefined;
}
