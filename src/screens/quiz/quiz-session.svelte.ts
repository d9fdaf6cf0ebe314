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

  constructor(
    readonly questions: ReadonlyMap<string, QuizQuestion>,
    attempt: AttemptRecord,
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

/** Creates and stores a new attempt over `questions`, shuffled by a fresh seed. */
export async function startQuiz(
  unitId: string,
  questions: readonly QuizQuestion[],
  review: boolean,
): Promise<QuizSession> {
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
  try {
    await progress.store.createAttempt(attempt);
  } catch (error) {
    progress.report(error);
  }
  // The units list learns of the open attempt in the background; the question need not wait.
  void progress.refresh();
  return new QuizSession(indexQuestions(questions), attempt);
}

/** The unit's open attempt if there is one, else a new one. */
export async function openUnitQuiz(unit: Unit): Promise<QuizSession> {
  const questions = unit.questions.map((question) => ({ question, unitId: unit.id }));
  const openId = progress.units[unit.id]?.openAttemptId;
  const open = openId ? await progress.store.attempt(openId).catch(() => undefined) : undefined;
  if (open && open.status === 'in-progress') {
    const session = new QuizSession(indexQuestions(questions), open);
    if (session.attempt.questionIds.length > 0) {
      return session;
    }
  }
  return startQuiz(unit.id, questions, false);
}
