/**
 * The quiz on a phone and from the keyboard: after Check the verdict and the way on stay in view
 * with the options, shortcuts answer and move on, a new question opens at its heading, and
 * "Save and leave" goes back to the unit with the attempt kept.
 */
import type { Page } from '@playwright/test';
import type { Question } from '../../src/lib/content/types.ts';
import { expect, test } from './fixtures';
import { answer, checkAndNext, currentQuestion, unitById, quizLength } from './quiz-driver';

const legislation = unitById('legislation');

test.use({ viewport: { width: 375, height: 667 } });

/** The 1-based place of each right option among the options as shown. */
async function rightKeys(page: Page, question: Question): Promise<string[]> {
  const shown = await page
    .getByRole('main')
    .locator('section.question label')
    .allInnerTexts()
    .then((texts) => texts.map((t) => t.trim()));
  const place = (text: string) => String(shown.findIndex((s) => s === text) + 1);
  switch (question.type) {
    case 'single':
      return [place(question.options.find((o) => o.id === question.answer)!.text)];
    case 'multiple':
      return question.options
        .filter((o) => question.answer.includes(o.id))
        .map((o) => place(o.text));
    case 'truefalse':
      return [question.answer ? '1' : '2'];
    default:
      return [];
  }
}

test('after Check on a phone the verdict and the way on stay in view with the options', async ({
  page,
}) => {
  await page.goto('/#/unit/legislation/quiz');
  for (let n = 1; n <= 3; n++) {
    await expect(
      page.getByRole('heading', { name: `Question ${n} of ${quizLength(legislation)}` }),
    ).toBeInViewport();
    const question = await currentQuestion(page, legislation);
    await answer(page, question, false);
    await page.getByRole('button', { name: 'Check' }).click();
    const next = page.getByRole('button', { name: 'Next question' });
    await expect(next).toBeFocused();
    await expect(next).toBeInViewport({ ratio: 1 });
    const verdict = page.getByText(/^(✗|◐)\s*(Not correct\.|Partly right)/);
    await expect(verdict).toBeInViewport();
    if (question.type === 'single' || question.type === 'multiple') {
      // The first choice shows in full, above the bar with the verdict fixed to the bottom.
      const role = question.type === 'single' ? 'radio' : 'checkbox';
      const choice = page
        .getByRole('main')
        .locator('label')
        .filter({ has: page.getByRole(role, { checked: true }) })
        .first();
      await expect(choice).toBeInViewport({ ratio: 1 });
      const [choiceBox, verdictBox] = await Promise.all([
        choice.boundingBox(),
        verdict.boundingBox(),
      ]);
      expect(choiceBox!.y + choiceBox!.height).toBeLessThanOrEqual(verdictBox!.y);
    }
    await next.click();
  }
});

test('keyboard shortcuts: digits choose, Enter checks and then goes on', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/unit/legislation/quiz');
  const help = page.getByText('Keys: 1–9 choose an option, Enter checks and then goes on.');
  let byShortcut = 0;
  for (let n = 1; n <= quizLength(legislation) && byShortcut < 4; n++) {
    const heading = page.getByRole('heading', {
      name: `Question ${n} of ${quizLength(legislation)}`,
    });
    // The first question is where the page opens; each next one takes focus.
    await (n === 1 ? expect(heading).toBeVisible() : expect(heading).toBeFocused());
    const question = await currentQuestion(page, legislation);
    const keys = await rightKeys(page, question);
    if (keys.length === 0) {
      await answer(page, question, true);
      await checkAndNext(page, false);
      continue;
    }
    // The help line shows with every question the keys answer (the draw may open with one
    // they do not, such as an ordering).
    await expect(help).toBeVisible();
    for (const key of keys) {
      await page.keyboard.press(key);
    }
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^✓\s*Correct\.$/)).toBeVisible();
    await page.keyboard.press('Enter');
    byShortcut += 1;
  }
  expect(byShortcut).toBe(4);
});

test('Save and leave goes back to the unit, and the quiz resumes where it was', async ({
  page,
}) => {
  await page.goto('/#/unit/legislation/quiz');
  const first = await currentQuestion(page, legislation);
  await answer(page, first, true);
  await checkAndNext(page, false);
  await page.getByRole('link', { name: 'Save and leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Legislative work' })).toBeVisible();
  await page.getByRole('link', { name: 'Resume the quiz' }).first().click();
  await expect(
    page.getByRole('heading', { name: `Question 2 of ${quizLength(legislation)}` }),
  ).toBeVisible();
});
