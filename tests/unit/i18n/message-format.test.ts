// @vitest-environment node
/**
 * Lectern's message formatter against intl-messageformat, the library svelte-i18n would use:
 * every message of every locale reads the same for counts small and large and for every select
 * option, a value left out is refused by both, and formatting needs neither
 * `supportedLocalesOf` nor, for small counts, an `Intl.NumberFormat`.
 */
import { parse } from '@formatjs/icu-messageformat-parser/lib/index.js';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser/lib/types.js';
import { IntlMessageFormat as LibraryMessageFormat } from 'intl-messageformat/lib/src/core.js';
import { describe, expect, it, vi } from 'vitest';
import { IntlMessageFormat } from '../../../src/lib/i18n/message-format';
import { chinese as zhHans, english as en, uyghur as ug } from '../../english';

const locales: Record<string, Record<string, string>> = { en, 'zh-Hans': zhHans, ug };
const counts = [0, 1, 2, 3, 5, 11, 16, 21, 100, 999, 1000, 1234, 10_000];

/** Every argument of a message, and for each select the option keys it offers. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, string[]>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument) {
      found.set(element.value, found.get(element.value) ?? []);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.set(
        element.value,
        element.type === TYPE.select ? Object.keys(element.options) : ['#plural'],
      );
      for (const option of Object.values(element.options)) {
        argumentsOf(option.value, found);
      }
    }
  }
  return found;
}

/** Value sets that, between them, reach every count and every select option of a message. */
function valueSets(message: string): Record<string, unknown>[] {
  const args = argumentsOf(parse(message));
  const rounds = Math.max(counts.length, ...[...args.values()].map((keys) => keys.length + 1));
  return Array.from({ length: rounds }, (_, round) =>
    Object.fromEntries(
      [...args].map(([name, keys]) => {
        if (keys[0] === '#plural') {
          return [name, counts[round % counts.length]];
        }
        // Each option in turn, then one no option names (the `other` branch).
        return [name, keys.length > 0 ? (keys[round] ?? 'none of these') : `‹${name} ${round}›`];
      }),
    ),
  );
}

describe.each(Object.entries(locales))('%s messages', (code, messages) => {
  it.each(Object.entries(messages))('%s reads as intl-messageformat writes it', (_key, message) => {
    for (const values of valueSets(message)) {
      const expected = new LibraryMessageFormat(message, code).format(values);
      expect(new IntlMessageFormat(message, code).format(values), JSON.stringify(values)).toBe(
        expected,
      );
    }
  });
});

describe('IntlMessageFormat', () => {
  it('writes arguments as the library does: text, numbers, and nothing for empty values', () => {
    const message = '[{a}|{b}|{c}|{d}|{e}]';
    const values = { a: 'text', b: 0, c: 12.5, d: null, e: false };
    expect(new IntlMessageFormat(message, 'en').format(values)).toBe(
      new LibraryMessageFormat(message, 'en').format(values),
    );
  });

  it('applies a plural offset to the category and to #, as the library does', () => {
    const message =
      '{n, plural, offset:1 =0 {none} =1 {just you} one {you and # other} other {you and # others}}';
    for (const n of [0, 1, 2, 3, 10]) {
      expect(new IntlMessageFormat(message, 'en').format({ n })).toBe(
        new LibraryMessageFormat(message, 'en').format({ n }),
      );
    }
  });

  it('refuses a message whose value is left out, as the library does', () => {
    const message = 'Best score: {score}';
    expect(() => new LibraryMessageFormat(message, 'en').format({})).toThrow();
    expect(() => new IntlMessageFormat(message, 'en').format({})).toThrow('no value for "score"');
  });

  it('formats a small count without loading locale data through Intl.NumberFormat', () => {
    const Real = Intl.NumberFormat;
    const supported = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    const construct = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
      locales?: string | string[],
      options?: Intl.NumberFormatOptions,
    ) {
      return new Real(locales, options);
    } as typeof Intl.NumberFormat);

    expect(IntlMessageFormat.resolveLocale('ug').toString()).toBe('ug');
    const message = new IntlMessageFormat(ug['units.questions']!, 'ug');
    expect(message.format({ count: 16 })).toContain('16');
    expect(supported).not.toHaveBeenCalled();
    expect(construct).not.toHaveBeenCalled();
  });

  it('refuses a malformed locale, which svelte-i18n then reports', () => {
    expect(() => IntlMessageFormat.resolveLocale('not a locale')).toThrow(RangeError);
  });
});
