/**
 * The quiz screen as the app opens it: a unit whose data has arrived shows its first question in
 * the first render, while the new attempt is stored; the stored attempt is the one on screen,
 * progress refreshing around it never starts another, and opening the quiz again resumes it.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { loadUnit } from 'virtual:lectern/course';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/store';
import QuizScreen from '../../src/screens/quiz/QuizScreen.svelte';

const UNIT_ID = 'overview';
const route = { name: 'quiz', unitId: UNIT_ID } as const;
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  await progress.start(ProgressStore.inMemory());
  await loadUnit(UNIT_ID);
});

afterEach(() => {
  cleanup();
});

describe('QuizScreen', () => {
  it('shows the first question in its first render and stores that attempt once', async () => {
    render(QuizScreen, { route });
    flushSync();
    const total = (await loadUnit(UNIT_ID))!.questions.length;
    expect(screen.getByText(`Question 1 of ${total}`)).toBeInTheDocument();
    const check = screen.getByRole('button', { name: 'Check' });
    expect(check).toBeEnabled();

    await settle();
    await progress.refresh();
    await settle();
    // The same quiz stays on screen: nothing was started or re-read behind the learner's back.
    expect(check).toBeInTheDocument();
    const attempts = await progress.store.attempts();
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ unitId: UNIT_ID, status: 'in-progress' });
    expect(progress.units[UNIT_ID]?.openAttemptId).toBe(attempts[0]!.id);
  });

  it('resumes the open attempt instead of starting another', async () => {
    const [open] = await progress.store.attempts();
    render(QuizScreen, { route });
    expect(await screen.findByRole('button', { name: 'Check' })).toBeEnabled();
    await settle();
    expect((await progress.store.attempts()).map((a) => a.id)).toEqual([open!.id]);
  });
});
