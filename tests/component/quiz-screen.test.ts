/**
 * The quiz screen as the app opens it: a unit whose data has arrived shows its first question in
 * the first render, while the new attempt is stored; the stored attempt is the one on screen,
 * progress refreshing around it never starts another, and opening the quiz again resumes it.
 *
 * Each test starts progress on its own empty memory store and sets up what it needs, so the tests
 * pass alone and in any order (`npx vitest run --sequence.shuffle`).
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { loadUnit } from 'virtual:lectern/course';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/lib/content/types';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/store';
import { startAttempt } from '../../src/lib/quiz/attempt';
import { SCHEMA_VERSION } from '../../src/lib/study/constants';
import { QUIZ_SIZE } from '../../src/lib/quiz/pool';
import { courseIdOf } from '../../src/screens/course';
import QuizScreen from '../../src/screens/quiz/QuizScreen.svelte';
import { rightAnswer } from '../factories';

const UNIT_ID = 'overview';
const route = { name: 'quiz', unitId: UNIT_ID } as const;
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

let unit: Unit;

beforeEach(async () => {
  await progress.start(ProgressStore.inMemory());
  unit = (await loadUnit(UNIT_ID))!;
});

afterEach(() => {
  cleanup();
});

/** Stores an attempt at the unit's quiz left open at question 2, the first answered right. */
async function leaveAttemptOpenAtQuestion2(id: string): Promise<void> {
  const state = startAttempt(id, UNIT_ID, unit.questions, 7, Date.now());
  await progress.startAttempt({ v: SCHEMA_VERSION, course: courseIdOf(UNIT_ID), ...state });
  const first = unit.questions.find((q) => q.id === state.questionIds[0])!;
  await progress.answer(id, { question: first, answer: rightAnswer(first), unitId: UNIT_ID });
  await progress.advance(id, first.id);
}

describe('QuizScreen', () => {
  it('shows the first question in its first render and stores that attempt once', async () => {
    expect(await progress.store.attempts()).toEqual([]);

    render(QuizScreen, { route });
    flushSync();
    // A unit quiz draws QUIZ_SIZE questions from the unit's bank.
    const drawn = Math.min(QUIZ_SIZE, unit.questions.length);
    expect(unit.questions.length).toBeGreaterThan(QUIZ_SIZE);
    expect(screen.getByText(`Question 1 of ${drawn}`)).toBeInTheDocument();
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
    expect(attempts[0]!.questionIds).toHaveLength(drawn);
    expect(progress.units[UNIT_ID]?.openAttemptId).toBe(attempts[0]!.id);
  });

  it('resumes the open attempt where it was left instead of starting another', async () => {
    await leaveAttemptOpenAtQuestion2('open-attempt');
    expect(progress.units[UNIT_ID]?.openAttemptId).toBe('open-attempt');

    render(QuizScreen, { route });

    expect(await screen.findByText(`Question 2 of ${unit.questions.length}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check' })).toBeEnabled();
    await settle();
    expect((await progress.store.attempts()).map((a) => a.id)).toEqual(['open-attempt']);
  });
});
