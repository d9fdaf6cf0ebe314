/**
 * The authoring format of `content/` (see `content/README.md`) as one valibot schema: `ArticleSchema`
 * for `article.yaml` and `UnitSchema` for each `units/*.yaml`. It checks shape only: which fields
 * exist and what kind of value each holds. Rules that relate one field to another (answer keys,
 * paragraph ids, quotes, counts) live in `rules.ts`, so a shape error never hides them.
 * This module must never read files or know about the app.
 */
import * as v from 'valibot';
import { LOCALE_CODES, QUESTION_TYPES, type BlockKind } from './types.ts';

const BLOCK_KINDS = ['paragraph', 'heading', 'caption'] as const satisfies readonly BlockKind[];

/** Unit ids name a lazily loaded module and appear in URLs, so they stay plain. */
const UNIT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const Text = v.pipe(
  v.string(),
  v.check((text) => text.trim() !== '', 'must not be empty'),
);

const Locale = v.picklist(
  LOCALE_CODES,
  (issue) => `unknown locale ${issue.received} (allowed: ${LOCALE_CODES.join(', ')})`,
);

const ChoiceSchema = v.strictObject({ id: Text, text: Text });

/** An option of a single or multiple question, with why it is right or wrong per the article. */
const OptionSchema = v.strictObject({ id: Text, text: Text, feedback: v.optional(Text) });

const SourceSchema = v.strictObject({ paragraph: Text, quote: Text });

const QuestionTranslationSchema = v.strictObject({
  prompt: v.optional(Text),
  explanation: v.optional(Text),
  hint: v.optional(Text),
  choices: v.optional(v.record(v.string(), Text)),
  feedback: v.optional(v.record(v.string(), Text)),
});

const questionBase = {
  id: Text,
  prompt: Text,
  explanation: Text,
  /** Shown only when the learner asks; points to where to look, never gives the key. */
  hint: v.optional(Text),
  /** The id of the unit's learning objective this question checks. */
  objective: v.optional(Text),
  source: SourceSchema,
  translations: v.optional(v.record(Locale, QuestionTranslationSchema)),
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];

/** The commonest key mistake gets its own words: a list where one option id belongs. */
function singleAnswerMessage(issue: v.StringIssue): string {
  if (!Array.isArray(issue.input)) {
    return `must be one option id, got ${issue.received}`;
  }
  const count = issue.input.length;
  if (count === 1) {
    return 'must be one option id, not a list';
  }
  const words = NUMBER_WORDS[count] ?? String(count);
  return `a single choice with ${words} correct options: keep one, or make it type multiple`;
}

const SingleSchema = v.strictObject({
  ...questionBase,
  type: v.literal('single'),
  options: v.array(OptionSchema),
  answer: v.string(singleAnswerMessage),
});

const MultipleSchema = v.strictObject({
  ...questionBase,
  type: v.literal('multiple'),
  options: v.array(OptionSchema),
  answer: v.array(v.string()),
});

const TrueFalseSchema = v.strictObject({
  ...questionBase,
  type: v.literal('truefalse'),
  answer: v.boolean((issue) => `must be true or false, got ${issue.received}`),
});

const FillSchema = v.strictObject({
  ...questionBase,
  type: v.literal('fill'),
  answers: v.array(v.string()),
});

const OrderingSchema = v.strictObject({
  ...questionBase,
  type: v.literal('ordering'),
  items: v.array(ChoiceSchema),
  answer: v.array(v.string()),
});

const MatchingSchema = v.strictObject({
  ...questionBase,
  type: v.literal('matching'),
  left: v.array(ChoiceSchema),
  right: v.array(ChoiceSchema),
  answer: v.record(v.string(), v.string()),
});

const ALLOWED_TYPES = `allowed: ${QUESTION_TYPES.join(', ')}`;

export const QuestionSchema = v.variant(
  'type',
  [SingleSchema, MultipleSchema, TrueFalseSchema, FillSchema, OrderingSchema, MatchingSchema],
  (issue) =>
    issue.received === 'undefined'
      ? `missing question type (${ALLOWED_TYPES})`
      : `unknown question type ${issue.received} (${ALLOWED_TYPES})`,
);

