/**
 * A unit page on a phone: where the unit sits, its reading time and the way to its quiz within
 * the first screen, the quiz again at the end with the neighbouring units, no paragraph ids, and
 * a print of clean text.
 */
import { expect, test } from './fixtures';
import { unitById } from './quiz-driver';

test.use({ viewport: { width: 375, height: 667 } });

for (const [locale, start] of [
  ['en-US', 'Start the quiz'],
  ['zh-CN', '开始测验'],
  ['ug-CN', 'سىناقنى باشلاش'],
] as const) {
  test(`the quiz starts from the first phone screen in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto('/#/unit/legislation');
    const links = page.getByRole('main').getByRole('link', { name: start, exact: true });
    await expect(links).toHaveCount(2);
    await expect(links.first()).toBeInViewport({ ratio: 1 });
    await context.close();
  });
}

test('the unit says where it sits and how long it takes, and leads on to its neighbours', async ({
  page,
}) => {
  await page.goto('/#/unit/legislation');
  const main = page.getByRole('main');
  await expect(
    main.getByText(
      new RegExp(
        `Unit 3 of 6\\s+·\\s+\\d+ min read\\s+·\\s+${unitById('legislation').questions.length} questions`,
      ),
    ),
  ).toBeInViewport();
  const neighbours = main.getByRole('navigation', { name: 'Other units' });
  await expect(neighbours.getByRole('link', { name: /Previous unit/ })).toContainText(
    'Constitution',
  );
  await neighbours.getByRole('link', { name: /Next unit/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision work' })).toBeVisible();
  await expect(main.getByText(/Unit 4 of 6/)).toBeVisible();
});

test('paragraph ids are never shown to a learner', async ({ page }) => {
  for (const unit of ['legislation', 'supervision']) {
    await page.goto(`/#/unit/${unit}`);
    await expect(page.getByRole('heading', { name: 'Key terms' })).toBeVisible();
    expect(await page.getByRole('main').innerText()).not.toMatch(/\bs\d+-(p\d+|headline)\b/);
  }
});

test('a unit prints as clean text without navigation or controls', async ({ page }) => {
  await page.goto('/#/unit/legislation');
  await expect(page.getByRole('heading', { name: 'Key terms' })).toBeVisible();
  const quizLinks = page.getByRole('link', { name: 'Start the quiz' });
  await expect(quizLinks).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(quizLinks).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Other units' })).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Legislative work' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'From the article' })).toBeVisible();
});

test('a link to a paragraph opens its unit there, with the paragraph in view and focused', async ({
  page,
}) => {
  // Opened as a first load: the app is built off the page while progress is read, and the
  // scroll must wait until it is on the page.
  await page.goto('/#/unit/legislation/p/s3-p2');
  const paragraph = page.locator('#para-s3-p2');
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
