/**
 * axe-core finds no violations on the units list, a unit, a question of every type before and
 * after Check, and the results, in the light and the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answer, checkAndNext, currentQuestion, unitById, quizLength } from './quiz-driver';

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('units list, unit, progress and settings', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
      await expectNoViolations(page, 'the units list');
      await page.goto('/#/unit/legislation');
      await expect(page.getByRole('heading', { name: 'Key terms' })).toBeVisible();
      await expectNoViolations(page, 'a unit');
      await page.goto('/#/unit/legislation/p/s3-p2');
      await expect(page.locator('#para-s3-p2')).toBeFocused();
      await expectNoViolations(page, 'a unit with a highlighted paragraph');
      await page.goto('/#/settings');
      await expect(page.getByRole('heading', { name: 'Backup' })).toBeVisible();
      await expectNoViolations(page, 'settings');
    });

    test('a question of every type, before and after Check, and the results', async ({ page }) => {
      test.setTimeout(120_000);
      const unit = unitById('supervision');
      const seen = new Set<string>();
      await page.goto('/#/unit/supervision/quiz');
      for (let n = 1; n <= quizLength(unit); n++) {
        await expect(
          page.getByRole('heading', { name: `Question ${n} of ${quizLength(unit)}` }),
        ).toBeVisible();
        const question = await currentQuestion(page, unit);
        const first = !seen.has(question.type);
        seen.add(question.type);
        if (first) {
          await expectNoViolations(page, `a ${question.type} question`);
        }
        // Answer wrongly where the type allows, so the feedback shows the right answer too.
        await answer(page, question, n % 2 === 0);
        if (first) {
          await page.getByRole('button', { name: 'Check' }).click();
          await expect(
            page.getByRole('button', { name: /Next question|See results/ }),
          ).toBeFocused();
          await expectNoViolations(page, `a checked ${question.type} question`);
          await page.getByRole('button', { name: /Next question|See results/ }).click();
        } else {
          await checkAndNext(page, n === quizLength(unit));
        }
      }
      expect([...seen].sort()).toEqual([
        'fill',
        'matching',
        'multiple',
        'ordering',
        'single',
        'truefalse',
      ]);
      await expect(page.getByRole('heading', { name: /Your score/ })).toBeVisible();
      await expectNoViolations(page, 'the results');
      await page.goto('/#/progress');
      await expect(page.getByRole('heading', { name: 'Best score per unit' })).toBeVisible();
      await expectNoViolations(page, 'the progress screen');
    });
  });
}
