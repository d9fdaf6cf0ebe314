/**
 * One quiz being taken: the attempt, the learner's draft answer, and the steps Check and Next.
 * Each step is one progress action (graded and stored by the study steps) before the screen
 * moves on. When storing fails the step's result is shown all the same and the failure is said;
 * the progress store keeps the unsaved records and stores them with the next write that works.
 */
import { get } from 'svelte/store';
import type { Question, Unit } from '../../lib/content/types';
import { localeCode } from '../../lib/i18n/format';
import { AttemptGone } from '../../lib/progress/actions';
import { progress } from '../../lib/progress/progress.svelte';
import { newId } from '../../lib/progress/store';
import type { Answer } from '../../lib/quiz/answers';
import {
  AttemptConflict,
  currentQuestionId,
  reconcile,
  scoreOf,
  startAttempt,
  type GivenAnswer,
} from '../../lib/quiz/attempt';
import { SCHEMA_VERSION } from '../../lib/study/constants';
import type { AttemptRecord } from '../../lib/study/records';
import { isAnswerGiven } from '../../lib/quiz/grade';
import { drawQuiz, QUIZ_SIZE } from '../../lib/quiz/pool';
import { newSeed } from '../../lib/quiz/random';
import { courseIdOf } from '../course';
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
  /** The attempt was deleted by a reset (in this tab or another): nothing to save onto. */
  gone = $state(false);
  /** The learner asked for the current question's hint. */
  hinted = $state(false);
  /** Resets of this course before the session began; a later one deletes its attempt. */
  readonly resetsAtStart: number;
  /** The attempt's id, fixed for the session; a plain field, so reading it tracks nothing. */
  readonly id: string;

  /**
   * @param stored settles once the attempt is in storage: a new attempt shows its first question
   *   while it is being written, and nothing is saved onto it before that write is done.
   */
  constructor(
    readonly questions: ReadonlyMap<string, QuizQuestion>,
    attempt: AttemptRecord,
    private readonly stored: Promise<void> = Promise.resolve(),
  ) {
    this.id = attempt.id;
    // Read untracked: a session made inside an effect must not make it depend on resets.
    this.resetsAtStart = progress.resetCountNow(attempt.course);
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
      void this.stored.then(() => progress.saveReconciled({ ...stored, ...attempt }));
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
      this.hinted = false;
    }
  }

  showHint(): void {
    this.hinted = true;
  }

  setDraft(answer: Answer): void {
    this.draft = answer;
    this.needsAnswer = false;
  }

  /** Grades the draft; the answer is stored before the feedback shows. */
  async check(): Promise<void> {
    const current = this.current;
    if (!current || this.given || this.busy || this.gone) {
      return;
    }
    if (!isAnswerGiven(this.draft)) {
      this.needsAnswer = true;
      return;
    }
    // A plain copy: IndexedDB cannot clone the reactive proxy the draft lives in.
    const answer = $state.snapshot(this.draft);
    await this.#step(async () => {
      const { attempt } = await progress.answer(this.id, {
        question: current.question,
        answer,
        unitId: current.unitId,
        hinted: this.hinted,
        // The language the question is shown in: a fill answer typed in it counts.
        locale: get(localeCode),
      });
      this.adopt(attempt);
    });
  }

  async next(): Promise<void> {
    const id = this.current?.question.id;
    if (!id || !this.given || this.busy || this.gone) {
      return;
    }
    await this.#step(async () => {
      this.adopt(await progress.advance(this.id, id));
      if (this.finished && this.score.passed) {
        await progress.requestPersistence();
      }
    });
  }

  /** Runs one step; another tab's answer is shown, a reset ends the session's saving. */
  async #step(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await this.stored;
      await work();
    } catch (error) {
      if (error instanceof AttemptConflict) {
        // Another tab answered or moved on first: show what it saved.
        await this.reload();
      } else if (error instanceof AttemptGone) {
        this.gone = true;
      } else {
        throw error;
      }
    } finally {
      this.busy = false;
    }
  }

  /** Picks up what another tab saved for this attempt. */
  async reload(): Promise<void> {
    const stored = await progress.store.attempt(this.id);
    if (!stored) {
      this.gone = true;
    } else if (stored.updatedAt >= this.attempt.updatedAt) {
      this.adopt(stored);
    }
  }
}

/**
 * A new attempt over `questions`, shuffled by a fresh seed. Its first question can show at once;
 * the attempt is stored meanwhile (a failure is shown, and the quiz goes on in memory).
 */
export function startQuiz(
  course: string,
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
  const attempt: AttemptRecord = { v: SCHEMA_VERSION, course, ...state };
  if (review) {
    attempt.questionUnits = Object.fromEntries(questions.map((q) => [q.question.id, q.unitId]));
  }
  // The first question shows while the attempt is stored; nothing is saved onto it before.
  return new QuizSession(indexQuestions(questions), attempt, progress.startAttempt(attempt));
}

function unitQuestions(unit: Unit): QuizQuestion[] {
  return unit.questions.map((question) => ({ question, unitId: unit.id }));
}

/**
 * A new attempt at `unit`'s quiz, shown at once (see `startQuiz`): a fixed number of questions
 * drawn from the unit's bank, preferring those not yet seen or last missed, so a retry is a new
 * test. The history it draws by is the unit summary's, read untracked.
 */
export function startUnitQuiz(unit: Unit): QuizSession {
  const history = progress.unitNow(unit.id)?.history ?? {};
  const drawn = drawQuiz(unit.questions, history, QUIZ_SIZE, newSeed());
  const questions = unitQuestions(unit).filter(({ question }) => drawn.includes(question.id));
  return startQuiz(courseIdOf(unit.id), unit.id, questions, false);
}

/** The attempt at `unit`'s quiz that the learner left open, if any, read back from storage. */
export async function resumeUnitQuiz(unit: Unit): Promise<QuizSession | undefined> {
  const openId = progress.unitNow(unit.id)?.openAttemptId;
  const open = openId ? await progress.store.attempt(openId).catch(() => undefined) : undefined;
  if (open?.status !== 'in-progress') {
    return undefined;
  }
  const session = new QuizSession(indexQuestions(unitQuestions(unit)), open);
  return session.attempt.questionIds.length > 0 ? session : undefined;
}

/** Whether `unit` has an attempt left open, which `resumeUnitQuiz` can read back. */
export function hasOpenAttempt(unit: Unit): boolean {
  return progress.unitNow(unit.id)?.openAttemptId !== undefined;
}
