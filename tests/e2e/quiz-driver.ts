/**
 * Drives a quiz in the browser as a learner would, knowing the answer key from the compiled
 * course. Answers are given by role and label (or, for `keyboard`, by key presses alone).
 */
import type { Locator, Page } from '@playwright/test';
import { compileCourse } from '../../src/lib/content/compile.ts';
import type { Question, Unit } from '../../src/lib/content/types.ts';
import { QUIZ_SIZE } from '../../src/lib/quiz/pool.ts';
import { expect } from './fixtures';

/** How many questions a unit's quiz asks: a draw of QUIZ_SIZE from its bank, or all of a small one. */
export function quizLength(unit: Unit): number {
  return Math.min(QUIZ_SIZE, unit.questions.length);
}

/** The fixture course that the two-course test adds to a build. */
export const SECOND_COURSE_DIR = 'tests/fixtures/courses/tiny-course';

/** The real course, and the tiny second course a test builds in beside it. */
const courses = [
  compileCourse('content/courses/xinjiang-congress'),
  compileCourse(SECOND_COURSE_DIR),
];

/** A page, or a frame in one (the course inside an LMS): where the learner answers. */
type Surface = Pick<Page, 'getByRole' | 'locator'>;

export function unitById(id: string): Unit {
  const unit = courses.flatMap((course) => course.units).find((u) => u.id === id);
  if (!unit) {
    throw new Error(`No unit ${id}`);
  }
  return unit;
}

/** The question on screen, found through the id its section carries. */
export async function currentQuestion(page: Surface, unit: Unit): Promise<Question> {
  const labelled = await page.locator('section.question').getAttribute('aria-labelledby');
  const id = labelled?.replace(/^q-/, '').replace(/-heading$/, '');
  const question = unit.questions.find((q) => q.id === id);
  if (!question) {
    throw new Error(`Question ${id} is not in unit ${unit.id}`);
  }
  return question;
}

function exact(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** Answers the current question with the mouse, rightly or wrongly. */
export async function answer(page: Surface, question: Question, right: boolean): Promise<void> {
  const main = page.getByRole('main');
  switch (question.type) {
    case 'single': {
      const option = right
        ? question.options.find((o) => o.id === question.answer)!
        : question.options.find((o) => o.id !== question.answer)!;
      await main.getByRole('radio', { name: exact(option.text) }).check();
      break;
    }
    case 'multiple': {
      const picks = right
        ? question.options.filter((o) => question.answer.includes(o.id))
        : question.options.filter((o) => !question.answer.includes(o.id)).slice(0, 1);
      for (const option of picks) {
        await main.getByRole('checkbox', { name: exact(option.text) }).check();
      }
      break;
    }
    case 'truefalse':
      await main.getByRole('radio', { name: question.answer === right ? 'True' : 'False' }).check();
      break;
    case 'fill':
      await main
        .getByRole('textbox', { name: 'Your answer for the blank' })
        .fill(right ? question.answers[0]! : 'not in the article');
      break;
    case 'ordering':
      if (right) {
        await putInOrder(main, question.items, question.answer);
      }
      break;
    case 'matching':
      for (const left of question.left) {
        const target = right
          ? question.answer[left.id]!
          : question.right.find((r) => r.id !== question.answer[left.id])!.id;
        const text = question.right.find((r) => r.id === target)!.text;
        await main.getByRole('combobox', { name: exact(left.text) }).selectOption({ label: text });
      }
      break;
  }
}

async function putInOrder(
  main: Locator,
  items: { id: string; text: string }[],
  order: string[],
): Promise<void> {
  for (let target = 0; target < order.length; target++) {
    const text = items.find((i) => i.id === order[target])!.text;
    const rows = main.getByRole('listitem');
    for (;;) {
      const texts = await rows.allInnerTexts();
      const at = texts.findIndex((t) => t.includes(text));
      if (at <= target) {
        break;
      }
      await main.getByRole('button', { name: `Move up: ${text}` }).click();
    }
  }
}

export async function checkAndNext(page: Surface, last: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Check' }).click();
  const next = page.getByRole('button', { name: last ? 'See results' : 'Next question' });
  await expect(next).toBeFocused();
  await next.click();
  // Moving on is saved first; wait until the next question (or the results) replaced this one.
  await expect(next).toBeHidden();
}

/** Takes the whole quiz of `unit`, every answer right or every answer wrong. */
export async function takeQuiz(page: Surface, unit: Unit, right: boolean): Promise<void> {
  for (let n = 1; n <= quizLength(unit); n++) {
    await expect(
      page.getByRole('heading', { name: `Question ${n} of ${quizLength(unit)}` }),
    ).toBeVisible();
    const question = await currentQuestion(page, unit);
    await answer(page, question, right);
    await checkAndNext(page, n === quizLength(unit));
  }
}
