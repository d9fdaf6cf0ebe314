/**
 * Lectern inside an LMS. A stand-in LMS (`scorm/lms-server.ts`) plays the packaged course in an
 * iframe under scorm-again's SCORM 1.2 and SCORM 2004 APIs and keeps every commit. The learner
 * takes a unit quiz; after each answer the LMS holds the status, score, exit, bookmark and
 * suspend data; closing the page finishes the session; a relaunch in a fresh browser profile
 * from what the LMS kept lands on the same question.
 */
import type { APIRequestContext, Browser, FrameLocator, Page } from '@playwright/test';
import { encodeSuspendData, decodeSuspendData } from '../../src/lib/lms/suspend-data';
import type { BackupFile } from '../../src/lib/progress/backup';
import { courseQuestions, worstCase } from '../unit/lms/course';
import { removeValidationFolders, validate } from '../unit/lms/xmllint';
import { schemaFiles } from '../../src/lib/lms/package/schemas';
import { expect, test } from './fixtures';
import { answer, currentQuestion, unitById, quizLength } from './quiz-driver';
import { LMS_PORT } from './scorm/lms-server-port';

const LMS = `http://localhost:${LMS_PORT}`;
const unit = unitById('overview');
const QUIZ = `#/unit/${unit.id}/quiz`;
const total = quizLength(unit);
const REFUSED = /The learning platform did not accept/;
/** The chunk that talks to an LMS (named in vite.config.ts). */
const LMS_CHUNK = /\/assets\/lms-[\w-]+\.js$/;

type Version = '12' | '2004';
type Cmi = Record<string, unknown>;

/** What each standard calls the values the tests read, in a captured commit's `cmi`. */
const READ: Record<
  Version,
  {
    status: (c: Cmi) => string;
    score: (c: Cmi) => string;
    exit: (c: Cmi) => string;
    bookmark: (c: Cmi) => string;
    limit: number;
  }
> = {
  '12': {
    status: (c) => core(c).lesson_status as string,
    score: (c) => (core(c).score as Cmi).raw as string,
    exit: (c) => core(c).exit as string,
    bookmark: (c) => core(c).lesson_location as string,
    limit: 4096,
  },
  '2004': {
    status: (c) => `${String(c.completion_status)}/${String(c.success_status)}`,
    score: (c) => `${String((c.score as Cmi).raw)} scaled ${String((c.score as Cmi).scaled)}`,
    exit: (c) => c.exit as string,
    bookmark: (c) => c.location as string,
    limit: 64000,
  },
};
const core = (c: Cmi) => c.core as Cmi;

const EXPECTED: Record<
  Version,
  { incomplete: string; zero: string; oneUnit: string; finish: string }
> = {
  '12': { incomplete: 'incomplete', zero: '0', oneUnit: '14.29', finish: 'LMSFinish' },
  '2004': {
    incomplete: 'incomplete/unknown',
    zero: '0 scaled 0',
    oneUnit: '14.29 scaled 0.1429',
    finish: 'Terminate',
  },
};

interface LmsRecord {
  commits: { cmi: { cmi: Cmi }; trigger: string }[];
  events: { name: string }[];
}

async function record(request: APIRequestContext, session: string): Promise<LmsRecord> {
  return (await (await request.get(`${LMS}/lms/record?session=${session}`)).json()) as LmsRecord;
}

async function lastCmi(request: APIRequestContext, session: string): Promise<Cmi | undefined> {
  return (await record(request, session)).commits.at(-1)?.cmi.cmi;
}

function progressIn(cmi: Cmi): BackupFile {
  return decodeSuspendData(cmi.suspend_data as string, courseQuestions, 'xinjiang-congress')!;
}

function openAttempt(cmi: Cmi) {
  return progressIn(cmi).attempts.find((a) => a.unitId === unit.id && a.status === 'in-progress');
}

/**
 * Opens the LMS's launch page for `session`; the course opens in its iframe, at `start` if given,
 * with an LMS that refuses to store the element `refuse` if given.
 */
async function launch(
  page: Page,
  version: Version,
  session: string,
  start = '',
  refuse = '',
): Promise<FrameLocator> {
  const query = new URLSearchParams({ session, start, refuse });
  await page.goto(`${LMS}/lms/${version}/?${query}`);
  return page.frameLocator('iframe[title="Course"]');
}

