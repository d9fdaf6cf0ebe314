/**
 * The course test inside an LMS: with every unit passed the course is still incomplete, scored by
 * the mean of the units' best scores; an open test travels in suspend_data; only once the test is
 * passed does the LMS hear passed (1.2) or completed and passed (2004), scored by the test.
 */
import type { APIRequestContext, FrameLocator, Page } from '@playwright/test';
import { decodeSuspendData, encodeSuspendData } from '../../src/lib/lms/suspend-data';
import { finalTestId } from '../../src/lib/study/final-test';
import { courseQuestions } from '../unit/lms/course';
import { completeCourseBackup, COURSE_ID, wholeCourse } from './course-helpers';
import { expect, test } from './fixtures';
import { answer, checkAndNext, currentQuestion } from './quiz-driver';
import { LMS_PORT } from './scorm/lms-server-port';

const LMS = `http://localhost:${LMS_PORT}`;
const TEST = `#/course/${COURSE_ID}/test`;
const SIZE = 20;
type Cmi = Record<string, unknown>;

async function lastCmi(request: APIRequestContext, session: string): Promise<Cmi | undefined> {
  const record = (await (await request.get(`${LMS}/lms/record?session=${session}`)).json()) as {
    commits: { cmi: { cmi: Cmi } }[];
  };
  return record.commits.at(-1)?.cmi.cmi;
}

async function launch(page: Page, version: string, session: string): Promise<FrameLocator> {
  await page.goto(`${LMS}/lms/${version}/?${new URLSearchParams({ session })}`);
  return page.frameLocator('iframe[title="Course"]');
}

const READ = {
  '12': {
    status: (c: Cmi) => (c.core as Cmi).lesson_status,
    score: (c: Cmi) => ((c.core as Cmi).score as Cmi).raw,
    exit: (c: Cmi) => (c.core as Cmi).exit,
    resume: (data: string) => ({
      suspend_data: data,
      core: { lesson_location: TEST, entry: 'resume' },
    }),
    incomplete: 'incomplete',
    done: 'passed',
    doneExit: '',
    unitsScore: '88.57',
    testScore: '100',
  },
  '2004': {
    status: (c: Cmi) => `${String(c.completion_status)}/${String(c.success_status)}`,
    score: (c: Cmi) => `${String((c.score as Cmi).raw)} scaled ${String((c.score as Cmi).scaled)}`,
    exit: (c: Cmi) => c.exit,
    resume: (data: string) => ({ suspend_data: data, location: TEST, entry: 'resume' }),
    incomplete: 'incomplete/unknown',
    done: 'completed/passed',
    doneExit: 'normal',
    unitsScore: '88.57 scaled 0.8857',
    testScore: '100 scaled 1',
  },
} as const;

for (const version of ['12', '2004'] as const) {
  const read = READ[version];
  test(`SCORM ${version === '12' ? '1.2' : '2004'}: passed only after the course test`, async ({
    page,
    request,
    browser,
  }) => {
    test.setTimeout(120_000);
    const session = `final-${version}-${Date.now()}`;
    // Every unit passed (80%, 90%, 100%, …), the course test not taken.
    const data = encodeSuspendData(
      completeCourseBackup({ finalTest: false }),
      version === '12' ? 4096 : 64000,
      courseQuestions,
    );
    await request.put(`${LMS}/lms/launch?session=${session}`, { data: read.resume(data) });
    const course = await launch(page, version, session);
    await expect(course.getByRole('heading', { level: 1, name: 'Course test' })).toBeVisible({
      timeout: 15_000,
    });
    await expect.poll(async () => (await lastCmi(request, session)) !== undefined).toBe(true);
    let cmi = (await lastCmi(request, session))!;
    let kept: Cmi | undefined;
    expect(read.status(cmi)).toBe(read.incomplete);
    expect(read.score(cmi)).toBe(read.unitsScore);
    expect(read.exit(cmi)).toBe('suspend');

    await course.getByRole('button', { name: 'Start the test' }).click();
    for (let n = 1; n <= SIZE; n++) {
      await expect(course.getByRole('heading', { name: `Question ${n} of ${SIZE}` })).toBeVisible();
      await answer(course, await currentQuestion(course, wholeCourse), true);
      await checkAndNext(course, n === SIZE);
      if (n === 2) {
        // An open test is in suspend_data, with its answers, and the course is still incomplete.
        await expect
          .poll(async () => {
            const now = await lastCmi(request, session);
            const file = decodeSuspendData(String(now?.suspend_data), courseQuestions, COURSE_ID);
            const open = file?.attempts.find((a) => a.unitId === finalTestId(COURSE_ID));
            // Two answers, and moved on to the third question.
            return open && `${Object.keys(open.answers).length} answers, at ${open.position}`;
          })
          .toBe('2 answers, at 2');
        cmi = (await lastCmi(request, session))!;
        expect(read.status(cmi)).toBe(read.incomplete);
        expect(String(cmi.suspend_data).length).toBeLessThanOrEqual(
          version === '12' ? 4096 : 64000,
        );
        kept = cmi;
      }
    }
    await expect(course.getByRole('heading', { name: 'Your score: 100%' })).toBeVisible();
    await expect.poll(async () => read.status((await lastCmi(request, session))!)).toBe(read.done);
    cmi = (await lastCmi(request, session))!;
    expect(read.score(cmi)).toBe(read.testScore);
    // Complete: no longer suspended (1.2 leaves exit empty, 2004 says normal).
    expect(read.exit(cmi)).toBe(read.doneExit);
    await expect(course.getByRole('link', { name: 'See your completion record' })).toBeVisible();

    // Relaunched from what the LMS kept after two answers, in a profile that never saw the
    // course: the same test, at its third question.
    const relaunch = `${session}-resume`;
    await request.put(`${LMS}/lms/launch?session=${relaunch}`, {
      data: read.resume(String(kept!.suspend_data)),
    });
    const context = await browser.newContext();
    const again = await launch(await context.newPage(), version, relaunch);
    await expect(again.getByRole('heading', { name: `Question 3 of ${SIZE}` })).toBeVisible({
      timeout: 15_000,
    });
    await context.close();
  });
}
