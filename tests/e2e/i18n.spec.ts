import { expect, test } from './fixtures';
import { answer, checkAndNext, currentQuestion, unitById } from './quiz-driver';

const overview = unitById('overview');

test.describe('first visit in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in simplified Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1, name: '学习单元' })).toBeVisible();
    // The units are listed under Lectern's Chinese titles, marked as Chinese.
    const title = page.getByRole('heading', { level: 2, name: '概览' });
    await expect(title.getByRole('link')).toHaveAttribute('lang', 'zh-Hans');
  });
});

test.describe('first visit in Uyghur', () => {
  test.use({ locale: 'ug-CN' });

  test('opens in Uyghur, right to left', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ug');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'ئۆگىنىش بۆلەكلىرى' })).toBeVisible();
  });
});

test('switching to Uyghur mid-quiz keeps the question and answers, mirrors the layout, and is remembered', async ({
  page,
}) => {
  await page.goto('/#/unit/overview/quiz');
  await answer(page, await currentQuestion(page, overview), true);
  await checkAndNext(page, false);
  const second = await currentQuestion(page, overview);
  await answer(page, second, true);

  const nav = page.getByRole('navigation');
  const firstLink = nav.getByRole('link').first();
  const englishBox = (await firstLink.boundingBox())!;

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ug');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ug');
  // Same question, same draft answer, same count of answered questions.
  expect((await currentQuestion(page, overview)).id).toBe(second.id);
  await expect(page.getByRole('progressbar').first()).toHaveAttribute('value', '1');
  if (second.type === 'single' || second.type === 'truefalse') {
    await expect(page.getByRole('main').getByRole('radio', { checked: true })).toHaveCount(1);
  }
  // The navigation is mirrored: its first item now sits at the right.
  const uyghurBox = (await firstLink.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(englishBox.x).toBeLessThan(width / 2);
  expect(uyghurBox.x + uyghurBox.width).toBeGreaterThan(width / 2);
  // The question itself now reads in Lectern's Uyghur, right to left.
  await expect(page.locator('.prompt')).toHaveAttribute('lang', 'ug');
  await expect(page.locator('.prompt')).toHaveAttribute('dir', 'rtl');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect((await currentQuestion(page, overview)).id).toBe(second.id);

  await page.getByRole('combobox').first().selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz: Overview' })).toBeVisible();
});

test('the language switcher works with the keyboard alone, and lists every language in its own name', async ({
  page,
}) => {
  await page.goto('/');
  const switcher = page.getByRole('banner').getByRole('combobox');
  await expect(switcher).toHaveAccessibleName('Language');
  await expect(switcher.getByRole('option')).toHaveText(['English', '简体中文', 'ئۇيغۇرچە']);
  await switcher.focus();
  // Open the list, move to the next language, choose it.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1, name: '学习单元' })).toBeVisible();
  // Focus stays where the learner left it, now named in Chinese.
  await expect(switcher).toBeFocused();
  await expect(switcher).toHaveAccessibleName('语言');
});

test('a language chosen in one tab reaches another open tab', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await expect(first.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('/#/progress');
  await expect(second.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();

  await first.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans');

  await expect(second.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(second.getByRole('navigation', { name: '主导航' })).toBeVisible();
  // And back, from the other tab.
  await second.getByRole('banner').getByRole('combobox').selectOption('en');
  await expect(first.locator('html')).toHaveAttribute('lang', 'en');
  await expect(first.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
});
