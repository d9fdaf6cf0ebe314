/**
 * Results lead on: after a pass the next unit comes first, with a short celebration; after a
 * fail, the mistakes and another try. Right answers are folded, wrong ones open with why.
 */
import { expect, test } from './fixtures';
import { takeQuiz, unitById, quizLength } from './quiz-driver';

const overview = unitById('overview');

test('after a pass the next unit comes first and the right answers are folded', async ({
  page,
}) => {
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, true);
  await expect(page.getByRole('heading', { name: 'Your score: 100%' })).toBeInViewport();
  await expect(page.getByText('Well done! This unit is passed.')).toBeVisible();
  const actions = page.getByRole('main').locator('.summary').getByRole('link');
  await expect(actions.first()).toHaveText("Next unit: The Party's leadership");
  await expect(page.getByRole('button', { name: 'Retry the quiz' })).toBeVisible();
  // Folded: each prompt shows, no explanation until one is opened.
  const whys = page.getByRole('term').filter({ hasText: 'Why' });
  await expect(page.locator('details')).toHaveCount(quizLength(overview));
  await expect(whys).toHaveCount(0);
  await page.locator('summary').first().click();
  await expect(whys).toHaveCount(1);
  await actions.first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: "The Party's leadership" }),
  ).toBeVisible();
});

test('after a fail the mistakes and another try are offered, and wrong answers are open', async ({
  page,
}) => {
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, false);
  await expect(page.getByRole('heading', { name: /^Your score/ })).toBeInViewport();
  await expect(page.getByText('Well done!')).toHaveCount(0);
  const review = page.getByRole('link', {
    name: `Review my ${quizLength(overview)} mistakes`,
  });
  await expect(review).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  const whys = page.getByRole('term').filter({ hasText: 'Why' });
  await expect(whys.first()).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('heading', { name: `Question 1 of ${quizLength(overview)}` }),
  ).toBeVisible();
  await page.goto('/#/review');
  await expect(page.getByRole('button', { name: 'Start review' })).toBeVisible();
  await expect(review).toHaveCount(0);
});
