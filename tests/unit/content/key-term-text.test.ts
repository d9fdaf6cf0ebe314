// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyTermText } from '../../../src/lib/content/localize';
import { unit } from '../../factories';

const termsUnit = () =>
  unit({
    keyTerms: [
      {
        term: 'rule of law',
        explanation: 'What the article says (s3-p1).',
        paragraph: 's3-p1',
        background: 'A neutral sentence.',
      },
      { term: 'deputies', explanation: 'Members of a congress.', paragraph: 's3-p1' },
    ],
    translations: {
      'zh-Hans': {
        keyTerms: [
          { term: '法治', explanation: '文章所说的内容。', background: '一句中性的背景。' },
          // Only the term translated so far: the rest stays English.
          { term: '代表', explanation: '' },
        ],
      },
      ug: { keyTerms: [{ term: 'قانۇن بىلەن ئىدارە قىلىش', explanation: 'ماقالىدە دېيىلگىنى.' }] },
    },
  });

describe('keyTermText', () => {
  it.each([
    {
      name: 'English: the English text, paragraph ids left out',
      locale: 'en' as const,
      index: 0,
      text: {
        term: 'rule of law',
        explanation: 'What the article says.',
        background: 'A neutral sentence.',
        lang: { term: 'en', explanation: 'en', background: 'en' },
      },
    },
    {
      name: 'a full translation',
      locale: 'zh-Hans' as const,
      index: 0,
      text: {
        term: '法治',
        explanation: '文章所说的内容。',
        background: '一句中性的背景。',
        lang: { term: 'zh-Hans', explanation: 'zh-Hans', background: 'zh-Hans' },
      },
    },
    {
      name: 'a translation without background: English background, marked English',
      locale: 'ug' as const,
      index: 0,
      text: {
        term: 'قانۇن بىلەن ئىدارە قىلىش',
        explanation: 'ماقالىدە دېيىلگىنى.',
        background: 'A neutral sentence.',
        lang: { term: 'ug', explanation: 'ug', background: 'en' },
      },
    },
    {
      name: 'a term with no translation in that language, and no background at all',
      locale: 'ug' as const,
      index: 1,
      text: {
        term: 'deputies',
        explanation: 'Members of a congress.',
        lang: { term: 'en', explanation: 'en', background: 'en' },
      },
    },
    {
      name: 'an empty translated field falls back to English',
      locale: 'zh-Hans' as const,
      index: 1,
      text: {
        term: '代表',
        explanation: 'Members of a congress.',
        lang: { term: 'zh-Hans', explanation: 'en', background: 'en' },
      },
    },
  ])('$name', ({ locale, index, text }) => {
    expect(keyTermText(termsUnit(), index, locale)).toEqual(text);
  });

  it('says which term is missing', () => {
    const u = termsUnit();
    expect(() => keyTermText(u, 2, 'en')).toThrow(`Unit ${u.id} has no key term 2`);
  });
});
