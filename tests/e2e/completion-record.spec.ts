/**
 * The completion record: what it says before the course is complete, and after a complete course
 * is brought in through Settings (a backup with every unit and the course test passed and the
 * learner's name): the record's contents, its date in the chosen language, one A4 page in print
 * without navigation or controls, and no axe violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeCourseBackup, COURSE_ID, course } from './course-helpers';

const RECORD = `/#/course/${COURSE_ID}/record`;

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

const ENGLISH = { file: 'Choose a progress file', confirm: 'Import', done: 'Progress imported.' };
const CHINESE = { file: '选择学习进度文件', confirm: '导入', done: '学习进度已导入。' };

/** Imports `backup` through Settings, as a learner would. */
async function importThroughSettings(page: Page, backup: unknown, words = ENGLISH) {
  await page.goto('/#/settings');
  await page.getByLabel(words.file).setInputFiles({
    name: 'lectern-progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByRole('button', { name: words.confirm, exact: true }).click();
  await expect(page.getByText(words.done)).toBeVisible();
}

/** How many pages a PDF made by Chromium has. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

test('before completion the record says what is left, with links', async ({ page }) => {
  // Every unit passed, the course test not yet.
  await importThroughSettings(page, completeCourseBackup({ finalTest: false }));
  await page.goto(RECORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Completion record' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not complete yet' })).toBeVisible();
  const left = page.getByRole('main').getByRole('listitem');
  await expect(left).toHaveCount(1);
  await expect(left.getByRole('link', { name: 'The course test' })).toHaveAttribute(
    'href',
    `#/course/${COURSE_ID}/test`,
  );
  await expect(page.getByRole('button', { name: 'Print' })).toHaveCount(0);
  await expectNoViolations(page, 'the record before completion');
  // The first screen offers no record yet; with every unit passed, its way on is the test.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'See your completion record' })).toHaveCount(0);
  const courseCard = page.getByRole('region', { name: course.index.article.title });
  await expect(courseCard.getByText('You have passed every unit.')).toBeVisible();
  await expect(courseCard.getByRole('link', { name: 'Course test' })).toHaveAttribute(
    'href',
    `#/course/${COURSE_ID}/test`,
  );
});

test('a fresh learner is told every unit and the test are left', async ({ page }) => {
  await page.goto(RECORD);
  await expect(page.getByRole('heading', { name: 'Not complete yet' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(course.units.length + 1);
});

test('a complete course leads from the first screen to its record, which prints on one A4 page', async ({
  page,
}) => {
  await importThroughSettings(page, completeCourseBackup({ learner: 'Aynur Tursun' }));
  await page.goto('/');
  // Both the course's card and the test's card lead to the record.
  await expect(page.getByRole('link', { name: 'See your completion record' })).toHaveCount(2);
  await page
    .getByRole('region', { name: course.index.article.title })
    .getByRole('link', { name: 'See your completion record' })
    .click();

  const record = page.getByRole('article', { name: 'Record of completion' });
  await expect(record).toBeVisible();
  await expect(record.getByText('Aynur Tursun')).toBeVisible();
  await expect(record.getByText(course.index.article.title)).toBeVisible();
  await expect(record).toContainText(
    `By ${course.index.article.author}, published by ${course.index.article.publication}`,
  );
  await expect(record).toContainText('January 6, 2025');
  await expect(record).toContainText('Course test score 95%');
  await expect(record.getByText(/^LR-[0-9A-Z]{7}-[0-9A-Z]{7}$/)).toBeVisible();
  await expect(record).toContainText('not issued or checked by any school, employer');
  const scores = record.getByRole('table', { name: 'Best score in each unit' });
  await expect(scores.getByRole('row')).toHaveCount(course.units.length + 1);
  await expect(scores.getByRole('row').nth(1)).toContainText(`${course.units[0]!.title}80%`);
  await expect(scores.getByRole('row').nth(2)).toContainText(`${course.units[1]!.title}90%`);
  await expectNoViolations(page, 'the completion record');

  // The same record id on every visit: it is made from the completion, not at random.
  const id = await record.getByText(/^LR-/).innerText();
  await page.reload();
  await expect(record.getByText(/^LR-/)).toHaveText(id);

  // Print: the record alone, on one A4 page.
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(record).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pageCount(pdf)).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  for (const [width, name] of [
    [375, 'completion-record-375-en.png'],
    [1280, 'completion-record-1280-en.png'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/work/notes/screens/${name}`, fullPage: true });
  }
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the record’s date is in the chosen language, and without a name it says how to add one', async ({
    page,
  }) => {
    await importThroughSettings(page, completeCourseBackup(), CHINESE);
    await page.goto(RECORD);
    const record = page.getByRole('article', { name: '结业记录' });
    await expect(record).toContainText('2025年1月6日');
    await expect(record).toContainText('（未填写姓名）');
    await page.getByRole('link', { name: '在设置中添加' }).click();
    await page.getByLabel('结业记录上的姓名').fill('  李  伟 ');
    await page.getByRole('button', { name: '保存姓名' }).click();
    await expect(page.getByText('姓名已保存。')).toBeVisible();
    await page.goto(RECORD);
    await expect(record.getByText('李 伟', { exact: true })).toBeVisible();
  });
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the record, the course test and the first screen’s test card have no axe violations', async ({
    page,
  }) => {
    await importThroughSettings(page, completeCourseBackup({ learner: 'Aynur Tursun' }));
    await page.goto(RECORD);
    await expect(page.getByRole('article', { name: 'Record of completion' })).toBeVisible();
    await expectNoViolations(page, 'the completion record, dark');
    await page.goto(`/#/course/${COURSE_ID}/test`);
    await expect(page.getByRole('button', { name: 'Take the test again' })).toBeVisible();
    await expectNoViolations(page, 'the course test’s introduction, dark');
    await page.goto('/');
    await expect(page.getByRole('article', { name: 'Course test' })).toContainText('Passed');
    await expectNoViolations(page, 'the first screen with the course complete, dark');
  });
});
