/**
 * The course test: reached from the first screen, twenty questions drawn from every unit,
 * resumed after a reload, results by unit; and what it changes on the first screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { course, unitOfQuestion, wholeCourse } from './course-helpers';
import { answer, checkAndNext, currentQuestion } from './quiz-driver';

const SIZE = 20;

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

test('the course test draws from every unit, resumes after a reload and shows results by unit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const card = page.getByRole('article', { name: 'Course test' });
  await expect(card).toContainText('20 questions from every unit · 80% to pass');
  await expect(card).toContainText('No score yet');
  await card.getByRole('link', { name: 'Course test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Course test' })).toBeVisible();
  await expect(page.getByText(/20 questions drawn from all 7 units/)).toBeVisible();
  await expectNoViolations(page, 'the course test’s introduction');
  await page.getByRole('button', { name: 'Start the test' }).click();

  const askedUnits = new Map<string, number>();
  let missedUnit = '';
  for (let n = 1; n <= SIZE; n++) {
    await expect(page.getByRole('heading', { name: `Question ${n} of ${SIZE}` })).toBeVisible();
    const question = await currentQuestion(page, wholeCourse);
    const unitId = unitOfQuestion(question.id).id;
    askedUnits.set(unitId, (askedUnits.get(unitId) ?? 0) + 1);
    // The third question is missed, so the results show a unit with a mistake.
    if (n === 3) {
      missedUnit = unitId;
    }
    await answer(page, question, n !== 3);
    await checkAndNext(page, n === SIZE);
    if (n === 4) {
      // Left after four answers: a reload opens the same test at question 5.
      await page.reload();
      await expect(page.getByRole('heading', { name: `Question 5 of ${SIZE}` })).toBeVisible();
    }
  }
  // Every unit asked, at least twice.
  expect([...askedUnits.keys()].sort()).toEqual(course.units.map((u) => u.id).sort());
  for (const count of askedUnits.values()) {
    expect(count).toBeGreaterThanOrEqual(2);
  }

  // 19 of 20 right (the miss may earn partial credit): at least 95%, a pass.
  await expect(page.getByRole('heading', { name: /^Your score: (9[5-9]|100)%$/ })).toBeVisible();
  await expect(page.getByText('Passed. You have passed the course test.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Results by unit' });
  const rows = table.getByRole('row');
  // A header row and one row per unit, each naming its unit (a link to it) and its right answers.
  await expect(rows).toHaveCount(course.units.length + 1);
  for (const [index, unit] of course.units.entries()) {
    const row = rows.nth(index + 1);
    await expect(row.getByRole('link', { name: unit.title })).toHaveAttribute(
      'href',
      `#/unit/${unit.id}`,
    );
    const asked = askedUnits.get(unit.id)!;
    const right = unit.id === missedUnit ? asked - 1 : asked;
    await expect(row.getByRole('cell')).toHaveText(`${right} of ${asked}`);
  }
  await expectNoViolations(page, 'the course test’s results');
  // Units are not passed: no record yet.
  await expect(page.getByRole('link', { name: 'See your completion record' })).toHaveCount(0);

  // The first screen shows the test passed, with its best score.
  await page.getByRole('link', { name: 'Back to all units' }).first().click();
  const after = page.getByRole('article', { name: 'Course test' });
  await expect(after).toContainText('Passed');
  await expect(after).toContainText(/Best score: (9[5-9]|100)%/);
});