const UnitTranslationSchema = v.strictObject({
  title: v.optional(Text),
  summary: v.optional(Text),
  keyPoints: v.optional(v.array(Text)),
});

export const UnitSchema = v.strictObject({
  id: v.pipe(
    Text,
    v.regex(UNIT_ID, 'must be lowercase letters and digits joined by single hyphens'),
  ),
  order: v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(0, 'must be 0 or more'),
  ),
  title: Text,
  principle: Text,
  passage: v.array(Text),
  summary: Text,
  keyPoints: v.array(v.strictObject({ text: Text, paragraph: Text })),
  objectives: v.optional(v.array(v.strictObject({ id: Text, text: Text })), () => []),
  keyTerms: v.optional(
    v.array(
      v.strictObject({
        term: Text,
        paragraph: Text,
        explanation: Text,
        background: v.optional(Text),
      }),
    ),
    () => [],
  ),
  questions: v.array(QuestionSchema),
  translations: v.optional(v.record(Locale, UnitTranslationSchema)),
});

export const ArticleSchema = v.strictObject({
  title: Text,
  author: Text,
  authorRole: Text,
  publication: Text,
  blocks: v.array(v.strictObject({ id: Text, kind: v.picklist(BLOCK_KINDS), text: Text })),
});

/** One entry of `glossary.yaml`: an English term and how each translation renders it. */
const GlossaryTermSchema = v.strictObject({
  en: Text,
  'zh-Hans': Text,
  ug: Text,
  /** Why this rendering, or what the English means where it is unclear. */
  note: v.optional(Text),
  /**
   * Other forms that count as using the term: an official abbreviation (疆 for 新疆) or the
   * stem Uyghur grammar leaves once a suffix changes the word's last vowel (پارتگۇرۇپپى-).
   */
  forms: v.optional(
    v.strictObject({ 'zh-Hans': v.optional(v.array(Text)), ug: v.optional(v.array(Text)) }),
  ),
});

export const GlossarySchema = v.strictObject({ terms: v.array(GlossaryTermSchema) });

/**
 * `translations/<locale>/article.yaml`: block id to its translated text and the hash of the
 * English text it was made from (`blockHash`), so a change to the English shows which
 * translations went stale.
 */
export const ArticleTranslationSchema = v.strictObject({
  blocks: v.record(
    v.string(),
    v.strictObject({
      text: Text,
      source: v.pipe(
        v.string(),
        v.regex(/^[0-9a-f]{12}$/, "must be the 12 hex digits of the English block's hash"),
      ),
    }),
  ),
});

export type AuthoredArticle = v.InferOutput<typeof ArticleSchema>;
export type AuthoredUnit = v.InferOutput<typeof UnitSchema>;
export type AuthoredQuestion = v.InferOutput<typeof QuestionSchema>;
export type AuthoredGlossary = v.InferOutput<typeof GlossarySchema>;
export type AuthoredArticleTranslation = v.InferOutput<typeof ArticleTranslationSchema>;

/** A shape problem at a path inside the file, e.g. `['questions', 3, 'answer']`. */
export interface ShapeProblem {
  path: PropertyKey[];
  message: string;
}

export type ShapeResult<T> = { ok: true; value: T } | { ok: false; problems: ShapeProblem[] };

/** Words for the issues that have no message of their own in the schema above. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const isObjectKey = issue.type === 'strict_object';
  if (isObjectKey && issue.expected === 'never') {
    return 'unknown field';
  }
  if (isObjectKey && issue.received === 'undefined') {
    return 'missing';
  }
  return `expected ${issue.expected ?? 'something else'}, got ${issue.received}`;
}

/** Checks `input` against `schema`, collecting every problem rather than stopping at the first. */
export function checkShape<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): ShapeResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { message: describeIssue });
  if (result.success) {
    return { ok: true, value: result.output };
  }
  const problems = result.issues.map((issue) => ({
    path: (issue.path ?? []).map((item) => item.key as PropertyKey),
    message: issue.message,
  }));
  return { ok: false, problems };
}
