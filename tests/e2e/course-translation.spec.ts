/**
 * The course in Chinese and in Uyghur: the article's passage and the unit's own text are
 * Lectern's translation, say so, and keep the published English one disclosure away; the quiz
 * asks in the language, takes a fill-in answer typed in it, and keeps its attempt when the
 * language changes mid-quiz; all of it works offline after one visit. Uyghur runs right to left
 * with the English inside it left to right. axe-core checks the translated pages.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { compileCourse } from '../../src/lib/content/compile';
import { stillEnglish } from '../../src/lib/content/unit-translation-check';
import { expect, test } from './fixtures';

const COURSE = 'content/courses/xinjiang-congress';

/** The article's English text of a block, and its translation into `locale`. */
function block(id: string, locale: 'zh-Hans' | 'ug'): { english: string; translated: string } {
  const article = parse(readFileSync(`${COURSE}/article.yaml`, 'utf8')) as {
    blocks: { id: string; text: string }[];
  };
  const translation = parse(
    readFileSync(`${COURSE}/translations/${locale}/article.yaml`, 'utf8'),
  ) as { blocks: Record<string, { text: string }> };
  return {
    english: article.blocks.find((b) => b.id === id)?.text ?? '',
    translated: translation.blocks[id]?.text ?? '',
  };
}

const cases = [
  {
    browserLocale: 'zh-CN',
    locale: 'zh-Hans',
    dir: 'ltr',
    passage: '原文摘录',
    note: /根据已发表的英文版翻译/,
    original: '英文原文',
  },
  {
    browserLocale: 'ug-CN',
    locale: 'ug',
    dir: 'rtl',
    passage: 'ماقالىدىن ئۈزۈندە',
    note: /ئېلان قىلىنغان ئىنگلىزچە نۇسخىدىن تەرجىمىسى/,
    original: 'ئىنگلىزچە ئەسلى تېكىست',
  },
] as const;

