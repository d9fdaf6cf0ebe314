// @vitest-environment node
/**
 * The interface's messages: every locale has exactly the English keys, every message is valid
 * ICU with the same placeholders as the English, and the small ICU parser the app ships reads
 * every message exactly as the full parser does.
 */
import { parse as fullParse } from '@formatjs/icu-messageformat-parser/lib/index.js';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser/lib/types.js';
import { describe, expect, it } from 'vitest';
import { parse as subsetParse } from '../../../src/lib/i18n/icu-subset-parser';
import ug from '../../../src/lib/i18n/locales/ug.json';
import zhHans from '../../../src/lib/i18n/locales/zh-Hans.json';
import { english as en } from '../../english';

const locales: Record<string, Record<string, string>> = { en, 'zh-Hans': zhHans, ug };

/** Every argument name a message uses, and how (plain, plural, select). */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) {
      found.add(`${element.value}`);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
      for (const option of Object.values(element.options)) {
        placeholders(option.value, found);
      }
    }
  }
  return found;
}

describe.each(Object.entries(locales))('%s messages', (code, messages) => {
  it('has exactly the keys of the English messages', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s is valid ICU with the English placeholders', (key) => {
    const message = messages[key]!;
    expect(message.trim(), 'an empty message').not.toBe('');
    const ast = fullParse(message);
    expect([...placeholders(ast)].sort()).toEqual([...placeholders(fullParse(en[key]!))].sort());
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
