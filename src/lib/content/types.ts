/**
 * The compiled course as the app sees it. These types describe data that the content build
 * (`src/lib/content/compile.ts`) has already validated; nothing here parses or checks anything.
 * The authoring format in `content/` mirrors them (see `content/README.md`).
 */

/** Interface languages. The course text itself ships in English; other locales may override fields. */
export const LOCALE_CODES = ['en', 'zh-Hans', 'ug'] as const;
export type LocaleCode = (typeof LOCALE_CODES)[number];

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'truefalse',
  'fill',
  'ordering',
  'matching',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type BlockKind = 'paragraph' | 'heading' | 'caption';

/** One paragraph, section headline or photo caption of the article, with its stable id. */
export interface ArticleBlock {
  id: string;
  kind: BlockKind;
  text: string;
}

export interface ArticleMeta {
  title: string;
  author: string;
  authorRole: string;
  publication: string;
}

/** A labelled choice: an option, an item to order, or one side of a matching pair. */
export interface Choice {
  id: string;
  text: string;
}

/** An option of a single or multiple question; `feedback` says why it is right or wrong. */
export interface Option extends Choice {
  feedback?: string;
}

/** Where the article supports a question's answer: a verbatim quote from one block. */
export interface SourceRef {
  paragraph: string;
  quote: string;
}

/** Per-locale overrides of a question's visible text; anything missing falls back to English. */
export interface QuestionTranslation {
  prompt?: string;
  explanation?: string;
  hint?: string;
  /** Choice id to translated text, for options, items, left and right alike. */
  choices?: Record<string, string>;
  /** Option id to translated feedback. */
  feedback?: Record<string, string>;
  /** Fill questions: answers accepted in this language besides the English ones. */
  answers?: string[];
  /**
   * Lectern's translation of the source quote, shown beside the verbatim English quote, never
   * instead of it.
   */
  quote?: string;
}

interface QuestionBase {
  id: string;
  prompt: string;
  explanation: string;
  /** Shown only on request; points to where to look without giving the key away. */
  hint?: string;
  /** The id of the unit's learning objective this question checks. */
  objective?: string;
  source: SourceRef;
  /** Short hash of prompt, choices and key, so saved answers can tell that a question changed. */
  hash: string;
  translations?: Partial<Record<LocaleCode, QuestionTranslation>>;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: Option[];
  answer: string;
}

export interface MultipleSelectQuestion extends QuestionBase {
  type: 'multiple';
  options: Option[];
  answer: string[];
}

/** The prompt is a statement; the learner says whether the article supports it. */
export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  answer: boolean;
}

/** The prompt holds one blank written `___`; any accepted answer fills it. */
export interface FillBlankQuestion extends QuestionBase {
  type: 'fill';
  answers: string[];
}

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  items: Choice[];
  /** Item ids in the order the article gives them. */
  answer: string[];
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  left: Choice[];
  right: Choice[];
  /** Left id to the right id it belongs with. */
  answer: Record<string, string>;
}

export type Question =
  | SingleChoiceQuestion
  | MultipleSelectQuestion
  | TrueFalseQuestion
  | FillBlankQuestion
  | OrderingQuestion
  | MatchingQuestion;

/** What a learner should be able to do after a unit; its questions name it by id. */
export interface Objective {
  id: string;
  text: string;
}

export interface KeyPoint {
  text: string;
  paragraph: string;
}

export interface KeyTerm {
  term: string;
  explanation: string;
  paragraph: string;
  /** One neutral sentence from outside the article, shown marked as background. */
  background?: string;
}

/** A key term in another language; shown whole in one language or not at all. */
export interface KeyTermTranslation {
  term: string;
  explanation: string;
  background?: string;
}

/**
 * Per-locale text of a unit; anything missing falls back to English. Lists follow the English
 * by position, `null` where that entry is not translated.
 */
export interface UnitTranslation {
  title?: string;
  principle?: string;
  summary?: string;
  keyPoints?: (string | null)[];
  /** Objective id to its text. */
  objectives?: Record<string, string>;
  keyTerms?: (KeyTermTranslation | null)[];
}

/** One unit's text in one language, as its chunk ships: the unit's own, and per question id. */
export interface UnitTranslationChunk {
  unit: UnitTranslation;
  questions: Record<string, QuestionTranslation>;
}

/** What the units list needs: small enough to ship with the first screen. */
export interface UnitSummary {
  id: string;
  order: number;
  title: string;
  questionCount: number;
  /** Minutes to read the unit's passage with care. */
  readingMinutes: number;
  translations?: Partial<Record<LocaleCode, Pick<UnitTranslation, 'title'>>>;
}

/** A whole unit, loaded when the learner opens it. */
export interface Unit extends UnitSummary {
  /** The section's headline as the article words it (verbatim), shown atop the unit's page. */
  principle: string;
  passage: ArticleBlock[];
  summary: string;
  keyPoints: KeyPoint[];
  objectives: Objective[];
  keyTerms: KeyTerm[];
  questions: Question[];
  translations?: Partial<Record<LocaleCode, UnitTranslation>>;
}

export interface CourseIndex {
  /** The course's folder name under `content/courses/`: stable, stored with every record. */
  id: string;
  article: ArticleMeta;
  units: UnitSummary[];
}

/** One language's translation of the article: course id to block id to translated text. */
export type ArticleTranslation = Readonly<Record<string, Readonly<Record<string, string>>>>;
