import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
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

async function questionOrder(page: import('@playwright/test').Page, count: number) {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    ids.push((await currentQuestion(page, legislation)).id);
  }
  return ids;
}

test('a quiz resumes after a reload on the same question, in the same order, with its answers', async ({
  page,
}) => {
  await page.goto('/#/unit/legislation/quiz');
  const seen: string[] = [];
  for (let n = 1; n <= 3; n++) {
    await expect(
      page.getByRole('heading', { name: `Question ${n} of ${quizLength(legislation)}` }),
    ).toBeVisible();
    const question = await currentQuestion(page, legislation);
    seen.push(question.id);
    await answer(page, question, true);
    await checkAndNext(page, false);
  }
  await expect(
    page.getByRole('heading', { name: `Question 4 of ${quizLength(legislation)}` }),
  ).toBeVisible();
  const fourth = (await questionOrder(page, 1))[0];

  await page.reload();
  await expect(
    page.getByRole('heading', { name: `Question 4 of ${quizLength(legislation)}` }),
  ).toBeVisible();
  expect((await currentQuestion(page, legislation)).id).toBe(fourth);
  await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute(
    'value',
    '3',
  );

  // The units list offers to resume exactly this quiz.
  await page.goto('/#/');
  await expect(page.getByText('Resume the quiz on Legislative work')).toBeVisible();
  await page.getByRole('link', { name: 'Resume the quiz', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: `Question 4 of ${quizLength(legislation)}` }),
  ).toBeVisible();
  expect((await currentQuestion(page, legislation)).id).toBe(fourth);
  expect(seen).not.toContain(fourth);
});

test('two tabs answering the same quiz in turn lose no answer and agree on the count', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/#/unit/overview/quiz');
  await expect(
    first.getByRole('heading', { name: `Question 1 of ${quizLength(overview)}` }),
  ).toBeVisible();
  const second = await context.newPage();
  await second.goto('/#/unit/overview/quiz');
  await expect(
    second.getByRole('heading', { name: `Question 1 of ${quizLength(overview)}` }),
  ).toBeVisible();

  const tabs = [first, second];
  for (let n = 1; n <= 4; n++) {
    const tab = tabs[(n - 1) % 2]!;
    await expect(
      tab.getByRole('heading', { name: `Question ${n} of ${quizLength(overview)}` }),
    ).toBeVisible();
    await answer(tab, await currentQuestion(tab, overview), true);
    await checkAndNext(tab, false);
  }
  for (const tab of tabs) {
    await expect(
      tab.getByRole('heading', { name: `Question 5 of ${quizLength(overview)}` }),
    ).toBeVisible();
    await expect(tab.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute(
      'value',
      '4',
    );
  }
  const stored = await first.evaluate(async () => {
    const open = indexedDB.open('lectern');
    const db: IDBDatabase = await new Promise(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const count: number = await new Promise((resolve) => {
      const request = db.transaction('answers').objectStore('answers').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
  expect(stored).toBe(4);
});

test('export, reset and import give back the same progress screen', async ({ page }, testInfo) => {
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, true);
  await page.goto('/#/progress');
  const table = page.getByRole('table').first();
  await expect(table).toContainText('100%');
  const before = await table.innerText();

  await page.goto('/#/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.app).toBe('lectern');
  expect(exported.answers).toHaveLength(quizLength(overview));

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete my progress' }).click();
  await expect(page.getByText('Your progress was deleted.')).toBeVisible();
  await page.goto('/#/progress');
  await expect(page.getByText('You have not taken a quiz yet.')).toBeVisible();

  await page.goto('/#/settings');
  await page.getByLabel('Choose a progress file').setInputFiles(file);
  await expect(page.getByText(`This file holds ${quizLength(overview)} answers`)).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Progress imported.')).toBeVisible();

  await page.goto('/#/progress');
  await expect(page.getByRole('table').first()).toContainText('Mastered');
  expect(await page.getByRole('table').first().innerText()).toBe(before);
});

test('a bad import file is refused with its reason and changes nothing', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('Choose a progress file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"other"}'),
  });
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'This file was not imported: It is not a Lectern progress file. Your saved progress is unchanged.',
  );
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
});

test('with IndexedDB blocked the app says progress will not be kept, and quizzes still work', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    });
  });
  page.on('console', () => undefined);
  await page.goto('/#/unit/overview/quiz');
  await expect(page.getByText('Your browser is not letting Lectern save anything')).toBeVisible();
  await takeQuiz(page, overview, true);
  await expect(page.getByRole('heading', { name: 'Your score: 100%' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Units' }).click();
  await expect(page.getByRole('article', { name: 'Overview' }).getByText('Mastered')).toBeVisible();
});

test('after a passed quiz the ring and the chart say in words what they show', async ({ page }) => {
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, true);
  await expect(page.getByRole('heading', { name: 'Your score: 100%' })).toBeVisible();
  await page.goto('/#/progress');

  const completion = page.getByRole('region', { name: 'Course completion' });
  // Seven units and the course test are eight parts: one passed is 13%.
  await expect(completion).toContainText('13% of the course done');
  await expect(completion).toContainText('1 of 7 units passed');
  await expect(completion).toContainText('Course test: not taken yet');

  const chart = page.getByRole('region', { name: 'Best score per unit' });
  await expect(chart.getByText('Dashed line: the pass mark, 80%')).toBeVisible();
  const bars = chart.getByRole('listitem');
  await expect(bars).toHaveCount(7);
  await expect(bars.filter({ hasText: 'Overview' })).toHaveText(/Overview\s*100%\s*passed/);
  await expect(bars.filter({ hasText: 'Legislative work' })).toContainText('No quiz yet');

  // Each attempt opens its review.
  const attempts = page.getByRole('region', { name: 'All attempts' });
  await attempts.getByRole('link', { name: /^Overview, .*: 100%$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Attempt on Overview/ })).toBeVisible();
});