for (const c of cases) {
  test.describe(`unit page in ${c.locale}`, () => {
    test.use({ locale: c.browserLocale });

    test('reads the passage in that language with the English original a click away', async ({
      page,
    }) => {
      const { english, translated } = block('s3-p1', c.locale);
      await page.goto('/#/unit/legislation');
      const passage = page.getByRole('region', { name: c.passage });
      await expect(passage.getByText(c.note)).toBeVisible();

      const paragraph = passage.getByText(translated, { exact: true });
      await expect(paragraph).toBeVisible();
      // The block's wrapper carries its language and direction; the disclosure sits inside it.
      const text = paragraph.locator('xpath=..');
      await expect(text).toHaveAttribute('lang', c.locale);
      await expect(text).toHaveAttribute('dir', c.dir);
      // Every block of the unit is translated, so no English shows until asked for.
      await expect(passage.getByText(english)).toBeHidden();

      const disclosure = text.getByRole('group');
      await disclosure.getByText(c.original).click();
      const original = disclosure.getByText(english);
      await expect(original).toBeVisible();
      await expect(original).toHaveAttribute('lang', 'en');
      await expect(original).toHaveAttribute('dir', 'ltr');

      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  });
}

test('in English the passage is the published English, with no disclosure', async ({ page }) => {
  await page.goto('/#/unit/legislation');
  const passage = page.getByRole('region', { name: 'From the article' });
  await expect(passage.getByText(block('s3-p1', 'ug').english)).toBeVisible();
  await expect(passage.getByText('English original')).toHaveCount(0);
});

/*
 * The unit translations (translations/<locale>/units/03-legislation.yaml). Expected words are
 * read from those files and the locale files at test time, so the tests hold for whatever the
 * translators write: an entry still in English is expected in English, marked `lang="en"`.
 */

const UNIT_FILE = '03-legislation.yaml';

interface UnitTranslationYaml {
  title: { text: string };
  principle: { text: string };
  questions: Record<string, { prompt: string; answers?: string[] }>;
  quotes: Record<string, { text: string }>;
}

function unitTranslation(locale: 'zh-Hans' | 'ug'): UnitTranslationYaml {
  return parse(
    readFileSync(`${COURSE}/translations/${locale}/units/${UNIT_FILE}`, 'utf8'),
  ) as UnitTranslationYaml;
}

function messages(locale: 'zh-Hans' | 'ug'): Record<string, string> {
  const read = (file: string) =>
    JSON.parse(readFileSync(`src/lib/i18n/locales/${file}.json`, 'utf8')) as Record<string, string>;
  return { ...read(locale), ...read(`${locale}-screens`) };
}

/** A message with its `{app}` filled in (the app's name, isolated as the app isolates it). */
function withApp(message: string | undefined): RegExp {
  const [before = '', after = ''] = (message ?? '').split('{app}');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escape(before)}.?Lectern.?${escape(after)}`);
}

const english = compileCourse(COURSE).units.find((unit) => unit.id === 'legislation')!;

/** The language a translated text shows in: the locale, or English where it still is English. */
function langOf(translated: string, englishText: string, locale: string): string {
  return stillEnglish(translated, englishText) ? 'en' : locale;
}

/** The language an element's text is in: its own `lang`, or its nearest ancestor's. */
function langAround(locator: Locator): Promise<string | undefined> {
  return locator.evaluate(
    (element) => element.closest('[lang]')?.getAttribute('lang') ?? undefined,
  );
}

/** The on-screen question's id, from its section's label. */
async function questionId(page: Page): Promise<string> {
  const labelled = await page.locator('section.question').getAttribute('aria-labelledby');
  return labelled?.replace(/^q-/, '').replace(/-heading$/, '') ?? '';
}

/** The prompt as the question card shows it: the text before its blank, for a fill question. */
function promptStart(prompt: string): string {
  return (prompt.split('___')[0] ?? prompt).trim();
}

/** Gives some answer (right or not) to a question that is not a fill-in, by role alone. */
async function answerAny(page: Page, type: string): Promise<void> {
  const main = page.getByRole('main');
  if (type === 'single' || type === 'truefalse') {
    await main.getByRole('radio').first().check();
  } else if (type === 'multiple') {
    await main.getByRole('checkbox').first().check();
  } else if (type === 'matching') {
    for (const select of await main.getByRole('combobox').all()) {
      await select.selectOption({ index: 1 });
    }
  }
  // An ordering is answered as it stands.
}

for (const c of cases) {
  test.describe(`the legislation unit in ${c.locale}`, () => {
    test.use({ locale: c.browserLocale });
    const t = unitTranslation(c.locale);
    const m = messages(c.locale);

    test('the unit page reads in that language, its principle with the English a click away', async ({
      page,
    }) => {
      await page.goto('/#/unit/legislation');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(t.title.text);
      await expect(page.getByText(withApp(m['unit.course_translation']))).toBeVisible();

      const principle = page.getByRole('region', { name: m['unit.principle'] });
      const lang = langOf(t.principle.text, english.principle, c.locale);
      if (lang === c.locale) {
        await expect(principle.getByText(t.principle.text)).toBeVisible();
        expect(await langAround(principle.getByText(t.principle.text))).toBe(c.locale);
        await principle.getByText(withApp(m['quote.translation_note'])).click();
        // The English is quoted and isolated: a <bdi> marked English, left to right.
        const original = principle.locator('bdi', { hasText: english.principle });
        await expect(original).toBeVisible();
        await expect(original).toHaveAttribute('lang', 'en');
        await expect(original).toHaveAttribute('dir', 'ltr');
      } else {
        await expect(principle.getByText(english.principle)).toBeVisible();
      }
      await expect(page.getByRole('contentinfo')).toContainText(m['footer.translation']!);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });

    test('the quiz asks in that language; a fill-in answered in it is right, its quote has the English a click away', async ({
      page,
    }) => {
      await page.goto('/#/unit/legislation/quiz');
      for (let n = 1; n <= 10; n++) {
        await expect(page.locator('section.question')).toBeVisible();
        const id = await questionId(page);
        const question = english.questions.find((q) => q.id === id)!;
        const entry = t.questions[id]!;
        const prompt = page.locator('section.question .prompt');
        await expect(prompt).toContainText(promptStart(entry.prompt));
        await expect(prompt).toHaveAttribute(
          'lang',
          langOf(entry.prompt, question.prompt, c.locale),
        );
        if (question.type !== 'fill') {
          await answerAny(page, question.type);
          await page.getByRole('button', { name: m['quiz.check'] }).click();
          await page.getByRole('button', { name: m['quiz.next'] }).click();
          // The next question is on screen before it is read.
          await expect.poll(() => questionId(page)).not.toBe(id);
          continue;
        }
        // Every draw has a fill-in: answered in the learner's language, it is right.
        const typed = entry.answers?.[0] ?? question.answers[0]!;
        await page.getByRole('textbox', { name: m['quiz.fill_label'] }).fill(typed);
        await page.getByRole('button', { name: m['quiz.check'] }).click();
        await expect(page.locator('.way-on .verdict')).toContainText(m['quiz.correct']!);

        const quote = t.quotes[id]!.text;
        const feedback = page.locator('.feedback');
        let original = feedback.locator('blockquote', { hasText: question.source.quote });
        if (langOf(quote, question.source.quote, c.locale) === c.locale) {
          await expect(feedback.getByText(quote)).toBeVisible();
          expect(await langAround(feedback.getByText(quote))).toBe(c.locale);
          // The English original is one click away, quoted and isolated.
          original = feedback.locator('bdi', { hasText: question.source.quote });
          await expect(original).toBeHidden();
          await feedback.getByText(withApp(m['quote.translation_note'])).click();
        }
        await expect(original).toBeVisible();
        await expect(original).toHaveAttribute('lang', 'en');
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
        return;
      }
      throw new Error('the quiz drew no fill-in question');
    });
  });
}

test.describe('switching language mid-quiz', () => {
  test.use({ locale: 'zh-CN' });

  test('keeps the attempt and its answers, and shows the same question in the new language', async ({
    page,
  }) => {
    const zh = messages('zh-Hans');
    const ug = messages('ug');
    const ugUnit = unitTranslation('ug');
    await page.goto('/#/unit/legislation/quiz');
    await expect(page.locator('section.question')).toBeVisible();
    const firstId = await questionId(page);
    const firstType = english.questions.find((q) => q.id === firstId)!.type;
    if (firstType === 'fill') {
      await page.getByRole('textbox', { name: zh['quiz.fill_label'] }).fill('?');
    } else {
      await answerAny(page, firstType);
    }
    await page.getByRole('button', { name: zh['quiz.check'] }).click();
    await page.getByRole('button', { name: zh['quiz.next'] }).click();
    // The bar counted the answer at Check already: the next question is waited for by its id.
    await expect.poll(() => questionId(page)).not.toBe(firstId);
    await expect(page.getByRole('progressbar')).toHaveJSProperty('value', 1);
    const secondId = await questionId(page);

    await page.getByRole('combobox', { name: zh['nav.language'] }).selectOption('ug');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // The same attempt: still one answer in, the same second question, now in Uyghur.
    await expect(page.getByRole('progressbar')).toHaveJSProperty('value', 1);
    expect(await questionId(page)).toBe(secondId);
    const question = english.questions.find((q) => q.id === secondId)!;
    const prompt = page.locator('section.question .prompt');
    await expect(prompt).toContainText(promptStart(ugUnit.questions[secondId]!.prompt));
    await expect(prompt).toHaveAttribute(
      'lang',
      langOf(ugUnit.questions[secondId]!.prompt, question.prompt, 'ug'),
    );
    await expect(page.getByRole('button', { name: ug['quiz.check'] })).toBeVisible();
  });
});

test.describe('offline', () => {
  test.use({ locale: 'zh-CN' });

  test('after one visit, units and quizzes read in Chinese and in Uyghur with the network off', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    // Once the service worker controls the page, it has precached every translation chunk.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await context.setOffline(true);
    for (const locale of ['zh-Hans', 'ug'] as const) {
      const t = unitTranslation(locale);
      await page.getByRole('banner').getByRole('combobox').selectOption(locale);
      await page.goto('/#/unit/legislation');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title.text);
      await page.goto('/#/unit/legislation/quiz');
      const id = await (async () => {
        await expect(page.locator('section.question')).toBeVisible();
        return questionId(page);
      })();
      await expect(page.locator('section.question .prompt')).toContainText(
        promptStart(t.questions[id]!.prompt),
      );
    }
    await context.setOffline(false);
  });
});
