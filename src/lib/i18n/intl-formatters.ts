/**
 * The Intl formatters behind every number, date and plural Lectern shows, made once per language
 * and options, and a shortcut that keeps Intl's slow start off the way to the first screen.
 *
 * Building the first `Intl.NumberFormat` or `Intl.DateTimeFormat` in a page loads ICU's locale
 * data: about 150 ms on a phone-speed CPU (Chromium with a 4× slowdown), before the units list or
 * the first question can show. Those screens only count things ("16 questions", "Question 1 of
 * 16", "6%"), and in the locales Lectern ships such small whole numbers read exactly as their
 * plain digits, so they are written without Intl; anything else (fractions, grouping, other
 * locales, other styles) goes to Intl. tests/unit/i18n/intl-formatters.test.ts holds the
 * shortcut equal to Intl for every shipped locale.
 */

/** What Lectern asks of a number formatter; `Intl.NumberFormat` is one. */
export interface NumberFormatter {
  format(value: number): string;
}

/**
 * Locales whose numbers are Latin digits, ungrouped below 1,000, with the percent sign after
 * them: en `16`, `6%`; zh-Hans `16`, `6%`; ug `16`, `6%`.
 */
export const PLAIN_NUMBER_LOCALES: ReadonlySet<string> = new Set(['en', 'zh-Hans', 'ug']);

/** Whole numbers from 0 up to, not including, this need no grouping separator. */
const PLAIN_LIMIT = 1000;

/**
 * `value` as Intl would write it in a plain-number locale, or undefined when only Intl knows.
 * Handled: whole numbers (no style or `decimal`) and whole percentages (`percent` with no
 * fraction digits); every other option goes to Intl.
 */
export function plainNumber(value: number, options: Intl.NumberFormatOptions): string | undefined {
  const { style = 'decimal', maximumFractionDigits, ...others } = options;
  if (Object.keys(others).length > 0 || !(value >= 0)) {
    return undefined;
  }
  if (style === 'decimal') {
    return Number.isInteger(value) && value < PLAIN_LIMIT ? String(value) : undefined;
  }
  if (style === 'percent' && (maximumFractionDigits ?? 0) === 0) {
    // Intl rounds the decimal value half away from zero: 0.285 is 29%, though 0.285 * 100 is
    // 28.499999999999996 in binary. Twelve significant digits undo that error before rounding.
    const percent = Math.round(Number((value * 100).toPrecision(12)));
    return percent < PLAIN_LIMIT ? `${percent}%` : undefined;
  }
  return undefined;
}

class PlainFirstNumberFormat implements NumberFormatter {
  #intl: Intl.NumberFormat | undefined;

  constructor(
    private readonly lang: string,
    private readonly options: Intl.NumberFormatOptions,
  ) {}

  format(value: number): string {
    const plain = PLAIN_NUMBER_LOCALES.has(this.lang)
      ? plainNumber(value, this.options)
      : undefined;
    return plain ?? (this.#intl ??= new Intl.NumberFormat(this.lang, this.options)).format(value);
  }
}

// Building a formatter costs far more than using one (the progress screen formats hundreds of
// dates), so each is made once per language and options.
const cache = new Map<string, NumberFormatter | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends NumberFormatter | Intl.DateTimeFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(
  lang: string,
  options: Intl.NumberFormatOptions = {},
): NumberFormatter {
  return cached(
    `n|${lang}|${JSON.stringify(options)}`,
    () => new PlainFirstNumberFormat(lang, options),
  );
}

export function dateFormat(
  lang: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return cached(
    `d|${lang}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(lang, options),
  );
}

export function pluralRules(lang: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached(`p|${lang}|${JSON.stringify(options)}`, () => new Intl.PluralRules(lang, options));
}
