/**
 * The course test's card on the first screen: its size and pass mark, the learner's standing
 * (no score, a test in progress, the best score and a pass) and, only once every unit and the
 * test are passed, the way to the completion record.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { course } from 'virtual:lectern/course';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/store';
import { finalTestId } from '../../src/lib/study/final-test';
import type { UnitRecord } from '../../src/lib/study/records';
import FinalTestCard from '../../src/screens/units/FinalTestCard.svelte';

const summary = (unitId: string, o: Partial<UnitRecord> = {}): UnitRecord => ({
  v: 2,
  course: course.id,
  unitId,
  attempts: 1,
  timeSpentMs: 0,
  updatedAt: 1,
  ...o,
});

async function withRecords(records: UnitRecord[]) {
  const store = ProgressStore.inMemory();
  await store.update(() => ({
    change: { puts: records.map((value) => ({ store: 'units' as const, value })), deletes: [] },
    value: undefined,
  }));
  await progress.start(store);
}

function card() {
  render(FinalTestCard, { courseId: course.id, units: course.units });
  return screen.getByRole('article', { name: 'Course test' });
}

beforeEach(() => withRecords([]));
afterEach(() => cleanup());

describe('the course test card', () => {
  it('links to the test and says its size and pass mark; no score yet', () => {
    const article = card();
    expect(within(article).getByRole('link', { name: 'Course test' })).toHaveAttribute(
      'href',
      `#/course/${course.id}/test`,
    );
    expect(article).toHaveTextContent('20 questions from every unit · 80% to pass');
    expect(article).toHaveTextContent('No score yet');
    expect(screen.queryByRole('link', { name: 'See your completion record' })).toBeNull();
  });

  it('says a test is in progress', async () => {
    await withRecords([summary(finalTestId(course.id), { openAttemptId: 'x', attempts: 0 })]);
    expect(card()).toHaveTextContent('Quiz in progress');
  });

  it('shows a failed best score without a pass', async () => {
    await withRecords([summary(finalTestId(course.id), { bestScore: 0.65 })]);
    const article = card();
    expect(article).toHaveTextContent('Best score: 65%');
    expect(article).not.toHaveTextContent('Passed');
  });

  it('shows the pass, and the record only once every unit is passed too', async () => {
    const final = summary(finalTestId(course.id), { bestScore: 0.9, masteredAt: 5 });
    await withRecords([final]);
    expect(card()).toHaveTextContent('Passed');
    expect(screen.queryByRole('link', { name: 'See your completion record' })).toBeNull();
    cleanup();

    const units = course.units.map((u) => summary(u.id, { bestScore: 1, masteredAt: 2 }));
    await withRecords([...units, final]);
    card();
    expect(screen.getByRole('link', { name: 'See your completion record' })).toHaveAttribute(
      'href',
      `#/course/${course.id}/record`,
    );
  });
});
