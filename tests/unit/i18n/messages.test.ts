// @vitest-environment node
/**
 * The interface's messages. English is the reference: every English message is valid ICU, and
 * every translation has exactly the English keys and, for each key, the English placeholders
 * (names, plural or select, and a select's options), so a translation that drops or renames one
 * fails here. The small ICU parser the app ships reads every message exactly as the full parser.
 */
import { parse as fullParse } from '@formatjs/icu-messageformat-parser/lib/index.js';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser/lib/types.js';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/lib/content/types';
import { parse as subsetParse } from '../../../src/lib/i18n/icu-subset-parser';
import { DEFAULT_LOCALE } from '../../../src/lib/i18n/locales';
import { chinese as zhHans, english as en, uyghur as ug } from '../../english';

/** Every locale but English, each checked against English. */
const translations: Record<string, Record<string, string>> = { 'zh-Hans': zhHans, ug };

/**
 * Every argument a message uses, and how: `name`, `name:plural`, or `name:select(a|b|other)`.
 * A select's options belong to its contract (the code passes those values); a plural's
 * categories do not (Chinese needs only `other` where English has `one` and `other`).
 */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) {
      found.add(element.value);
    } else if (element.type === TYPE.plural) {
      found.add(`${element.value}:plural`);
    } else if (element.type === TYPE.select) {
      found.add(`${element.value}:select(${Object.keys(element.options).sort().join('|')})`);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) {
        placeholders(option.value, found);
      }
    }
  }
  return found;
}

const sorted = (set: Set<string>) => [...set].sort();

describe('the English messages', () => {
  it.each(Object.entries(en))('%s is a non-empty, valid ICU message', (_key, message) => {
    expect(message.trim()).not.toBe('');
    expect(() => fullParse(message)).not.toThrow();
  });

  it('parses every message with the shipped parser exactly as with the full one', () => {
    for (const [key, message] of Object.entries(en)) {
      expect(subsetParse(message), key).toEqual(fullParse(message));
    }
  });
});

describe('the translations', () => {
  it('are every interface language but English', () => {
    expect(Object.keys(translations).sort()).toEqual(
      LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE).sort(),
    );
  });
});

describe.each(Object.entries(translations))('%s messages', (code, messages) => {
  it('has exactly the keys of the English messages', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s is valid ICU with the English placeholders', (key) => {
    const message = messages[key] ?? '';
    expect(message.trim(), 'an empty or missing message').not.toBe('');
    expect(sorted(placeholders(fullParse(message)))).toEqual(
      sorted(placeholders(fullParse(en[key]!))),
    );
  });

  it('parses every message with the shipped parser exactly as with the full one', () => {
    for (const [key, message] of Object.entries(messages)) {
      expect(subsetParse(message), `${code} ${key}`).toEqual(fullParse(message));
    }
  });
});

describe('the shipped ICU parser', () => {
  it.each([
    ['plain text', 'Hello'],
    ['an argument', 'Hello {name}!'],
    ['a plural with =0, one, other and #', '{n, plural, =0 {none} one {# day} other {# days}}'],
    ['a select', '{g, select, a {A} other {B}}'],
    ['an offset', '{n, plural, offset:1 one {x} other {y #}}'],
    ['escaped apostrophes and braces', "It''s '{literal}' and the article's words"],
    ['a quoted # in a plural', "{n, plural, other {'#' #}}"],
    ['nested arguments', '{n, plural, other {{name} has # items}}'],
  ])('reads %s like the full parser', (_, message) => {
    expect(subsetParse(message)).toEqual(fullParse(message));
  });

  it.each([
    ['a number argument', '{n, number}'],
    ['a date argument', '{d, date, short}'],
    ['a tag', 'a <b>bold</b> word'],
    ['a plural without other', '{n, plural, one {x}}'],
    ['an unclosed argument', 'Hello {name'],
    ['a stray closing brace', 'Hello }'],
  ])('refuses %s', (_, message) => {
    expect(() => subsetParse(message)).toThrow(SyntaxError);
  });
});
