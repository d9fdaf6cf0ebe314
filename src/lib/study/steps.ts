/**
 * The rules of studying, as pure steps: given the stored records a learner action touches and
 * what the learner did, each step returns the new records, to be stored together as one write.
 * Grading and review scheduling run here and nowhere else, once per action. No Svelte, no
 * storage: the progress store persists what a step returns, and a page whose storage is refused
 * runs the very same steps on memory.
 */
import type { LocaleCode, Question } from '../content/types';
import { forGrading } from '../quiz/accepted';
import type { Answer } from '../quiz/answers';
import { advance, answerCurrent, currentQuestionId, scoreOf } from '../quiz/attempt';
import { newCard, reviewCard } from '../review/schedule';
import { MAX_COUNTED_GAP_MS, SCHEMA_VERSION } from './constants';
import { isFinalTestId } from './final-test';
import type { AnswerEvent, AttemptRecord, CardRecord, UnitRecord } from './records';

/** A record to store, tagged with the store it belongs in. */
export type StoredRecord =
  | { store: 'answers'; value: AnswerEvent }
  | { store: 'attempts'; value: AttemptRecord }
  | { store: 'units'; value: UnitRecord }
  | { store: 'cards'; value: CardRecord };

export type RecordStore = StoredRecord['store'];

/** What one learner action changes: records to put and records to delete. */
export interface Change {
  puts: StoredRecord[];
  deletes: { store: RecordStore; key: string }[];
}

export function change(...puts: (StoredRecord | undefined)[]): Change {
  return { puts: puts.filter((put) => put !== undefined), deletes: [] };
}

/** A unit's summary before anything happened in it. */
export function emptyUnit(course: string, unitId: string, now: number): UnitRecord {
  return { v: SCHEMA_VERSION, course, unitId, attempts: 0, timeSpentMs: 0, updatedAt: now };
}

/**
 * A review spans units and keeps no summary. The final test spans units too, but counts like a
 * unit quiz: its summary (under the final test's id) keeps the open attempt, best score and pass,
 * and its misses join the review deck.
 */
function isReview(attempt: AttemptRecord): boolean {
  return attempt.questionUnits !== undefined && !isFinalTestId(attempt.unitId);
}

/** Starting (or retrying) a quiz: the attempt is stored; a unit quiz becomes the unit's open one. */
export function startStep(attempt: AttemptRecord, unit: UnitRecord | undefined): Change {
  if (isReview(attempt)) {
    return change({ store: 'attempts', value: attempt });
  }
  const base = unit ?? emptyUnit(attempt.course, attempt.unitId, attempt.startedAt);
  const opened: UnitRecord = { ...base, openAttemptId: attempt.id, updatedAt: attempt.startedAt };
  return change({ store: 'attempts', value: attempt }, { store: 'units', value: opened });
}

/** Reading a unit: marked studied the first time. */
export function studiedStep(
  course: string,
  unitId: string,
  unit: UnitRecord | undefined,
  now: number,
): Change {
  const base = unit ?? emptyUnit(course, unitId, now);
  if (base.studiedAt !== undefined) {
    return change();
  }
  return change({ store: 'units', value: { ...base, studiedAt: now, updatedAt: now } });
}

export interface AnswerInput {
  question: Question;
  answer: Answer;
  /** The unit the question comes from (a review spans units). */
  unitId: string;
  /** Whether the learner asked for the hint before answering. */
  hinted?: boolean;
  /**
   * The language the learner read the question in: a fill answer typed in it counts too. The
   * question's hash, stored with the answer, stays the English one.
   */
  locale?: LocaleCode;
  eventId: string;
  now: number;
}

export interface AnswerOutcome {
  change: Change;
  attempt: AttemptRecord;
  /** Undefined when the question was already answered: nothing new to store. */
  event: AnswerEvent | undefined;
}

/**
 * Grades the answer to the attempt's current question: the answer event, the attempt with the
 * answer, the unit's time spent, and the review card (a miss joins the deck; in a review every
 * answer reschedules). Throws `AttemptConflict` when the question is not the one being asked.
 */