/** What the LMS gives the course on the next launch: what it kept, entered as a resume. */
function resumeData(version: Version, kept: Cmi): Cmi {
  return version === '12'
    ? {
        suspend_data: kept.suspend_data,
        core: {
          lesson_location: READ['12'].bookmark(kept),
          lesson_status: READ['12'].status(kept),
          entry: 'resume',
        },
      }
    : {
        suspend_data: kept.suspend_data,
        location: kept.location,
        completion_status: kept.completion_status,
        entry: 'resume',
      };
}

/** A page in a browser profile that never saw the course, failing on console errors. */
async function freshPage(
  browser: Browser,
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') {
      problems.push(m.text());
    }
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems, close: () => context.close() };
}

test.afterAll(removeValidationFolders);

for (const version of ['12', '2004'] as const) {
  const name = version === '12' ? 'SCORM 1.2' : 'SCORM 2004';
  test(`${name}: the zip holds its manifest, schemas and app at the root, and the manifest validates`, async ({
    request,
  }) => {
    const root = `${LMS}/sco/${version}/`;
    const manifest = await (await request.get(`${root}imsmanifest.xml`)).text();
    expect(validate(version === '12' ? '1.2' : '2004', manifest)).toEqual({ ok: true, output: '' });
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]!);
    expect(listed).toContain('index.html');
    for (const schema of schemaFiles(version === '12' ? '1.2' : '2004')) {
      expect(listed).toContain(schema.name);
      expect((await request.get(`${root}${schema.name}`)).ok()).toBe(true);
    }
    expect((await request.get(`${root}index.html`)).ok()).toBe(true);
  });
}

for (const version of ['12', '2004'] as const) {
  const name = version === '12' ? 'SCORM 1.2' : 'SCORM 2004';
  const read = READ[version];
  const expected = EXPECTED[version];

  test(`${name}: reports after every answer, finishes on close and resumes in a fresh profile`, async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(60_000);
    const session = `${version}-${test.info().testId}-${Date.now()}`;
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    const course = await launch(page, version, session, QUIZ);
    await expect(course.getByRole('heading', { name: `Question 1 of ${total}` })).toBeVisible();

    for (let n = 1; n <= 3; n++) {
      const question = await currentQuestion(course, unit);
      await answer(course, question, true);
      await course.getByRole('button', { name: 'Check' }).click();
      // Committed after the answer: its progress, status, score, exit and bookmark.
      await expect
        .poll(async () => {
          const cmi = await lastCmi(request, session);
          return cmi && Object.keys(openAttempt(cmi)?.answers ?? {});
        })
        .toContain(question.id);
      const cmi = (await lastCmi(request, session))!;
      expect(Object.keys(openAttempt(cmi)!.answers)).toHaveLength(n);
      expect((cmi.suspend_data as string).length).toBeLessThanOrEqual(read.limit);
      expect(read.status(cmi)).toBe(expected.incomplete);
      expect(read.score(cmi)).toBe(expected.zero);
      expect(read.exit(cmi)).toBe('suspend');
      expect(read.bookmark(cmi)).toBe(QUIZ);
      await course.getByRole('button', { name: 'Next question' }).click();
      await expect(
        course.getByRole('heading', { name: `Question ${n + 1} of ${total}` }),
      ).toBeVisible();
    }
    await expect
      .poll(async () => openAttempt((await lastCmi(request, session))!)?.position)
      .toBe(3);
    const kept = (await lastCmi(request, session))!;

    // Leaving finishes the session once.
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await record(request, session)).events.map((e) => e.name))
      .toContain(expected.finish);
    const finishes = (await record(request, session)).events.filter(
      (e) => e.name === expected.finish,
    );
    expect(finishes).toHaveLength(1);

    // A relaunch elsewhere from what the LMS kept: the same question, the same answers.
    const relaunch = `${session}-resume`;
    await request.put(`${LMS}/lms/launch?session=${relaunch}`, { data: resumeData(version, kept) });
    const fresh = await freshPage(browser);
    const again = await launch(fresh.page, version, relaunch);
    await expect(again.getByRole('heading', { name: `Question 4 of ${total}` })).toBeVisible();
    await expect
      .poll(async () => {
        const cmi = await lastCmi(request, relaunch);
        return cmi && Object.keys(openAttempt(cmi)?.answers ?? {}).length;
      })
      .toBe(3);

    // The rest of the quiz, passed: one unit of seven counts in the score, the course goes on.
    for (let n = 4; n <= total; n++) {
      await expect(again.getByRole('heading', { name: `Question ${n} of ${total}` })).toBeVisible();
      await answer(again, await currentQuestion(again, unit), true);
      await again.getByRole('button', { name: 'Check' }).click();
      await again
        .getByRole('button', { name: n === total ? 'See results' : 'Next question' })
        .click();
    }
    await expect
      .poll(async () => read.score((await lastCmi(request, relaunch)) ?? {}))
      .toBe(expected.oneUnit);
    const done = (await lastCmi(request, relaunch))!;
    expect(read.status(done)).toBe(expected.incomplete);
    expect(read.exit(done)).toBe('suspend');
    expect(fresh.problems).toEqual([]);
    await fresh.close();
  });
}

