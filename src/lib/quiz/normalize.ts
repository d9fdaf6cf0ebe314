/**
 * Folding for typed answers, one fold per script, so a fill-in answer counts whatever a learner's
 * keyboard or input method did to it. The fold is chosen by the script of the accepted answer
 * (`normalizerFor`): English keeps its fold exactly; Chinese and Uyghur answers get their own. Each
 * fold removes only differences that never change which word was meant.
 */

/** English (and any text that is neither Chinese nor Uyghur). */
export function normalizeTyped(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[-\u2010-\u2015\u2212]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.。!！]+$/u, '')
    .trim()
    .toLocaleLowerCase('en');
}

/**
 * CJK punctuation that NFKC leaves alone, mapped to the half-width sign it stands for, so 。 and
 * . or 、 and , count the same. Full-width ASCII forms (，：；？！（）) are NFKC's job.
 */
const CJK_PUNCTUATION: Readonly<Record<string, string>> = {
  '\u3002': '.', // 。
  '\uff61': '.', // ｡ half-width ideographic full stop
  '\u3001': ',', // 、
  '\uff64': ',', // ､
  '\u300c': '"', // 「
  '\u300d': '"', // 」
  '\u300e': '"', // 『
  '\u300f': '"', // 』
  '\u30fb': '\u00b7', // ・ katakana middle dot, typed in names such as 肖开提·依明
  '\u2027': '\u00b7', // ‧
  '\u2022': '\u00b7', // •
  '\u2026': '...', // …
};

/** Chinese: spaces never separate words, and full- and half-width punctuation are one sign. */
export function normalizeChinese(text: string): string {
  return [...normalizeTyped(text)]
    .map((char) => CJK_PUNCTUATION[char] ?? char)
    .join('')
    .replace(/\s+/g, '')
    .replace(/[.!]+$/u, '');
}

/** Arabic Presentation Forms-A and -B: positional glyphs that some editors store as letters. */
const PRESENTATION_FORM = /[\ufb50-\ufdff\ufe70-\ufefe]/gu;
/** Joiners, non-joiners, zero-width space, word joiner, BOM, direction marks and tatweel (ـ). */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u061c\u0640]/gu;

/**
 * Letters that Uyghur text commonly carries in a wrong but look-alike form, mapped to the one
 * Uyghur uses: Arabic or Persian yeh for Uyghur i (ى), Persian keheh for kaf (ك), and the three
 * h/e letters that Arabic keyboards confuse (ه, ھ, ە) to one, since a learner cannot see which of
 * them an input method produced. Eastern Arabic digits become ASCII digits.
 */
const UYGHUR_VARIANTS: Readonly<Record<string, string>> = {
  '\u064a': '\u0649', // ي Arabic yeh → ى
  '\u06cc': '\u0649', // ی Persian yeh → ى
  '\u06a9': '\u0643', // ک keheh → ك
  '\u0647': '\u06d5', // ه Arabic heh → ە
  '\u06be': '\u06d5', // ھ heh doachashmee → ە (same key as above)
  '\u060c': ',', // ، Arabic comma
  '\u061b': ';', // ؛ Arabic semicolon
  '\u061f': '?', // ؟ Arabic question mark
  '\u06d4': '.', // ۔ Urdu full stop
};

function arabicDigit(char: string): string | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x0660 && code <= 0x0669) {
    return String(code - 0x0660);
  }
  if (code >= 0x06f0 && code <= 0x06f9) {
    return String(code - 0x06f0);
  }
  return undefined;
}

/** Uyghur in Arabic script: the same letters, however the keyboard or editor encoded them. */
export function normalizeUyghur(text: string): string {
  const letters = text
    .replace(PRESENTATION_FORM, (char) => char.normalize('NFKC'))
    .normalize('NFC')
    .replace(INVISIBLE, '');
  const folded = [...letters]
    .map((char) => UYGHUR_VARIANTS[char] ?? arabicDigit(char) ?? char)
    .join('');
  // The rest is the English fold: white space, quotes, dashes, a closing full stop.
  return normalizeTyped(folded);
}

const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;

export type AnswerScript = 'chinese' | 'uyghur' | 'english';

/** Any Han character makes an answer Chinese; any Arabic-script letter makes it Uyghur. */
export function answerScript(text: string): AnswerScript {
  if (HAN.test(text)) {
    return 'chinese';
  }
  return ARABIC.test(text) ? 'uyghur' : 'english';
}

const NORMALIZERS: Readonly<Record<AnswerScript, (text: string) => string>> = {
  chinese: normalizeChinese,
  uyghur: normalizeUyghur,
  english: normalizeTyped,
};

/** The fold for answers compared with `accepted`, chosen by the accepted answer's script. */
export function normalizerFor(accepted: string): (text: string) => string {
  return NORMALIZERS[answerScript(accepted)];
}
