/**
 * One quiz being taken: the attempt as stored, the learner's draft answer, and the steps Check
 * and Next. Every step is saved through the progress store before the screen moves on; when
 * saving fails, the quiz goes on in memory and the failure is shown, never hidden.
 */
import type { Question, Unit } from '../../lib/content/types';
import { SCHEMA_VERSION } from '../../lib/progress/constants';
import { progress } from '../../lib/progress/progress.svelte';
import type { AttemptRecord } from '../../lib/progress/records';
import { newId, StorageError } from '../../lib/progress/store';
import type { Answer } from '../../lib/quiz/answers';
import {
  advance,
  answerCurrent,
  AttemptConflict,
  currentQuestionId,
  reconcile,
  scoreOf,
  startAttempt,
  type GivenAnswer,
} from '../../lib/quiz/attempt';
import { isAnswerGiven } from '../../lib/quiz/grade';
import { newSeed } from '../../lib/quiz/random';
import { indexQuestions, questionsById, type QuizQuestion } from './lib';

export type { QuizQuestion };

function initialDraft(
  question: Question | undefined,
  order: string[] | undefined,
): Answer | undefined {
  if (question?.type === 'ordering') {
    return { type: 'ordering', order: [...(order ?? question.items.map((i) => i.id))] };
  }
  if (question?.type === 'matching') {
    return { type: 'matching', pairs: {} };
  }
  return undefined;
}

export class QuizSession {
  // Raw state: records are replaced whole, never changed in place, and must stay cloneable
  // for IndexedDB.
  attempt: AttemptRecord = $state.raw()!;
  draft: Answer | undefined = $state.raw();
  /** Answers given before their question changed; shown, not counted. */
  stale: Record<string, GivenAnswer> = $state.raw({});
  /** Set when Check was pressed with nothing answered. */
  needsAnswer = $state(false);
  busy = $state(false);

  /**
   * @param stored settles once the attempt is in storage: a new attempt shows its first question
   *   while it is being written, and nothing is saved onto it before that write is done.
   */
  constructor(
    readonly questions: ReadonlyMap<string, QuizQuestion>,
    attempt: AttemptRecord,
    private readonly stored: Promise<void> = Promise.resolve(),
  ) {
    this.adopt(attempt);
  }

  current = $derived.by(() => {
    const id = currentQuestionId(this.attempt);
    return id ? this.questions.get(id) : undefined;
  });
  given = $derived.by(() => {
    const id = this.current?.question.id;
    return id ? this.attempt.answers[id] : undefined;
  });
  score = $derived(scoreOf(this.attempt));
  finished = $derived(this.attempt.status === 'finished');

  private adopt(stored: AttemptRecord): void {
    const { attempt, staleAnswers, changed } = reconcile(stored, questionsById(this.questions));
    if (changed && stored.status === 'in-progress') {
      // The course changed under this attempt: store it as reconciled, so the next answer is
      // graded against the same questions the learner sees.
      void progress.store
        .saveReconciled({ ...stored, ...attempt })
        .catch((error: unknown) => progress.report(error));
    }
    const moved = !this.attempt || currentQuestionId(attempt) !== currentQuestionId(this.attempt);
    this.attempt = { ...stored, ...attempt };
    this.stale = staleAnswers;
    if (moved) {
      const id = currentQuestionId(this.attempt);
      this.draft = initialDraft(
        id ? this.questions.get(id)?.question : undefined,
        id ? this.attempt.choiceOrder[id] : undefined,
      );
      this.needsAnswer = false;
    }
  }

  setDraft(answer: Answer): void {
    this.draft = answer;
    this.needsAnswer = false;
  }