test('SCORM 1.2: the worst-case progress restored in a fresh profile is sent back within 4,096 characters', async ({
  page,
  request,
}) => {
  const session = `worst-${Date.now()}`;
  const worst = worstCase();
  const suspend = encodeSuspendData(worst, 4096, courseQuestions);
  await request.put(`${LMS}/lms/launch?session=${session}`, {
    data: { suspend_data: suspend, core: { lesson_location: QUIZ, entry: 'resume' } },
  });
  const course = await launch(page, '12', session);
  // Every question of the open attempt was answered: the last one shows, answered. (The worst
  // case's open attempts ask a unit's whole bank, more than a drawn quiz.)
  const asked = worst.attempts.find((a) => a.status === 'in-progress' && a.unitId === unit.id)!
    .questionIds.length;
  // The restore of the worst case (every unit's chunk, the decode and one import) comes first;
  // on a busy 2-core machine it can take longer than the default 5 s.
  await expect(course.getByRole('heading', { name: `Question ${asked} of ${asked}` })).toBeVisible({
    timeout: 15_000,
  });
  await expect.poll(async () => (await record(request, session)).commits.length).toBeGreaterThan(0);
  const sent = (await lastCmi(request, session))!.suspend_data as string;
  // scorm-again takes up to 64,000 characters even under 1.2: the limit is checked here.
  expect(sent.length).toBeLessThanOrEqual(4096);
  const back = progressIn({ suspend_data: sent });
  // Seven unit quizzes and the final test.
  expect(back.attempts.filter((a) => a.status === 'in-progress')).toHaveLength(8);
  // Scores travel to four decimals in the compact form.
  back.units.forEach((u, i) => expect(u.bestScore).toBeCloseTo(worst.units[i]!.bestScore!, 4));
});

test('standalone, without an LMS, not a byte of the LMS code loads', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/#/unit/overview/quiz');
  await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /\/assets\//.test(url))).not.toHaveLength(0);
  expect(requests.filter((url) => LMS_CHUNK.test(url))).toEqual([]);
});

test('an LMS that refuses a value: the learner is told once and the quiz goes on', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('the LMS refused')) {
      warnings.push(m.text());
    }
  });
  const course = await launch(page, '12', `refuse-${Date.now()}`, QUIZ, 'cmi.suspend_data');
  await expect(course.getByRole('heading', { name: `Question 1 of ${total}` })).toBeVisible();
  await expect(course.getByText(REFUSED)).toHaveCount(1);
  await expect(course.getByText(REFUSED)).toContainText('LMSSetValue cmi.suspend_data');
  for (let n = 1; n <= 2; n++) {
    await answer(course, await currentQuestion(course, unit), true);
    await course.getByRole('button', { name: 'Check' }).click();
    await course.getByRole('button', { name: 'Next question' }).click();
    await expect(
      course.getByRole('heading', { name: `Question ${n + 1} of ${total}` }),
    ).toBeVisible();
  }
  await expect(course.getByText(REFUSED)).toHaveCount(1);
  expect(warnings.length).toBeGreaterThan(1);
});
