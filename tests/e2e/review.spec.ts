/**
 * The mistakes review in the browser: missed questions come back ten at a time, the most overdue
 * first, each naming its unit, with "Next 10" while more are due; key terms come as flashcards,
 * turned and rated with the keyboard alone; axe finds nothing wrong on the way.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Question, Unit } from '../../src/lib/content/types.ts';
import { expect, test } from './fixtures';
import { tabTo } from './keyboard-driver';
import { answer, checkAndNext, quizLength, takeQuiz, unitById } from './quiz-driver';

const overview = unitById('overview');
const legislation = unitById('legislation');

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The question on screen and the unit it comes from, among `units`. */
async function askedQuestion(page: Page, units: Unit[]): Promise<[Question, Unit]> {
  const id = (await page.locator('section.question').getAttribute('aria-labelledby'))!
    .replace(/^q-/, '')
    .replace(/-heading$/, '');
  for (const unit of units) {
    const question = unit.questions.find((q) => q.id === id);
    if (question) {
      return [question, unit];
    }
  }
  throw new Error(`Question ${id} is in none of the units`);
}

/** Answers a review session of `size` questions rightly; returns the unit of each question. */
async function reviewSession(page: Page, size: number): Promise<string[]> {
  const units: string[] = [];
  for (let n = 1; n <= size; n++) {
    await expect(page.getByRole('heading', { name: `Question ${n} of ${size}` })).toBeVisible();
    const [question, unit] = await askedQuestion(page, [overview, legislation]);
    await expect(page.locator('section.question')).toContainText(`From the unit: ${unit.title}`);
    units.push(unit.id);
    await answer(page, question, true);
    await checkAndNext(page, n === size);
  }
  return units;
}

test('missed questions come back ten at a time, oldest first, each naming its unit, then "Next 10"', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, false);
  await page.goto('/#/unit/legislation/quiz');
  await takeQuiz(page, legislation, false);
  const due = quizLength(overview) + quizLength(legislation);
  expect(due).toBe(20);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: `Review (${due} cards due)` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${due} questions are due for review.` }),
  ).toBeVisible();
  await expect(page.getByText('They come 10 at a time, the longest-waiting first.')).toBeVisible();
  await page.getByRole('button', { name: 'Start review' }).click();

  // The overview's mistakes were made first, so they are the most overdue.
  const first = await reviewSession(page, 10);
  expect(first).toEqual(Array(10).fill('overview'));
  await expect(page.getByText('Review done: 10 of 10 right.')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: '10 more questions are due.' }),
  ).toBeVisible();
  await expectNoViolations(page, 'the end of a review session');
  await page.getByRole('button', { name: 'Next 10' }).click();

  const second = await reviewSession(page, 10);
  expect(second).toEqual(Array(10).fill('legislation'));
  await expect(
    page.getByRole('status').filter({ hasText: 'That was everything due for now.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Next/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the units' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Review', exact: true })).toBeVisible();
});

test('an empty deck says what to do next, with a link', async ({ page }) => {
  await page.goto('/#/review');
  await expect(page.getByText('Nothing to review yet.')).toBeVisible();
  await expect(
    page.getByText('Mark a unit as studied, or take its quiz, and its key terms join'),
  ).toBeVisible();
  await expectNoViolations(page, 'an empty review deck');
  await page.getByRole('link', { name: "Take a unit's quiz" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
});

test('key terms as flashcards, with the keyboard alone', async ({ page }) => {
  await page.goto('/#/unit/overview');
  const mark = page.getByRole('button', { name: 'Mark as studied' });
  await mark.click();
  await expect(mark).toBeHidden();
  const terms = overview.keyTerms;
  expect(terms.length).toBe(3);

  await page.goto('/#/review');
  const deck = page.getByRole('region', { name: 'Key terms as flashcards' });
  await expect(deck.getByRole('status')).toHaveText(
    `No key terms are due now. ${terms.length} new ones to learn.`,
  );
  await expectNoViolations(page, 'the review deck with key terms');
  await tabTo(page, (f) => f.role === 'button' && f.name === 'Study key terms');
  await page.keyboard.press('Enter');

  const ratings = ['Knew it', "Didn't know", 'Knew it'];
  for (const [i, term] of terms.entries()) {
    const heading = page.getByRole('heading', { name: `Key term ${i + 1} of ${terms.length}` });
    await expect(heading).toBeFocused();
    const face = page.locator('.flashcard').getByRole('status');
    await expect(face).toContainText(term.term);
    await expect(page.locator('.flashcard')).toContainText(`From the unit: ${overview.title}`);
    await expect(page.getByRole('button', { name: ratings[i]! })).toHaveCount(0);
    if (i === 0) {
      await expectNoViolations(page, 'a flashcard’s front');
    }
    // Space on the first card, Enter on the next: either turns it over.
    await page.keyboard.press(i % 2 === 0 ? 'Space' : 'Enter');
    await expect(face).toContainText('Explanation');
    await expect(face).toContainText(term.explanation.slice(0, 40));
    if (i === 0) {
      await expectNoViolations(page, 'a flashcard’s back');
    }
    await tabTo(page, (f) => f.role === 'button' && f.name === ratings[i]);
    await page.keyboard.press(i === 1 ? 'Space' : 'Enter');
  }

  const done = page.getByRole('heading', { name: 'Key terms done: 2 of 3 known.' });
  await expect(done).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'That was everything due for now.' }),
  ).toBeVisible();
  await expectNoViolations(page, 'the end of a flashcard session');
  await tabTo(page, (f) => f.role === 'button' && f.name === 'Back to your review deck');
  await page.keyboard.press('Enter');
  await expect(deck.getByRole('status')).toHaveText('No key terms are due now.');
  await expect(page.getByRole('button', { name: 'Study key terms' })).toHaveCount(0);
});
