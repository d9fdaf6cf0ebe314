// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/lib/content/compile';
import { foldText } from '../../../src/lib/content/fold';
import { formatReport, quoteCovers, splitSentences } from '../../../src/lib/content/report';
import { removeWrittenCourses, writeUnitCourse } from './fixture';

afterEach(removeWrittenCourses);

describe('foldText', () => {
  it('folds white space runs and typographic quotes, and nothing else', () => {
    expect(foldText('the  Party’s\n “two  establishments”')).toBe(
      'the Party\'s "two establishments"',
    );
    expect(foldText('Law-based — Legislation')).toBe('Law-based — Legislation');
  });
});

describe('splitSentences', () => {
  it('splits after . ; ? or ! followed by a space or the end', () => {
    expect(splitSentences('First plan; then draft. Why? Done!')).toEqual([
      'First plan;',
      'then draft.',
      'Why?',
      'Done!',
    ]);
  });

  it('keeps a full stop without a following space inside the sentence', () => {
    expect(splitSentences('the founding of China.Photo courtesy of the Committee')).toHaveLength(1);
  });
});

describe('quoteCovers', () => {
  const sentence = 'Good law is the premise of good governance.';

  it('counts a quote inside the sentence, or the sentence inside the quote', () => {
    expect(quoteCovers('premise of good governance', sentence)).toBe(true);
    expect(quoteCovers(`Law first. ${sentence} More.`, sentence)).toBe(true);
  });

  it('counts a shared run of 40 characters, not less', () => {
    const across = 'Good law is the premise of good governance and of much else';
    expect(quoteCovers(across, sentence)).toBe(true);
    expect(quoteCovers('Good law is the premise of bad things', sentence)).toBe(false);
  });
});

describe('the report', () => {
  it('counts questions by type and the quoted share of each section', () => {
    const { report } = compileCourse(writeUnitCourse(), { courseRules: false });
    expect(report.unitCount).toBe(1);
    expect(report.questionsByType).toEqual({
      single: 1,
      multiple: 1,
      truefalse: 1,
      fill: 1,
      ordering: 1,
      matching: 1,
    });
    // Headline, three s3-p1 sentences split at ". " and "; ", and s3-p2: the quotes reach s3-p1.
    expect(report.sections).toEqual([
      {
        id: 'legislation',
        order: 1,
        questions: 6,
        sentences: 7,
        quotedSentences: 5,
        share: 5 / 7,
      },
    ]);
  });

  it('reads as a table', () => {
    const { report } = compileCourse(writeUnitCourse(), { courseRules: false });
    const text = formatReport(report);
    expect(text).toContain('1 unit, 6 questions');
    expect(text).toMatch(/matching\s+1/);
    expect(text).toMatch(/1\s+legislation\s+6\s+5\/7\s+71%/);
  });
});
