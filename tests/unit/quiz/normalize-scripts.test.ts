// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { grade } from '../../../src/lib/quiz/grade';
import {
  answerScript,
  normalizeChinese,
  normalizeUyghur,
  normalizeTyped,
} from '../../../src/lib/quiz/normalize';
import { fillQuestion } from '../../factories';

/** Whether `typed` is accepted where the keys are `keys`: the comparison a learner meets. */
function accepted(keys: string | string[], typed: string): boolean {
  const answers = Array.isArray(keys) ? keys : [keys];
  return grade(fillQuestion({ answers }), { type: 'fill', text: typed }).correct;
}

describe('answerScript', () => {
  it.each([
    ['人民代表大会', 'chinese'],
    ['NPC常委会', 'chinese'],
    ['خەلق قۇرۇلتىيى', 'uyghur'],
    ["people's congress", 'english'],
    ['14', 'english'],
  ])('reads %j as %s', (text, script) => {
    expect(answerScript(text)).toBe(script);
  });
});

describe('Chinese answers', () => {
  it('ignores spaces anywhere, including ideographic ones', () => {
    expect(accepted('人民代表大会', '人民 代表\u3000大会')).toBe(true);
    expect(normalizeChinese(' 两个 确立 ')).toBe('两个确立');
  });

  it.each([
    ['，', ','],
    ['：', ':'],
    ['；', ';'],
    ['（）', '()'],
    ['、', ','],
  ])('treats full-width %s and half-width %s alike', (full, half) => {
    expect(normalizeChinese(`法治${full}立法`)).toBe(normalizeChinese(`法治${half}立法`));
  });

  it('treats Chinese and straight quotes alike', () => {
    expect(accepted('“两个维护”', '"两个维护"')).toBe(true);
    expect(accepted('“两个维护”', '「两个维护」')).toBe(true);
  });

  it('treats the middle dots of transcribed names alike', () => {
    expect(accepted('肖开提·依明', '肖开提・依明')).toBe(true);
  });

  it('ignores a closing full stop in either width', () => {
    expect(accepted('依法治疆', '依法治疆。')).toBe(true);
    expect(accepted('依法治疆', '依法治疆.')).toBe(true);
  });

  it('still tells different characters apart', () => {
    expect(accepted('人民代表大会', '人民代表会议')).toBe(false);
    expect(accepted('四个意识', '四个自信')).toBe(false);
  });

  it('does not accept an empty answer', () => {
    expect(accepted('人民代表大会', ' \u3000 ')).toBe(false);
  });
});

describe('Uyghur answers', () => {
  const congress = 'خەلق قۇرۇلتىيى';

  it('composes decomposed letters (NFC)', () => {
    // ئ written as yeh + hamza above, as some keyboards produce it.
    expect(accepted('ئاساسىي قانۇن', '\u064a\u0654اساسىي قانۇن')).toBe(true);
  });

  it('reads Arabic presentation forms as the letters they show', () => {
    // خ ە ل ق in their positional glyphs (Presentation Forms-B), as copied from a PDF.
    const glyphs = '\ufea7\u06d5\ufedf\ufed6';
    expect(normalizeUyghur(glyphs)).toBe(normalizeUyghur('خەلق'));
    // The lam-alef ligature is two letters.
    expect(normalizeUyghur('\ufefb')).toBe(normalizeUyghur('لا'));
  });

  it('ignores zero-width joiners and non-joiners, direction marks and tatweel', () => {
    expect(accepted(congress, 'خە\u200dلق قۇ\u200cرۇلتىيى')).toBe(true);
    expect(accepted(congress, '\u200fخەلق قۇرۇلـتىيى\u200f')).toBe(true);
  });

  it('treats Arabic and Persian yeh as Uyghur ى', () => {
    expect(accepted('مىللەتلەر ئىتتىپاقلىقى', 'مييللەتلەر ئىتتىپاقلىقى')).toBe(false);
    expect(accepted('مىللەتلەر ئىتتىپاقلىقى', 'ميللەتلەر ئيتتيپاقليقي')).toBe(true);
    expect(accepted('مىللەتلەر ئىتتىپاقلىقى', 'میللەتلەر ئیتتیپاقلیقی')).toBe(true);
  });

  it('treats keheh ک as kaf ك', () => {
    expect(accepted('دائىمىي كومىتېت', 'دائىمىي کومىتېت')).toBe(true);
  });

  it('treats ه, ھ and ە alike', () => {
    expect(accepted('ھوقۇق', 'هوقۇق')).toBe(true);
    expect(accepted(congress, 'خهلق قۇرۇلتىيى')).toBe(true);
  });

  it('reads Arabic-Indic digits as digits', () => {
    expect(accepted('8-بەش يىللىق', '٨-بەش يىللىق')).toBe(true);
    expect(accepted('8-بەش يىللىق', '۸-بەش يىللىق')).toBe(true);
  });

  it('folds white space and drops a closing full stop, as English does', () => {
    expect(accepted(congress, '  خەلق   قۇرۇلتىيى۔ ')).toBe(true);
  });

  it('still tells different letters apart', () => {
    expect(accepted('تۆت ئاڭ', 'تۆت ئىشەنچ')).toBe(false);
    // ۇ and ۈ are different vowels.
    expect(accepted('ئۆز', 'ئۇز')).toBe(false);
  });
});

describe('per-script folds leave English alone', () => {
  it('grades an English key with the English fold only', () => {
    expect(accepted('rule of law', 'ruleof law')).toBe(false);
    expect(accepted('rule of law', 'Rule of law.')).toBe(true);
  });

  it('accepts an answer in any language the question lists', () => {
    const keys = ['rule of law', '法治', 'قانۇن بىلەن ئىدارە قىلىش'];
    expect(accepted(keys, 'Rule of Law')).toBe(true);
    expect(accepted(keys, ' 法 治 ')).toBe(true);
    expect(accepted(keys, 'قانۇن بىلەن ئىدارە قىلىش')).toBe(true);
    expect(accepted(keys, 'law')).toBe(false);
  });

  it('keeps the English fold as it was', () => {
    expect(normalizeTyped('  The \u201cPeople\u2019s\u201d   Congress.')).toBe(
      'the "people\'s" congress',
    );
  });
});
