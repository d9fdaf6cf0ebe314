// @vitest-environment node
/**
 * The number and plural shortcuts: in every locale they cover, small numbers, whole percentages
 * and cardinal plural categories come out exactly as Intl gives them, without building an Intl
 * object; everything else is Intl's.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  numberFormat,
  PLAIN_NUMBER_LOCALES,
  plainNumber,
  plainPluralCategory,
  pluralRules,
} from '../../../src/lib/i18n/intl-formatters';
import { LOCALES } from '../../../src/lib/i18n/locales';

const wholeNumbers = Array.from({ length: 1200 }, (_, i) => i);
/** Fractions with up to four digits (Intl rounds the fourth away by default), and the rest. */
const fractions = Array.from({ length: 2000 }, (_, i) => i / 8 + 0.0001 * (i % 3));
const otherNumbers = [
  0.5,
  1.25,
  2.005,
  999.999,
  999.9995,
  1000,
  12345.5,
  -1,
  -0.5,
  -0,
  0.1 + 0.2,
  1e-7,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];
/** Every ratio a quiz of up to 120 questions can show, and some that round at .5. */
const ratios = [
  ...Array.from({ length: 120 }, (_, n) => n + 1).flatMap((n) =>
    Array.from({ length: n + 1 }, (_, k) => k / n),
  ),
  0.285,
  0.005,
  0.125,
  0.995,
  9.995,
  10.5,
];

/** Spies on an Intl constructor, which still builds the real object, to count what is built. */
function countBuilds(name: 'NumberFormat' | 'PluralRules') {
  const Real = Intl[name] as new (...args: unknown[]) => object;
  return vi.spyOn(Intl, name).mockImplementation(function (...args: unknown[]) {
    return new Real(...args);
  } as never);
}

describe.each([...PLAIN_NUMBER_LOCALES])('plain numbers and plurals in %s', (code) => {
  it('is a locale Lectern ships', () => {
    expect(LOCALES.map((l) => l.code)).toContain(code);
  });

  it.each([
    {},
    { maximumFractionDigits: 2 },
    { maximumFractionDigits: 0 },
    { style: 'decimal' as const },
  ])('writes every number as Intl does with %o', (options) => {
    const intl = new Intl.NumberFormat(code, options);
    const ours = numberFormat(code, options);
    for (const value of [...wholeNumbers, ...fractions, ...otherNumbers]) {
      expect(ours.format(value), `${value}`).toBe(intl.format(value));
    }
  });

  it('writes every percentage as Intl does', () => {
    const options = { style: 'percent', maximumFractionDigits: 0 } as const;
    const intl = new Intl.NumberFormat(code, options);
    const ours = numberFormat(code, options);
    for (const ratio of [...ratios, ...otherNumbers]) {
      expect(ours.format(ratio), `${ratio}`).toBe(intl.format(ratio));
    }
  });

  it('builds no Intl formatter for small whole numbers and percentages', () => {
    const Real = Intl.NumberFormat;
    const construct = countBuilds('NumberFormat');
    // Options no other test uses, so the formatters are new here.
    const count = numberFormat(code, { maximumFractionDigits: 1 });
    const percent = numberFormat(code, { style: 'percent' });
    expect([
      count.format(16),
      count.format(999),
      count.format(2.5),
      percent.format(1 / 16),
    ]).toEqual(['16', '999', '2.5', '6%']);
    expect(construct).not.toHaveBeenCalled();

    expect(count.format(1234)).toBe(new Real(code).format(1234));
    expect(construct).toHaveBeenCalledTimes(1);
  });

  it('gives every cardinal plural category as Intl does', () => {
    const intl = new Intl.PluralRules(code);
    const ours = pluralRules(code);
    for (const value of [...wholeNumbers, ...fractions, ...otherNumbers]) {
      expect(ours.select(value), `${value}`).toBe(intl.select(value));
    }
  });

  it('builds no Intl plural rules for numbers of at least 0', () => {
    const Real = Intl.PluralRules;
    const construct = countBuilds('PluralRules');
    // The default type spelt out, so the rules are new here.
    const rules = pluralRules(code, { type: 'cardinal' });
    expect([rules.select(1), rules.select(16), rules.select(2.5)]).toEqual([
      new Real(code).select(1),
      'other',
      'other',
    ]);
    expect(construct).not.toHaveBeenCalled();

    expect(rules.select(-1)).toBe(new Real(code).select(-1));
    expect(construct).toHaveBeenCalledTimes(1);
  });
});

describe('plainPluralCategory', () => {
  it.each([
    ['en', 1, { type: 'ordinal' }],
    ['en', 1, { minimumFractionDigits: 1 }],
    ['en', -1, {}],
    ['en', Number.NaN, {}],
    ['ar-EG', 1, {}],
  ] as [string, number, Intl.PluralRulesOptions][])(
    'leaves %s %s with %o to Intl',
    (lang, value, options) => {
      expect(plainPluralCategory(lang, value, options)).toBeUndefined();
    },
  );
});

describe('plainNumber', () => {
  it.each([
    [5, { style: 'unit', unit: 'kilobyte' }],
    [5, { style: 'currency', currency: 'CNY' }],
    [5, { minimumFractionDigits: 2 }],
    [0.5, { style: 'percent', maximumFractionDigits: 1 }],
    [2.0005, {}],
    [0.125, { maximumFractionDigits: 2 }],
    [2.5, { maximumFractionDigits: 0 }],
    [-0, {}],
    [-3, {}],
    [Number.NaN, {}],
    [1000, {}],
    [10, { style: 'percent' }],
  ] as [number, Intl.NumberFormatOptions][])('leaves %s with %o to Intl', (value, options) => {
    expect(plainNumber(value, options)).toBeUndefined();
  });

  it('is never used for a locale outside the list', () => {
    // Arabic writes Arabic-Indic digits by default: the shortcut would be wrong there.
    expect(numberFormat('ar-EG').format(5)).toBe(new Intl.NumberFormat('ar-EG').format(5));
    expect(numberFormat('ar-EG').format(5)).not.toBe('5');
  });
});
