/**
 * Storage that fails under a quiz, as a learner meets it: a full disk in the middle of a quiz,
 * and progress reset in another tab. The quiz never stops, the learner is told in plain words,
 * and nothing saved is lost.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answer, checkAndNext, currentQuestion, unitById, quizLength } from './quiz-driver';

const overview = unitById('overview');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Makes every IndexedDB write throw QuotaExceededError while `window.diskFull` is true. */
async function withFillableDisk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
}

const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((value) => ((window as unknown as { diskFull?: boolean }).diskFull = value), full);

async function answerCurrent(page: Page, n: number): Promise<void> {
  await expect(
    page.getByRole('heading', { name: `Question ${n} of ${quizLength(overview)}` }),
  ).toBeVisible();
  await answer(page, await currentQuestion(page, overview), true);
}

test('a full disk mid-quiz: the quiz goes on, says so, and saves everything once there is room', async ({
  page,
}) => {
  page.on('console', () => undefined);
  await withFillableDisk(page);
  await page.goto('/#/unit/overview/quiz');
  await answerCurrent(page, 1);
  await checkAndNext(page, false);

  await setDiskFull(page, true);
  await answerCurrent(page, 2);
  await checkAndNext(page, false);
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'your latest progress is not saved yet' });
  await expect(alert).toBeVisible();
  expect(await alert.innerText()).not.toMatch(UUID);
  // The answer after a failed save is graded and shown like any other.
  await answerCurrent(page, 3);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();

  await setDiskFull(page, false);
  await page.getByRole('button', { name: 'Next question' }).click();
  await answerCurrent(page, 4);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
  // The write that worked carried out everything that was waiting: the notice goes.
  await expect(alert).toHaveCount(0);

  await page.reload();
  // Back on question 4, answered: its answer was stored.
  await expect(
    page.getByRole('heading', { name: `Question 4 of ${quizLength(overview)}` }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Correct.' })).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();
  for (let n = 5; n <= quizLength(overview); n++) {
    await answerCurrent(page, n);
    await checkAndNext(page, n === quizLength(overview));
  }
  // Every answer counted, the ones given while the disk was full among them.
  await expect(page.getByRole('heading', { name: 'Your score: 100%' })).toBeVisible();
});

test('a reset in another tab is told at once to the tab mid-quiz, which can start again', async ({
  page,
  context,
}) => {
  await page.goto('/#/unit/overview/quiz');
  await answerCurrent(page, 1);
  await checkAndNext(page, false);
  await answerCurrent(page, 2);

  const other = await context.newPage();
  await other.goto('/#/settings');
  await other.getByRole('button', { name: 'Reset progress' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Delete my progress' }).click();
  await expect(other.getByText('Your progress was deleted.')).toBeVisible();

  const notice = page.getByRole('alert').filter({ hasText: 'Progress was reset in another tab' });
  await expect(notice).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(UUID);
  await page.getByRole('button', { name: 'Start the quiz again' }).click();
  await expect(
    page.getByRole('heading', { name: `Question 1 of ${quizLength(overview)}` }),
  ).toBeVisible();
  await answerCurrent(page, 1);
  await checkAndNext(page, false);
  await expect(page.getByRole('alert').filter({ hasText: 'could not' })).toHaveCount(0);
});
