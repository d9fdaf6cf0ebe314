/**
 * The Intl formatters behind every number, date and plural Lectern shows, made once per language
 * and options, and a shortcut that keeps Intl's slow start off the way to the first screen.
 *
 * Building the first `Intl.NumberFormat`, `Intl.PluralRules` or `Intl.DateTimeFormat` in a page
 * loads ICU's locale data: about 150 ms on a phone-speed CPU (Chromium with a 4× slowdown), and
 * 17 ms of a return visit's start unthrottled, before the units list or the first question can
 * show. Those screens only count things ("16 questions", "Question 1 of 16", "6%", "2.5 hours"),
 * and in the locales Lectern ships such small numbers read exactly as their plain digits and take
 * a plural category a one-line rule gives, so they are written without Intl; anything else
 * (grouping, rounding, negative numbers, other locales, other styles, ordinals) goes to Intl.
 * tests/unit/i18n/intl-formatters.test.ts holds both shortcuts equal to Intl for every shipped
 * locale.
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

/** Intl's default for a decimal number: at most three fraction digits. */
const DEFAULT_FRACTION_DIGITS = 3;

/**
 * `value` as Intl would write it in a plain-number locale, or undefined when only Intl knows.
 * Handled: numbers whose shortest form has no more fraction digits than allowed (no style or
 * `decimal`), which Intl writes as that form, since rounding a double to at least its shortest
 * form's digits gives that form back; and whole percentages (`percent` with no fraction digits).
 * Every other option, and any number Intl would round, goes to Intl.
 */
export function plainNumber(value: number, options: Intl.NumberFormatOptions): string | undefined {
  const { style = 'decimal', maximumFractionDigits, ...others } = options;
  // Intl writes minus zero with its sign.
  if (Object.keys(others).length > 0 || !(value >= 0) || Object.is(value, -0)) {
    return undefined;
  }
  if (style === 'decimal') {
    // Plain digits only: String() writes large and tiny numbers with an exponent.
    const shortest = /^\d+(?:\.(\d+))?$/.exec(String(value));
    const fractionDigits = shortest?.[1]?.length ?? 0;
    const fits =
      shortest !== null &&
      value < PLAIN_LIMIT &&
      fractionDigits <= (maximumFractionDigits ?? DEFAULT_FRACTION_DIGITS);
    return fits ? shortest[0] : undefined;
  }
  if (style === 'percent' && (maximumFractionDigits ?? 0) === 0) {
    // Intl rounds the decimal value half away from zero: 0.285 is 29%, though 0.285 * 100 is
    // 28.499999999999996 in binary. Twelve significant digits undo that error before rounding.
    const percent = Math.round(Number((value * 100).toPrecision(12)));
    return percent < PLAIN_LIMIT ? `${percent}%` : undefined;
  }
  return undefined;
}

/**
 * Answers `value` with `plain` where the shortcut knows, else with Intl's object, which `build`
 * makes the first time it is needed and never before.
 */
function plainFirst<Built, Answer>(
  plain: (value: number) => Answer | undefined,
  build: () => Built,
  ask: (built: Built, value: number) => Answer,
): (value: number) => Answer {
  let built: Built | undefined;
  return (value) => plain(value) ?? ask((built ??= build()), value);
}

/** What Lectern asks of plural rules; `Intl.PluralRules` is one. */
export interface PluralSelector {
  select(value: number): string;
}

/**
 * The cardinal plural category of a plainly written number, in the locales Lectern ships (CLDR:
 * English `one` is 1 written without fraction digits, which is every JS number equal to 1;
 * Uyghur `one` is n = 1; Chinese has `other` only).
 */
const PLAIN_CARDINALS: Readonly<Record<string, (value: number) => string>> = {
  en: (value) => (value === 1 ? 'one' : 'other'),
  ug: (value) => (value === 1 ? 'one' : 'other'),
  'zh-Hans': () => 'other',
};

/** The category `value` takes in `lang` without Intl, or undefined when only Intl knows. */
export function plainPluralCategory(
  lang: string,
  value: number,
  options: Intl.PluralRulesOptions,
): string | undefined {
  const rule = PLAIN_CARDINALS[lang];
  const { type = 'cardinal', ...others } = options;
  if (!rule || type !== 'cardinal' || Object.keys(others).length > 0) {
    return undefined;
  }
  // Intl first rounds to its default three fraction digits (1.0002 is `one` in English): only a
  // number plainly written as it is, with no rounding, takes the rule.
  return plainNumber(value, {}) === undefined ? undefined : rule(value);
}

// Building a formatter costs far more than using one (the progress screen formats hundreds of
// dates), so each is made once per language and options.
const cache = new Map<string, NumberFormatter | Intl.DateTimeFormat | PluralSelector>();

function cached<T extends NumberFormatter | Intl.DateTimeFormat | PluralSelector>(
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
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => ({
    format: plainFirst(
      (value) => (PLAIN_NUMBER_LOCALES.has(lang) ? plainNumber(value, options) : undefined),
      () => new Intl.NumberFormat(lang, options),
      (intl, value) => intl.format(value),
    ),
  }));
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

export function pluralRules(lang: string, options: Intl.PluralRulesOptions = {}): PluralSelector {
  return cached(`p|${lang}|${JSON.stringify(options)}`, () => ({
    select: plainFirst(
      (value) => plainPluralCategory(lang, value, options),
      () => new Intl.PluralRules(lang, options),
      (intl, value) => intl.select(value),
    ),
  }));
}
