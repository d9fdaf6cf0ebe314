/**
 * A unit page in Chinese and in Uyghur reads in that language: the article's passage is Lectern's
 * translation, says so, and keeps the published English one disclosure away. Uyghur runs right
 * to left with the English inside it left to right. axe-core checks the translated page.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
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
