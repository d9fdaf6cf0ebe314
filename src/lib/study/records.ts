/**
 * The records Lectern stores, as `progress/restore.ts` hands them to the rest of the app. Every
 * progress record names its course, so two courses' progress, review decks and backups never
 * mix. Types only: the study steps make these records and the progress store keeps them.
 */
import type { TextSizeSetting, ThemeSetting } from '../appearance/appearance';
import type { LocaleCode } from '../content/types';
import type { Answer } from '../quiz/answers';
import type { AttemptState } from '../quiz/attempt';
import type { QuestionHistory } from '../quiz/pool';
import type { StoredCard } from '../review/schedule';

/** One answer as it was given: written once, never changed. */
export interface AnswerEvent {
  v: number;
  course: string;
  id: string;
  attemptId: string;
  unitId: string;
  questionId: string;
  /** The question's content hash then; when it differs now, the answer is stale. */
  hash: string;
  answer: Answer;
  points: number;
  correct: boolean;
  at: number;
}

export interface AttemptRecord extends AttemptState {
  v: number;
  course: string;
  /** For a review across units: the unit each question comes from. */
  questionUnits?: Record<string, string>;
}

export interface UnitRecord {
  v: number;
  course: string;
  unitId: string;
  studiedAt?: number;
  /** Best and last finished score, as a ratio from 0 to 1. */
  bestScore?: number;
  lastScore?: number;
  attempts: number;
  timeSpentMs: number;
  masteredAt?: number;
  /** The attempt in progress, if any, so "Resume" knows where to go. */
  openAttemptId?: string;
  /**
   * Per question: how often it was answered and whether the last answer was right, so the next
   * quiz can be drawn at once, preferring questions not yet seen or last missed.
   */
  history?: Record<string, QuestionHistory>;
  updatedAt: number;
}

/** What a review card asks: a missed question, or a unit's key term as a flashcard. */
export type CardKind = 'question' | 'term';

export interface CardRecord {
  v: number;
  course: string;
  /** Absent on question cards (all cards before key terms were); `'term'` on flashcards. */
  kind?: CardKind;
  /** The question's id, or a term card's id (`term:<unit id>:<slug>`, see `review/term-cards`). */
  questionId: string;
  unitId: string;
  hash: string;
  card: StoredCard;
  updatedAt: number;
}

export interface SettingsRecord {
  v: number;
  locale?: LocaleCode;
  /** Absent until the learner chooses: the system's theme, the normal size. */
  theme?: ThemeSetting;
  textSize?: TextSizeSetting;
  /** The name the learner typed for their completion record; absent until typed. */
  learnerName?: string;
  /** Whether Lectern already asked the browser to keep its storage. */
  persistRequested: boolean;
  updatedAt: number;
}

/**
 * One attempt as the progress screen lists it. Derived from the attempt by the store (see
 * `progress/activity.ts`), never by hand, so the screen reads one record instead of every attempt.
 */
export interface AttemptSummary {
  id: string;
  /** The unit quizzed, or `review` for a mistakes review across units. */
  unitId: string;
  /** True for an attempt across units (a review), which has no unit score. */
  acrossUnits?: boolean;
  status: 'in-progress' | 'finished';
  startedAt: number;
  finishedAt?: number;
  /** The score of a finished attempt, 0–1. */
  ratio?: number;
  /** The learner's local days (YYYY-MM-DD) on which it was started or answered, for the streak. */
  days: string[];
}

/** A course's attempt summaries, oldest first: an index the store keeps with the attempts. */
export interface ActivityRecord {
  v: number;
  course: string;
  attempts: AttemptSummary[];
  updatedAt: number;
}