  /** Grades the draft; the answer is stored before the feedback shows. */
  async check(): Promise<void> {
    const current = this.current;
    if (!current || this.given || this.busy) {
      return;
    }
    if (!isAnswerGiven(this.draft)) {
      this.needsAnswer = true;
      return;
    }
    // A plain copy: IndexedDB cannot clone the reactive proxy the draft lives in.
    const answer = $state.snapshot(this.draft);
    this.busy = true;
    try {
      await this.stored;
      const { attempt } = await progress.store.answer(
        this.attempt.id,
        current.question,
        answer,
        current.unitId,
      );
      this.adopt(attempt);
      // A miss joins the review deck: keep the header's due count current.
      void progress.refresh();
    } catch (error) {
      if (error instanceof AttemptConflict) {
        // Another tab answered or moved on first: show what it saved.
        await this.reload();
        return;
      }
      if (!(error instanceof StorageError)) {
        throw error;
      }
      progress.report(error);
      this.adopt({
        ...this.attempt,
        ...answerCurrent(this.attempt, current.question, answer, Date.now()),
      });
    } finally {
      this.busy = false;
    }
  }

  async next(): Promise<void> {
    const id = this.current?.question.id;
    if (!id || !this.given || this.busy) {
      return;
    }
    this.busy = true;
    try {
      await this.stored;
      this.adopt(await progress.store.advance(this.attempt.id, id));
      if (this.finished) {
        await progress.refresh();
        if (this.score.passed) {
          await progress.requestPersistence();
        }
      }
    } catch (error) {
      if (!(error instanceof StorageError)) {
        throw error;
      }
      progress.report(error);
      this.adopt({ ...this.attempt, ...advance(this.attempt, Date.now()) });
    } finally {
      this.busy = false;
    }
  }

  /** Picks up what another tab saved for this attempt. */
  async reload(): Promise<void> {
    const stored = await progress.store.attempt(this.attempt.id);
    if (stored && stored.updatedAt >= this.attempt.updatedAt) {
      this.adopt(stored);
    }
  }
}

/**
 * A new attempt over `questions`, shuffled by a fresh seed. Its first question can show at once;
 * the attempt is stored meanwhile (a failure is shown, and the quiz goes on in memory).
 */
export function startQuiz(
  unitId: string,
  questions: readonly QuizQuestion[],
  review: boolean,
): QuizSession {
  const now = Date.now();
  const state = startAttempt(
    newId(),
    unitId,
    questions.map((q) => q.question),
    newSeed(),
    now,
  );
  const attempt: AttemptRecord = { v: SCHEMA_VERSION, ...state };
  if (review) {
    attempt.questionUnits = Object.fromEntries(questions.map((q) => [q.question.id, q.unitId]));
  }
  const stored = progress.store.createAttempt(attempt).then(
    // The units list learns of the open attempt in the background; the question need not wait.
    () => void progress.refresh(),
    (error: unknown) => progress.report(error),
  );
  return new QuizSession(indexQuestions(questions), attempt, stored);
}

function unitQuestions(unit: Unit): QuizQuestion[] {
  return unit.questions.map((question) => ({ question, unitId: unit.id }));
}

/** A new attempt at `unit`'s quiz, shown at once (see `startQuiz`). */
export function startUnitQuiz(unit: Unit): QuizSession {
  return startQuiz(unit.id, unitQuestions(unit), false);
}

/** The attempt at `unit`'s quiz that the learner left open, if any, read back from storage. */
export async function resumeUnitQuiz(unit: Unit): Promise<QuizSession | undefined> {
  const openId = progress.units[unit.id]?.openAttemptId;
  const open = openId ? await progress.store.attempt(openId).catch(() => undefined) : undefined;
  if (open?.status !== 'in-progress') {
    return undefined;
  }
  const session = new QuizSession(indexQuestions(unitQuestions(unit)), open);
  return session.attempt.questionIds.length > 0 ? session : undefined;
}

/** Whether `unit` has an attempt left open, which `resumeUnitQuiz` can read back. */
export function hasOpenAttempt(unit: Unit): boolean {
  return progress.units[unit.id]?.openAttemptId !== undefined;
}