export function answerStep(
  attempt: AttemptRecord,
  unit: UnitRecord | undefined,
  card: CardRecord | undefined,
  input: AnswerInput,
): AnswerOutcome {
  const { question, now } = input;
  if (attempt.answers[question.id] && currentQuestionId(attempt) === question.id) {
    // A double submit, or another tab answered first: nothing new.
    return { change: change(), attempt, event: undefined };
  }
  // Throws AttemptConflict when the question is not the one being asked.
  const answered = answerCurrent(attempt, forGrading(question, input.locale), input.answer, now);
  const given = answered.answers[question.id]!;
  if (input.hinted) {
    given.hinted = true;
  }
  const next: AttemptRecord = { ...attempt, ...answered };
  const event: AnswerEvent = {
    v: SCHEMA_VERSION,
    course: attempt.course,
    id: input.eventId,
    attemptId: attempt.id,
    unitId: input.unitId,
    questionId: question.id,
    hash: question.hash,
    answer: input.answer,
    points: given.points,
    correct: given.correct,
    at: now,
  };
  const gap = Math.min(Math.max(0, now - attempt.updatedAt), MAX_COUNTED_GAP_MS);
  const base = unit ?? emptyUnit(attempt.course, input.unitId, now);
  const seen = base.history?.[question.id]?.seen ?? 0;
  const timed: UnitRecord = {
    ...base,
    timeSpentMs: base.timeSpentMs + gap,
    history: { ...base.history, [question.id]: { seen: seen + 1, lastCorrect: given.correct } },
    updatedAt: now,
  };
  const nextCard = cardAfter(attempt, question, input.unitId, card, given.correct, now);
  return {
    change: change(
      { store: 'answers', value: event },
      { store: 'attempts', value: next },
      { store: 'units', value: timed },
      nextCard && { store: 'cards', value: nextCard },
    ),
    attempt: next,
    event,
  };
}

/** A missed question enters the review deck; in a review, every answer reschedules its card. */
function cardAfter(
  attempt: AttemptRecord,
  question: Question,
  unitId: string,
  existing: CardRecord | undefined,
  correct: boolean,
  now: number,
): CardRecord | undefined {
  let card;
  if (isReview(attempt) && existing) {
    card = reviewCard(existing.card, correct, now);
  } else if (!correct && (!existing || existing.hash !== question.hash)) {
    card = newCard(now);
  } else if (!correct && existing) {
    card = reviewCard(existing.card, false, now);
  } else {
    return undefined;
  }
  return {
    v: SCHEMA_VERSION,
    course: attempt.course,
    questionId: question.id,
    unitId,
    hash: question.hash,
    card,
    updatedAt: now,
  };
}

/**
 * Moves past the answered question; after the last one the attempt is finished, and a finished
 * unit quiz counts in its unit's summary (attempts, last and best score, mastery on a pass).
 */
export function advanceStep(
  attempt: AttemptRecord,
  unit: UnitRecord | undefined,
  expectedQuestionId: string,
  now: number,
): { change: Change; attempt: AttemptRecord } {
  if (currentQuestionId(attempt) !== expectedQuestionId) {
    return { change: change(), attempt };
  }
  const moved = advance(attempt, now);
  if (moved.position === attempt.position && moved.status === attempt.status) {
    // Not answered yet, or already finished: nothing to store.
    return { change: change(), attempt };
  }
  const next: AttemptRecord = { ...attempt, ...moved };
  return { change: finishChange(next, unit, now), attempt: next };
}

/**
 * Stores an attempt reconciled with changed content (stale answers set aside, removed questions
 * dropped), which may finish it.
 */
export function reconcileStep(
  reconciled: AttemptRecord,
  unit: UnitRecord | undefined,
  now: number,
): Change {
  return finishChange(reconciled, unit, now);
}

function finishChange(attempt: AttemptRecord, unit: UnitRecord | undefined, now: number): Change {
  const put: StoredRecord = { store: 'attempts', value: attempt };
  if (attempt.status !== 'finished' || isReview(attempt)) {
    return change(put);
  }
  const score = scoreOf(attempt);
  const base = unit ?? emptyUnit(attempt.course, attempt.unitId, now);
  const summary: UnitRecord = {
    ...base,
    attempts: base.attempts + 1,
    lastScore: score.ratio,
    bestScore: Math.max(base.bestScore ?? 0, score.ratio),
    updatedAt: now,
  };
  if (score.passed && summary.masteredAt === undefined) {
    summary.masteredAt = now;
  }
  if (summary.openAttemptId === attempt.id) {
    delete summary.openAttemptId;
  }
  return change(put, { store: 'units', value: summary });
}

export interface TermRating {
  course: string;
  unitId: string;
  /** The term's card id (`termCardIds` in `review/term-cards`). */
  cardId: string;
  /** The hash of the term's English text now (`termHash`). */
  hash: string;
  knew: boolean;
  now: number;
}

/**
 * Rating a key-term flashcard: "Knew it" is FSRS's Good, "Didn't know" its Again, on the same
 * scheduler as question cards. A term rated for the first time, or whose English changed since
 * its card was made, starts a new card and is rated at once.
 */
export function rateTermStep(existing: CardRecord | undefined, rating: TermRating): Change {
  const { now } = rating;
  const start = existing && existing.hash === rating.hash ? existing.card : newCard(now);
  const card: CardRecord = {
    v: SCHEMA_VERSION,
    course: rating.course,
    kind: 'term',
    questionId: rating.cardId,
    unitId: rating.unitId,
    hash: rating.hash,
    card: reviewCard(start, rating.knew, now),
    updatedAt: now,
  };
  return change({ store: 'cards', value: card });
}
