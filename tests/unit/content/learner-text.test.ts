import { describe, expect, it } from 'vitest';
import { learnerText } from '../../../src/lib/content/learner-text';

describe('learnerText', () => {
  it('drops bracketed paragraph ids', () => {
    expect(
      learnerText("The article reports this as Xi Jinping's call (s4-p1) and repeats it."),
    ).toBe("The article reports this as Xi Jinping's call and repeats it.");
    expect(learnerText('Both are named (s4-p2, s4-p3).')).toBe('Both are named.');
  });

  it('drops "in s3-p1" and reads any other bare id as "the article"', () => {
    expect(learnerText('The article states in s3-p1 that good law comes first.')).toBe(
      'The article states that good law comes first.',
    );
    expect(learnerText('a task for the new journey in s3-p3. It does not say')).toBe(
      'a task for the new journey. It does not say',
    );
    expect(learnerText('what s4-p1 says people need')).toBe('what the article says people need');
  });

  it('leaves text without ids alone, including look-alikes', () => {
    const plain = 'Section 3 (page 2) of the law, and the s3 series.';
    expect(learnerText(plain)).toBe(plain);
  });
});

describe('learnerText in a translation', () => {
  it('drops ids in full-width brackets and reads a bare id in the text’s language', () => {
    expect(learnerText('文章这样说（s4-p1）。', 'zh-Hans')).toBe('文章这样说。');
    expect(learnerText('见 s4-p1 所说', 'zh-Hans')).toBe('见 文章 所说');
    expect(learnerText('s4-p1 دا دېيىلگەن', 'ug')).toBe('ماقالە دا دېيىلگەن');
  });
});
