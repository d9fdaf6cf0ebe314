/**
 * The answers a fill-in question accepts from a learner reading it in `locale`: the English ones
 * always, and those of the learner's language where the course is translated. Each is compared in
 * its own script's fold (`typed.ts`). The question's hash covers only the English answers, so a
 * fixed translation never marks saved answers stale.
 */
import type { LocaleCode, Question } from '../content/types';

export function acceptedAnswers(
  question: Extract<Question, { type: 'fill' }>,
  locale: LocaleCode | undefined,
): string[] {
  const own =
    locale === undefined || locale === 'en' ? [] : question.translations?.[locale]?.answers;
  return [...question.answers, ...(own ?? [])];
}

/** The question as the grader sees it in `locale`: a fill question's accepted answers widened. */
export function forGrading(question: Question, locale: LocaleCode | undefined): Question {
  if (question.type !== 'fill') {
    return question;
  }
  const answers = acceptedAnswers(question, locale);
  return answers.length === question.answers.length ? question : { ...question, answers };
}
