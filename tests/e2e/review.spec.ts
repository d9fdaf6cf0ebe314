import { expect, test } from './fixtures';
import {
  answer,
  checkAndNext,
  currentQuestion,
  takeQuiz,
  unitById,
  quizLength,
} from './quiz-driver';

const overview = unitById('overview');
const legislation = unitById('legislation');

test('missed questions come back in a review across units, and a right answer reschedules them', async ({
  page,
}) => {
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, false);
  await page.goto('/#/unit/legislation/quiz');
  // One mistake in a second unit.
  await answer(page, await currentQuestion(page, legislation), false);
  await checkAndNext(page, false);

  const due = quizLength(overview) + 1;
  const nav = page.getByRole('navigation', { name: 'Main' });
  const reviewLink = nav.getByRole('link', { name: `Review (${due} questions due)` });
  await expect(reviewLink).toBeVisible();
  await reviewLink.click();
  await expect(
    page.getByRole('status').filter({ hasText: `${due} questions are due for review.` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start review' }).click();

  const byId = new Map([...overview.questions, ...legislation.questions].map((q) => [q.id, q]));
  for (let n = 1; n <= due; n++) {
    await expect(page.getByRole('heading', { name: `Question ${n} of ${due}` })).toBeVisible();
    const id = (await page.locator('section.question').getAttribute('aria-labelledby'))!
      .replace(/^q-/, '')
      .replace(/-heading$/, '');
    await answer(page, byId.get(id)!, true);
    await checkAndNext(page, n === due);
  }
  await expect(page.getByText(`Review done: ${due} of ${due} right.`)).toBeVisible();
  await page.getByRole('button', { name: 'Back to your review deck' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing is due for review now.' }),
  ).toBeVisible();
  await expect(page.getByText(/Next review due/)).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Review', exact: true })).toBeVisible();
});
