// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  keyTermText,
  objectiveText,
  principleText,
  questionText,
  quoteTranslation,
  summaryText,
  unitTitle,
} from '../../../src/lib/content/localize';
import { isMerged, mergeUnitTranslation } from '../../../src/lib/content/merge-translation';
import type { UnitTranslationChunk } from '../../../src/lib/content/types';
import { fillQuestion, singleQuestion, unit } from '../../factories';

function translatedUnit() {
  const english = unit({
    objectives: [{ id: 'o1', text: 'Say what good law is for.' }],
    keyTerms: [
      {
        term: 'good law',
        explanation: 'The article does not define it (s3-p1).',
        paragraph: 's3-p1',
        background: 'A phrase of official usage.',
      },
      { term: 'legislation', explanation: 'Making laws.', paragraph: 's3-p1' },
    ],
    questions: [
      { ...singleQuestion({ id: 'q1' }), hash: 'h1' },
      { ...fillQuestion({ id: 'q2' }), hash: 'h2' },
    ],
  });
  const chunk: UnitTranslationChunk = {
    unit: {
      title: '更好的法律',
      principle: '推动提高立法质量。',
      summary: '文章说良法是善治的前提（s3-p1）。',
      objectives: { o1: '说出良法的作用。' },
      keyTerms: [
        { term: '良法', explanation: '文章没有给出定义（s3-p1）。', background: '官方用语。' },
        null,
      ],
    },
    questions: {
      q1: { prompt: '根据文章，善治的前提是什么？', choices: { law: '良法' } },
      q2: { answers: ['治理'], quote: '良法是善治之前提。' },
    },
  };
  return { english, chunk };
}

describe('mergeUnitTranslation', () => {
  it('puts the language’s text where localize.ts reads it, keeping ids and hashes', () => {
    const { english, chunk } = translatedUnit();
    const [single, fill] = english.questions;
    mergeUnitTranslation(english, 'zh-Hans', chunk);
    expect(isMerged(english, 'zh-Hans')).toBe(true);
    expect(isMerged(english, 'ug')).toBe(false);
    // The same question objects (a running quiz holds them), with the same hashes.
    expect(english.questions[0]).toBe(single);
    expect(english.questions.map((q) => q.hash)).toEqual(['h1', 'h2']);
    expect(unitTitle(english, 'zh-Hans')).toBe('更好的法律');
    expect(principleText(english, 'zh-Hans')).toEqual({
      text: '推动提高立法质量。',
      lang: 'zh-Hans',
    });
    expect(summaryText(english, 'zh-Hans')).toEqual({
      text: '文章说良法是善治的前提。',
      lang: 'zh-Hans',
    });
    expect(objectiveText(english, 'o1', 'zh-Hans')).toEqual({
      text: '说出良法的作用。',
      lang: 'zh-Hans',
    });
    expect(questionText(single!, 'zh-Hans').choice('law')).toBe('良法');
    expect(questionText(single!, 'zh-Hans').choice('weather')).toBe('Good weather');
    expect(quoteTranslation(fill!, 'zh-Hans')).toBe('良法是善治之前提。');
    expect(questionText(fill!, 'zh-Hans').fillAnswer).toBe('治理');
  });

  it('keeps the English for what is not translated, and in English', () => {
    const { english, chunk } = translatedUnit();
    mergeUnitTranslation(english, 'zh-Hans', chunk);
    expect(principleText(english, 'ug')).toEqual({ text: english.principle, lang: 'en' });
    expect(quoteTranslation(english.questions[1]!, 'en')).toBeUndefined();
    expect(questionText(english.questions[1]!, 'en').fillAnswer).toBe('governance');
  });
});

describe('keyTermText', () => {
  it('gives a key term whole in the learner’s language, ids read as the article', () => {
    const { english, chunk } = translatedUnit();
    mergeUnitTranslation(english, 'zh-Hans', chunk);
    expect(keyTermText(english, 0, 'zh-Hans')).toEqual({
      term: '良法',
      explanation: '文章没有给出定义。',
      background: '官方用语。',
      lang: 'zh-Hans',
    });
  });

  it('gives an untranslated term whole in English', () => {
    const { english, chunk } = translatedUnit();
    mergeUnitTranslation(english, 'zh-Hans', chunk);
    expect(keyTermText(english, 1, 'zh-Hans')).toEqual({
      term: 'legislation',
      explanation: 'Making laws.',
      lang: 'en',
    });
    expect(keyTermText(english, 0, 'en')).toEqual({
      term: 'good law',
      explanation: 'The article does not define it.',
      background: 'A phrase of official usage.',
      lang: 'en',
    });
  });
});
