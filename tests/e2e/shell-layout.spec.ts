/**
 * The shell on a small phone: the main navigation stays on one row at 320 px in every language,
 * and the header keeps its height when the review count appears as a badge.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answer, currentQuestion, unitById } from './quiz-driver';

const overview = unitById('overview');
/** Each language by the name the switcher lists it under, and the code the page then has. */
const CODES: Record<string, string> = { English: 'en', 简体中文: 'zh-Hans', ئۇيغۇرچە: 'ug' };
const LANGUAGES = Object.keys(CODES);

test.use({ viewport: { width: 320, height: 640 } });

/** Every link of the navigation starts on the same line, and nothing overflows the page. */
async function expectOneRow(page: Page, nav: Locator, where: string) {
  const tops = await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
  expect(tops.length, where).toBe(4);
  expect(new Set(tops).size, `navigation rows in ${where}`).toBe(1);
  const hidden = await nav
    .getByRole('list')
    .evaluate((list) => list.scrollWidth - list.clientWidth);
  expect(hidden, `navigation scrolled sideways in ${where}`).toBe(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scrolling in ${where}`).toBe(0);
}

async function chooseLanguage(page: Page, name: string) {
  await page.getByRole('banner').getByRole('combobox').selectOption({ label: name });
  // Measured only once this language is on screen, not the one before it.
  await expect(page.locator('html')).toHaveAttribute('lang', CODES[name]!);
}

test('the navigation is one row at 320 px in every language, with and without the review badge', async ({
  page,
}) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  const nav = header.getByRole('navigation');
  const heights = new Map<string, number>();
  for (const language of LANGUAGES) {
    await chooseLanguage(page, language);
    await expectOneRow(page, nav, language);
    heights.set(language, (await header.boundingBox())!.height);
  }

  // One wrong answer puts a question in the review deck, due at once.
  await chooseLanguage(page, 'English');
  await page.goto('/#/unit/overview/quiz');
  await answer(page, await currentQuestion(page, overview), false);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(nav.getByRole('link', { name: 'Review (1 card due)' })).toBeVisible();

  for (const language of LANGUAGES) {
    await chooseLanguage(page, language);
    await expectOneRow(page, nav, `${language} with the badge`);
    expect((await header.boundingBox())!.height, `header height in ${language}`).toBe(
      heights.get(language),
    );
  }
});
