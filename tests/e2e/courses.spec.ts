/**
 * A second course, added to a build from a folder and nothing else: it shows, runs, and keeps its
 * progress, review deck and backup apart from the first course's.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SECOND_COURSE_DIR, takeQuiz, unitById, quizLength } from './quiz-driver';
import { buildInto } from './support/build';
import { startStaticServer, type StaticServer } from './support/static-server';

const overview = unitById('overview');
const tiny = unitById('tiny-basics');
const FIRST_TITLE = /^Efforts to open up a new situation/;

test('a second course from a folder runs beside the first, its progress, deck and backup apart', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const build = buildInto('9.0.0-two-courses', { LECTERN_EXTRA_COURSES: SECOND_COURSE_DIR });
  const server: StaticServer = await startStaticServer(build);
  try {
    await page.goto(`${server.url}/#/`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: FIRST_TITLE })).toBeVisible();
    await expect(
      main.getByRole('heading', { level: 2, name: 'A tiny second course' }),
    ).toBeVisible();

    // Every answer of the tiny course wrong (six review cards), every one of the first right.
    await page.goto(`${server.url}/#/unit/tiny-basics/quiz`);
    await takeQuiz(page, tiny, false);
    await expect(page.getByRole('heading', { name: /^Your score: \d+%$/ })).toBeVisible();
    await expect(page.getByText('Not passed yet. You need 80% to pass.')).toBeVisible();
    await page.goto(`${server.url}/#/unit/overview/quiz`);
    await takeQuiz(page, overview, true);
    await expect(page.getByRole('heading', { name: 'Your score: 100%' })).toBeVisible();

    // Each course's review deck holds only its own cards.
    await page.goto(`${server.url}/#/review`);
    const firstDeck = main.getByRole('region', { name: FIRST_TITLE });
    const tinyDeck = main.getByRole('region', { name: 'A tiny second course' });
    await expect(tinyDeck).toContainText('6 questions in your review deck');
    await expect(firstDeck).toContainText('No mistakes saved yet.');

    // Each course's backup holds only its own records.
    await page.goto(`${server.url}/#/settings`);
    const exported: Record<string, { course: string; answers: { course: string }[] }> = {};
    for (const [id, title] of [
      ['xinjiang-congress', FIRST_TITLE.source.slice(1)],
      ['tiny-course', 'A tiny second course'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: new RegExp(`Export progress: ${title}`) }).click();
      const file = testInfo.outputPath(`${id}.json`);
      await (await download).saveAs(file);
      exported[id] = JSON.parse(readFileSync(file, 'utf8'));
    }
    expect(exported['xinjiang-congress']!.course).toBe('xinjiang-congress');
    expect(exported['xinjiang-congress']!.answers).toHaveLength(quizLength(overview));
    expect(exported['tiny-course']!.answers).toHaveLength(quizLength(tiny));
    expect(new Set(exported['tiny-course']!.answers.map((a) => a.course))).toEqual(
      new Set(['tiny-course']),
    );
  } finally {
    await server.close();
  }
});
