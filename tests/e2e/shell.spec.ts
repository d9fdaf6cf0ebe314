import { expect, test } from './fixtures';
import { quizLength, unitById } from './quiz-driver';

test('every screen is reached through the navigation, with its heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });

  await nav.getByRole('link', { name: 'Progress' }).click();
  await expect(page).toHaveURL(/#\/progress$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();

  await nav.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your mistakes' })).toBeVisible();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await nav.getByRole('link', { name: 'Units' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();

  await page.getByRole('link', { name: "The Party's leadership" }).click();
  await expect(page).toHaveURL(/#\/unit\/party-leadership$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Start the quiz' }).first().click();
  await expect(page).toHaveURL(/#\/unit\/party-leadership\/quiz$/);
  await expect(
    page.getByRole('heading', {
      name: `Question 1 of ${quizLength(unitById('party-leadership'))}`,
    }),
  ).toBeVisible();
});

test('an unknown route shows the not-found screen with a way back', async ({ page }) => {
  await page.goto('/#/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the study units' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
});

test('an unknown unit id shows the not-found screen', async ({ page }) => {
  await page.goto('/#/unit/no-such-unit');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is no unit called “no-such-unit”.')).toBeVisible();
});

test('the shell has one main landmark, a skip link and the source in the footer', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('main')).toHaveCount(1);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('contentinfo')).toContainText('Xiaokaiti Yiming');
  await expect(page.getByRole('contentinfo')).toContainText('Qiushi');
});
