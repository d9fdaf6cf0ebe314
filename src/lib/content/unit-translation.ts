/**
 * The format of a unit's translation, `translations/<locale>/units/<same name as the English>.yaml`,
 * and the hash each entry records of the English it was made from. One entry per translatable
 * piece: the unit's title, principle and summary, each objective (by id), key point and key term
 * (by position), each question (by id, all its English text hashed together, so a change to
 * any of its words marks the whole question stale) and each question's source quote. Plain Node:
 * no file access here.
 */
import * as v from 'valibot';
import type { AuthoredQuestion, AuthoredUnit } from './schema.ts';
import { textHash } from './translations.ts';

const Text = v.pipe(
  v.string(),
  v.check((text) => text.trim() !== '', 'must not be empty'),
);

const Source = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{12}$/, 'must be the 12 hex digits of the English text’s hash'),
);

const TranslatedText = v.strictObject({ source: Source, text: Text });

const TranslatedKeyTerm = v.strictObject({
  source: Source,
  term: Text,
  explanation: Text,
  background: v.optional(Text),
});

const TranslatedQuestion = v.strictObject({
  source: Source,
  prompt: Text,
  explanation: Text,
  hint: v.optional(Text),
  /** Option, item and matching-column ids to their text. */
  choices: v.optional(v.record(v.string(), Text)),
  /** Option id to its feedback. */
  feedback: v.optional(v.record(v.string(), Text)),
  /** Fill questions: answers accepted in this language, besides the English ones. */
  answers: v.optional(v.array(Text)),
});

export const UnitTranslationFileSchema = v.strictObject({
  unit: Text,
  title: TranslatedText,
  principle: TranslatedText,
  summary: TranslatedText,
  objectives: v.optional(v.record(v.string(), TranslatedText), () => ({})),
  keyPoints: v.optional(v.array(TranslatedText), () => []),
  keyTerms: v.optional(v.array(TranslatedKeyTerm), () => []),
  questions: v.record(v.string(), TranslatedQuestion),
  /**
   * Question id to Lectern's translation of its source quote. The quote itself stays verbatim
   * English in the unit; this is shown beside it, marked as a translation. Its own hash, so a
   * fixed quote does not stale the question's other text.
   */
  quotes: v.optional(v.record(v.string(), TranslatedText), () => ({})),
});

export type UnitTranslationFile = v.InferOutput<typeof UnitTranslationFileSchema>;
export type TranslatedQuestionEntry = v.InferOutput<typeof TranslatedQuestion>;
export type TranslatedKeyTermEntry = v.InferOutput<typeof TranslatedKeyTerm>;

type KeyTerm = AuthoredUnit['keyTerms'][number];

/** Joins the pieces of one entry so that moving words between fields changes the hash. */
function hashOfParts(parts: readonly (string | undefined)[]): string {
  return textHash(parts.map((part) => part ?? '').join(' ¦ '));
}

export function keyTermHash(term: KeyTerm): string {
  return hashOfParts([term.term, term.explanation, term.background]);
}

/** Every choice of a question as [id, text], in the order the English lists them. */
export function questionChoices(question: AuthoredQuestion): [string, string][] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((option) => [option.id, option.text]);
    case 'ordering':
      return question.items.map((item) => [item.id, item.text]);
    case 'matching':
      return [...question.left, ...question.right].map((choice) => [choice.id, choice.text]);
    default:
      return [];
  }
}

/** Option id to feedback, for the options that have some. */
export function questionFeedback(question: AuthoredQuestion): [string, string][] {
  if (question.type !== 'single' && question.type !== 'multiple') {
    return [];
  }
  return question.options.flatMap((option) =>
    option.feedback === undefined ? [] : [[option.id, option.feedback] as [string, string]],
  );
}

/** The hash of every English word a learner reads in the question, its fill answers included. */
export function translatableQuestionHash(question: AuthoredQuestion): string {
  return hashOfParts([
    question.prompt,
    question.explanation,
    question.hint,
    ...questionChoices(question).map(([id, text]) => `${id}=${text}`),
    ...questionFeedback(question).map(([id, text]) => `${id}:${text}`),
    ...(question.type === 'fill' ? question.answers : []),
  ]);
}

/**
 * An entry for every piece of the unit with the English as its text: a starting point a
 * translator overwrites. Entries of `existing` made from the English as it is now are kept.
 */
export function unitTranslationSkeleton(
  unit: AuthoredUnit,
  existing?: UnitTranslationFile,
): UnitTranslationFile {
  const keep = <T extends { source: string }>(old: T | undefined, fresh: T): T =>
    old !== undefined && old.source === fresh.source ? old : fresh;
  const text = (english: string) => ({ source: textHash(english), text: english });
  return {
    unit: unit.id,
    title: keep(existing?.title, text(unit.title)),
    principle: keep(existing?.principle, text(unit.principle)),
    summary: keep(existing?.summary, text(unit.summary)),
    objectives: Object.fromEntries(
      unit.objectives.map((objective) => [
        objective.id,
        keep(existing?.objectives[objective.id], text(objective.text)),
      ]),
    ),
    keyPoints: unit.keyPoints.map((point, index) =>
      keep(existing?.keyPoints[index], text(point.text)),
    ),
    keyTerms: unit.keyTerms.map((term, index) =>
      keep(existing?.keyTerms[index], {
        source: keyTermHash(term),
        term: term.term,
        explanation: term.explanation,
        ...(term.background !== undefined && { background: term.background }),
      }),
    ),
    questions: Object.fromEntries(
      unit.questions.map((question) => {
        const choices = questionChoices(question);
        const feedback = questionFeedback(question);
        const fresh: TranslatedQuestionEntry = {
          source: translatableQuestionHash(question),
          prompt: question.prompt,
          explanation: question.explanation,
          ...(question.hint !== undefined && { hint: question.hint }),
          ...(choices.length > 0 && { choices: Object.fromEntries(choices) }),
          ...(feedback.length > 0 && { feedback: Object.fromEntries(feedback) }),
          ...(question.type === 'fill' && { answers: [...question.answers] }),
        };
        return [question.id, keep(existing?.questions[question.id], fresh)];
      }),
    ),
    quotes: Object.fromEntries(
      unit.questions.map((question) => [
        question.id,
        keep(existing?.quotes[question.id], text(question.source.quote)),
      ]),
    ),
  };
}
