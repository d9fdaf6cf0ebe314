/**
 * The first screen on a phone: the course, its size and time, and "Start" for a new learner, all
 * in the first screen; "Continue" and "Resume" only once there is something to continue.
 */
import { expect, test } from './fixtures';
import { answer, currentQuestion, unitById } from './quiz-driver';

const overview = unitById('overview');

test.use({ viewport: { width: 375, height: 667 } });

test('a new learner sees the course and Start above the fold; Continue and Resume come later', async ({
  page,
}) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', { name: /^Efforts to open up a new situation/ }),
  ).toBeInViewport();
  await expect(
    main.getByText(/7 units, \d+ questions\s+·\s+about [\d.]+ hours to finish/),
  ).toBeInViewport();
  await expect(main.getByText('0 of 7 units passed')).toBeInViewport();
  const start = main.getByRole('link', { name: 'Start', exact: true });
  await expect(start).toBeInViewport({ ratio: 1 });
  await expect(main.getByRole('link', { name: 'Continue', exact: true })).toHaveCount(0);
  await expect(start).toHaveAccessibleDescription('Start with Overview');

  // Studying the first unit and answering one question leaves a quiz to resume.
  await start.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('link', { name: 'Start the quiz' }).first().click();
  await answer(page, await currentQuestion(page, overview), true);
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.goto('/#/');
  await expect(main.getByRole('link', { name: 'Resume the quiz', exact: true })).toBeInViewport();
  await expect(main.getByRole('link', { name: 'Start', exact: true })).toHaveCount(0);
});

test('the whole unit card is one link, and its bar says what it measures', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('article', { name: 'Legislative work' });
  await expect(card.getByRole('link')).toHaveCount(1);
  await expect(
    card.getByRole('progressbar', { name: 'Progress toward a pass in Legislative work' }),
  ).toHaveAttribute('aria-valuetext', '0%');
  await expect(card.getByText('Toward a pass: 0%')).toBeVisible();
  // A click on the card's progress line, far from the title, opens the unit.
  await card.scrollIntoViewIfNeeded();
  const toward = (await card.getByText('Toward a pass: 0%').boundingBox())!;
  await page.mouse.click(toward.x + 10, toward.y + toward.height / 2);
  await expect(page.getByRole('heading', { level: 1, name: 'Legislative work' })).toBeVisible();
});
