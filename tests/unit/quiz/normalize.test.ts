// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { grade } from '../../../src/lib/quiz/grade';
import { normalizeTyped } from '../../../src/lib/quiz/normalize';
import { fillQuestion } from '../../factories';

/** Whether `typed` is accepted where the key is `key`: the comparison a learner meets. */
function accepted(key: string, typed: string): boolean {
  return grade(fillQuestion({ answers: [key] }), { type: 'fill', text: typed }).correct;
}

describe('fill answers: what does not matter', () => {
  it('ignores case', () => {
    expect(accepted('rule of law', 'Rule Of LAW')).toBe(true);
    expect(accepted('NPC', 'npc')).toBe(true);
  });

  it('ignores white space around the answer', () => {
    expect(accepted('governance', '  governance\t\n')).toBe(true);
  });

  it('folds runs of white space inside the answer to one space', () => {
    expect(accepted('rule of law', 'rule   of\tlaw')).toBe(true);
    expect(accepted('rule of law', 'rule\u00a0of\u3000law')).toBe(true);
  });

  it('treats curly and straight single quotes alike', () => {
    expect(accepted("people's congress", 'people\u2019s congress')).toBe(true);
    expect(accepted('people\u2019s congress', "people's congress")).toBe(true);
  });

  it('treats curly, straight and angle double quotes alike', () => {
    expect(accepted('"two safeguards"', '\u201ctwo safeguards\u201d')).toBe(true);
    expect(accepted('"two safeguards"', '«two safeguards»')).toBe(true);
  });

  it.each([
    ['en dash', '\u2013'],
    ['em dash', '\u2014'],
    ['hyphen', '\u2010'],
    ['minus sign', '\u2212'],
    ['full-width hyphen-minus', '\uff0d'],
  ])('treats a %s as a plain hyphen', (_name, dash) => {
    expect(accepted('grass-roots', `grass${dash}roots`)).toBe(true);
  });

  it.each(['rule-of-law', 'rule of law', 'Rule of Law', 'Rule-Of-Law', 'rule - of - law'])(
    'accepts %j where the key is "rule of law", and the other way round',
    (typed) => {
      expect(accepted('rule of law', typed)).toBe(true);
      expect(accepted(typed, 'rule of law')).toBe(true);
    },
  );

  it('treats a hyphen in the key as a space too', () => {
    expect(accepted('follow-up', 'follow up')).toBe(true);
    expect(accepted('Eighth Five-Year', 'eighth five year')).toBe(true);
  });

  it('reads full-width letters and digits as their ordinary forms', () => {
    expect(accepted('NPC', '\uff2e\uff30\uff23')).toBe(true);
    expect(accepted('14th', '\uff11\uff14th')).toBe(true);
  });

  it.each(['governance.', 'governance...', 'governance!', 'governance\u3002', 'governance .'])(
    'ignores the closing punctuation in %j',
    (typed) => {
      expect(accepted('governance', typed)).toBe(true);
    },
  );

  it('ignores a full stop in the key as well as in the answer', () => {
    expect(accepted('Good governance.', 'good governance')).toBe(true);
  });
});

describe('fill answers: what still matters', () => {
  it('does not join words that were written apart', () => {
    expect(accepted('rule of law', 'ruleof law')).toBe(false);
  });

  it('does not drop a hyphen: it still separates words', () => {
    expect(accepted('follow-up', 'followup')).toBe(false);
  });

  it('keeps a full stop inside the answer', () => {
    expect(accepted('no. 1', 'no 1')).toBe(false);
  });

  it('does not drop a question mark', () => {
    expect(accepted('governance', 'governance?')).toBe(false);
  });
});

describe('normalizeTyped', () => {
  it('folds a messy answer to one plain form', () => {
    expect(normalizeTyped('  The \u201cPeople\u2019s\u201d   Congress\u2014Today.  ')).toBe(
      'the "people\'s" congress today',
    );
  });

  it('folds white space only to the empty string', () => {
    expect(normalizeTyped(' \t\n ')).toBe('');
  });
});
