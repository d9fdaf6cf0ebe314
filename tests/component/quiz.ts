/**
 * Puts a quiz on screen for component tests, and reads it back the way a learner would: what the
 * live regions announce, which order an ordering list shows. The attempt is stored first, as the
 * quiz screen does before it shows a question.
 *
 * One in-memory progress store serves a whole test file. A store per test would not do: each
 * store opens its own BroadcastChannel, so the stores of earlier tests would hear this test's
 * writes as "another tab" and set off the cross-tab reload (see quiz-sync.test.ts).
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { questionText } from '../../src/lib/content/localize';
import type { Question } from '../../src/lib/content/types';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/store';
import { indexQuestions } from '../../src/screens/quiz/lib';
import QuizRunner from '../../src/screens/quiz/QuizRunner.svelte';
import { QuizSession } from '../../src/screens/quiz/quiz-session.svelte';
import { attemptRecord } from '../factories';

export const UNIT_ID = 'legislation';

let started = false;

/** Starts progress on a memory store, once per test file. */
async function startProgress(): Promise<void> {
  if (!started) {
    await progress.start(ProgressStore.inMemory());
    started = true;
  }
}

export interface QuizOptions {
  /**
   * The order in which options, items or right-hand choices are shown, by question id; left
   * out, they are shown as the question lists them.
   */
  choiceOrder?: Record<string, string[]>;
  /** The store progress starts on; by default the file's shared memory store. */
  store?: ProgressStore;
}

/** Renders a quiz over `questions`, asked in the order given. */
export async function renderQuiz(
  questions: Question[],
  { choiceOrder = {}, store }: QuizOptions = {},
): Promise<QuizSession> {
  if (store) {
    await progress.start(store);
  } else {
    await startProgress();
  }
  const attempt = attemptRecord({
    unitId: UNIT_ID,
    questionIds: questions.map((q) => q.id),
    choiceOrder,
    status: 'in-progress',
    startedAt: Date.now(),
    updatedAt: Date.now(),
  });
  await progress.startAttempt(attempt);
  const session = new QuizSession(
    indexQuestions(questions.map((question) => ({ question, unitId: UNIT_ID }))),
    attempt,
  );
  render(QuizRunner, { session, textFor: (q: Question) => questionText(q, 'en') });
  return session;
}

/** The text of every live status region on screen. */
export function announcements(): string[] {
  return screen.getAllByRole('status').map((region) => region.textContent?.trim() ?? '');
}

/** Waits until some status region announces exactly `text`. */
export async function expectAnnounced(text: string): Promise<void> {
  await waitFor(() => expect(announcements()).toContain(text));
}

/** The ordering list's items, top to bottom, as named by their Move up buttons. */
export function shownOrder(): string[] {
  return screen
    .getAllByRole('button', { name: /^Move up: / })
    .map((button) => button.getAttribute('aria-label')!.replace(/^Move up: /, ''));
}

/** Moves items with their Move up buttons until the list reads `wanted`, top to bottom. */
export async function arrange(user: UserEvent, wanted: string[]): Promise<void> {
  for (const [place, label] of wanted.entries()) {
    let at = shownOrder().indexOf(label);
    while (at > place) {
      await user.click(screen.getByRole('button', { name: `Move up: ${label}` }));
      at -= 1;
      await waitFor(() => expect(shownOrder().indexOf(label)).toBe(at));
    }
  }
}
