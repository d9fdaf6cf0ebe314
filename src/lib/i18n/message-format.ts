/**
 * The message formatter svelte-i18n uses: vite.config.ts resolves its `intl-messageformat` import
 * to this file. It formats what `icu-subset-parser.ts` reads (text, `{name}`, `plural` with `=n`,
 * categories, `#` and `offset:`, and `select`), which is everything Lectern's messages use, and
 * writes them as intl-messageformat does; tests/unit/i18n/message-format.test.ts holds every
 * message of every locale to the library's output.
 *
 * Why not the library: with its helpers it cost the first screen's script 2 KB more (gzip) for
 * features Lectern does not use, and it checks every message's locale with
 * `Intl.NumberFormat.supportedLocalesOf`, which loads ICU's locale data (see
 * `intl-formatters.ts`) before the first screen can show.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser/lib/types.js';
import { parse } from './icu-subset-parser';
import { numberFormat, pluralRules } from './intl-formatters';
import { DEFAULT_LOCALE } from './locales';

type Values = Record<string, unknown>;

function firstLocale(locales: Intl.LocalesArgument): string {
  const first =
    typeof locales === 'string' || locales instanceof Intl.Locale ? locales : locales?.[0];
  return first?.toString() ?? DEFAULT_LOCALE;
}

/** A value the message needs and was not given, or one no option of a plural or select fits. */
class MessageValueError extends Error {
  override name = 'MessageValueError';
}

/** An argument's text, as intl-messageformat writes strings, numbers and empty values. */
function argumentText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') {
    return String(value);
  }
  return value ? String(value) : '';
}

function formatElements(
  elements: readonly MessageFormatElement[],
  locale: string,
  values: Values,
  pluralValue: number | undefined,
): string {
  let text = '';
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      text += element.value;
      continue;
    }
    if (element.type === TYPE.pound) {
      text += pluralValue === undefined ? '' : numberFormat(locale).format(pluralValue);
      continue;
    }
    if (
      element.type !== TYPE.argument &&
      element.type !== TYPE.plural &&
      element.type !== TYPE.select
    ) {
      throw new MessageValueError(`unsupported message element of type ${element.type}`);
    }
    if (!(element.value in values)) {
      throw new MessageValueError(`no value for "${element.value}"`);
    }
    const value = values[element.value];
    if (element.type === TYPE.argument) {
      text += argumentText(value);
    } else if (element.type === TYPE.select) {
      const option = element.options[String(value)] ?? element.options.other;
      if (!option) {
        throw new MessageValueError(`no option of "${element.value}" fits "${String(value)}"`);
      }
      text += formatElements(option.value, locale, values, undefined);
    } else {
      const count = Number(value) - element.offset;
      const option =
        element.options[`=${String(value)}`] ??
        element.options[pluralRules(locale, { type: element.pluralType }).select(count)] ??
        element.options.other;
      if (!option) {
        throw new MessageValueError(`no option of "${element.value}" fits ${String(value)}`);
      }
      text += formatElements(option.value, locale, values, count);
    }
  }
  return text;
}

/** The part of intl-messageformat's class that svelte-i18n calls. */
export class IntlMessageFormat {
  /**
   * svelte-i18n asks this whether its initial locale is valid. Lectern only passes locales it
   * ships, so the tag is taken as given: `Intl.Locale` throws on a malformed one.
   */
  static resolveLocale(locales: Intl.LocalesArgument): Intl.Locale {
    return new Intl.Locale(firstLocale(locales));
  }

  readonly #elements: MessageFormatElement[];
  readonly #locale: string;

  /** `formats` and `options` (svelte-i18n's `ignoreTag`) do not apply to the subset. */
  constructor(
    message: string,
    locales?: Intl.LocalesArgument,
    _formats?: unknown,
    _options?: unknown,
  ) {
    this.#locale = firstLocale(locales);
    this.#elements = parse(message);
  }

  format(values: Values = {}): string {
    return formatElements(this.#elements, this.#locale, values, undefined);
  }
}

export default IntlMessageFormat;
