/**
 * Answers quiz questions with the keyboard alone: Tab to reach a control, Space, arrows, typing
 * and Enter to use it. The page is only read to know where focus is, never clicked.
 */
import type { Page } from '@playwright/test';
import type { Question } from '../../src/lib/content/types.ts';
import { expect } from './fixtures';

interface Focused {
  role: string;
  name: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) {
      return { role: '', name: '' };
    }
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.closest('label')?.textContent ??
      el.textContent ??
      '';
    const type = el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase();
    return { role: type, name: label.replace(/\s+/g, ' ').trim() };
  });
}

/** Presses Tab until the focused control matches; fails after a full round. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (matches(await focused(page))) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

const named = (role: string, text: string) => (f: Focused) =>
  f.role === role && f.name.startsWith(text.trim());

export async function answerByKeyboard(page: Page, question: Question): Promise<void> {
  switch (question.type) {
    case 'single': {
      const text = question.options.find((o) => o.id === question.answer)!.text;
      await tabTo(page, (f) => f.role === 'radio');
      // Arrows move and select within a radio group; stop on the right option.
      for (
        let i = 0;
        i < question.options.length + 1 && !named('radio', text)(await focused(page));
        i++
      ) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
      break;
    }
    case 'truefalse': {
      await tabTo(page, (f) => f.role === 'radio');
      const word = question.answer ? 'True' : 'False';
      while (!named('radio', word)(await focused(page))) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
      break;
    }
    case 'multiple':
      for (const option of question.options.filter((o) => question.answer.includes(o.id))) {
        await tabTo(page, named('checkbox', option.text));
        await page.keyboard.press('Space');
      }
      break;
    case 'fill':
      await tabTo(page, (f) => f.role === 'text');
      await page.keyboard.type(question.answers[0]!);
      break;
    case 'ordering':
      for (let target = 0; target < question.answer.length; target++) {
        const text = question.items.find((i) => i.id === question.answer[target])!.text;
        for (;;) {
          const rows = await page.getByRole('main').getByRole('listitem').allInnerTexts();
          if (rows.findIndex((t) => t.includes(text)) <= target) {
            break;
          }
          await tabTo(page, (f) => f.name === `Move up: ${text}`);
          await page.keyboard.press('Enter');
        }
      }
      break;
    case 'matching':
      for (const left of question.left) {
        const rightIndex = question.right.findIndex((r) => r.id === question.answer[left.id]);
        const rightText = question.right[rightIndex]!.text;
        await tabTo(page, named('select', left.text));
        const select = page.getByRole('combobox', { name: left.text, exact: true });
        for (let i = 0; i < question.right.length + 1; i++) {
          const chosen = await select.evaluate(
            (el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? '',
          );
          if (chosen === rightText) {
            break;
          }
          await page.keyboard.press('ArrowDown');
        }
        await expect(select).toHaveValue(question.answer[left.id]!);
      }
      break;
  }
}
