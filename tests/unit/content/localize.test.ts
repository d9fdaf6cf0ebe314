// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hintText, optionFeedback } from '../../../src/lib/content/localize';
import { fillQuestion, singleQuestion } from '../../factories';

function withFeedback() {
  const question = singleQuestion({
    hint: 'Read the second sentence.',
    translations: { 'zh-Hans': { hint: '读第二句。', feedback: { law: '文章这样说。' } } },
  });
  question.options = question.options.map((option) =>
    option.id === 'luck' ? option : { ...option, feedback: `About ${option.text}.` },
  );
  return question;
}

describe('optionFeedback', () => {
  it('gives each option its English feedback, leaving out options without any', () => {
    expect(optionFeedback(withFeedback(), 'en')).toEqual({
      law: { text: 'About Good law.', lang: 'en' },
      weather: { text: 'About Good weather.', lang: 'en' },
    });
  });

  it('takes a translation where there is one and falls back to English per option', () => {
    expect(optionFeedback(withFeedback(), 'zh-Hans')).toEqual({
      law: { text: '文章这样说。', lang: 'zh-Hans' },
      weather: { text: 'About Good weather.', lang: 'en' },
    });
  });

  it('gives nothing for a question without options', () => {
    expect(optionFeedback(fillQuestion(), 'en')).toEqual({});
  });
});

describe('hintText', () => {
  it('gives the translated hint, else the English one, else nothing', () => {
    expect(hintText(withFeedback(), 'zh-Hans')).toEqual({ text: '读第二句。', lang: 'zh-Hans' });
    expect(hintText(withFeedback(), 'ug')).toEqual({
      text: 'Read the second sentence.',
      lang: 'en',
    });
    expect(hintText(singleQuestion(), 'en')).toBeUndefined();
  });
});
