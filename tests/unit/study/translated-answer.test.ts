/**
 * A fill-in typed in the learner's language: the answer step accepts the English answers and
 * those of the language the question was read in, and stores the English hash either way, so a
 * fixed translation never makes saved answers stale.
 */
import { describe, expect, it } from 'vitest';
import { acceptedAnswers, forGrading } from '../../../src/lib/quiz/accepted';
import { startAttempt } from '../../../src/lib/quiz/attempt';
import { SCHEMA_VERSION } from '../../../src/lib/study/constants';
import type { AttemptRecord } from '../../../src/lib/study/records';
import { answerStep } from '../../../src/lib/study/steps';
import { fillQuestion, singleQuestion } from '../../factories';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

function translatedFill(answers: string[] = ['治理']) {
  return {
    ...fillQuestion({
      id: 'leg-04',
      translations: { 'zh-Hans': { prompt: '良法是善___的前提。', answers } },
    }),
    hash: 'aaaaaaaaaaaa',
  };
}

function attemptOf(question: ReturnType<typeof translatedFill>): AttemptRecord {
  return {
    v: SCHEMA_VERSION,
    course: 'course-1',
    ...startAttempt('att-1', 'unit-1', [question], 1, T0),
  };
}

function answer(text: string, locale?: 'en' | 'zh-Hans' | 'ug', question = translatedFill()) {
  return answerStep(attemptOf(question), undefined, undefined, {
    question,
    answer: { type: 'fill', text },
    unitId: 'unit-1',
    locale,
    eventId: 'e1',
    now: T0 + 1000,
  });
}

describe('a fill-in answered in a translated language', () => {
  it('accepts the English answers and the current language’s, folded for its script', () => {
    expect(answer('治 理', 'zh-Hans').event?.correct).toBe(true);
    expect(answer('governance', 'zh-Hans').event?.correct).toBe(true);
    expect(answer('管理', 'zh-Hans').event?.correct).toBe(false);
  });

  it('does not accept another language’s answers', () => {
    expect(answer('治理', 'en').event?.correct).toBe(false);
    expect(answer('治理', 'ug').event?.correct).toBe(false);
    expect(answer('治理').event?.correct).toBe(false);
  });

  it('stores the English hash, whatever the translation says', () => {
    const before = answer('治理', 'zh-Hans', translatedFill(['治理']));
    const after = answer('治理', 'zh-Hans', translatedFill(['治理', '管治']));
    expect(before.event?.hash).toBe('aaaaaaaaaaaa');
    expect(after.event?.hash).toBe('aaaaaaaaaaaa');
    expect(after.attempt.answers['leg-04']?.hash).toBe('aaaaaaaaaaaa');
  });
});

describe('acceptedAnswers and forGrading', () => {
  it('widens only a fill question, and only by the given language', () => {
    const question = translatedFill(['治理']);
    expect(acceptedAnswers(question, 'zh-Hans')).toEqual(['governance', '治理']);
    expect(acceptedAnswers(question, 'en')).toEqual(['governance']);
    expect(forGrading(question, 'ug')).toBe(question);
    const single = { ...singleQuestion(), hash: 'bbbbbbbbbbbb' };
    expect(forGrading(single, 'zh-Hans')).toBe(single);
  });
});