test('on a 375 px phone each unit is a short entry, not a table', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, true);
  await expect(page.getByRole('heading', { name: 'Your score: 100%' })).toBeVisible();
  await page.goto('/#/progress');

  const section = page.getByRole('region', { name: 'Units' });
  await expect(section.getByRole('table')).toHaveCount(0);
  const entries = section.getByRole('listitem');
  await expect(entries).toHaveCount(7);
  const first = entries.first();
  await expect(first.getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(first).toContainText('Mastered');
  await expect(first).toContainText('Best 100%');
  await expect(first).toContainText('1 attempt');
  // Title over one line of figures: well under the six lines each unit took before.
  const height = (await first.boundingBox())!.height;
  expect(height).toBeLessThan(80);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
});

test('in Uyghur the chart grows from the right and times and dates are in Uyghur', async ({
  page,
}) => {
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, false);
  await expect(page.getByRole('heading', { name: /Your score/ })).toBeVisible();
  await page.goto('/#/progress');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ug');
  await expect(page.getByRole('heading', { level: 1, name: 'ئۆگىنىش ئەھۋالىڭىز' })).toBeVisible();

  const chart = page.getByRole('region', { name: 'ھەر بۆلەكنىڭ ئەڭ يۇقىرى نومۇرى' });
  await expect(chart.locator('[dir]').first()).toHaveAttribute('dir', 'rtl');
  // The overview's bar ends at the right edge of its box, and the pass mark is 80% from there.
  const bar = chart.getByRole('listitem').first().locator('svg');
  const fill = bar.locator('rect').nth(1);
  const width = Number(await fill.getAttribute('width'));
  expect(width).toBeLessThan(80);
  expect(Number(await fill.getAttribute('x')) + width).toBe(100);
  await expect(bar.locator('line')).toHaveAttribute('x1', '20');

  const table = page.getByRole('region', { name: 'بۆلەكلەر' }).getByRole('table');
  const timeCell = table.getByRole('row').nth(1).getByRole('cell').last();
  await expect(timeCell).toHaveText(/\d+ (سېكۇنت|مىنۇت)/);
  await expect(timeCell).not.toContainText('sec');
  const attempt = page.getByRole('region', { name: 'بارلىق سىناق خاتىرىلىرى' }).getByRole('link');
  await expect(attempt).toContainText('-يىلى');
  await expect(attempt).not.toContainText(/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/);
});
