/**
 * Numbers, percentages, dates and durations in the active interface language, through the
 * formatters in `intl-formatters.ts`, so digits, separators and word order follow the locale.
 */
import { derived } from 'svelte/store';
import type { LocaleCode } from '../content/types';
import { isLocaleCode } from './locales';
import { locale } from 'svelte-i18n';
import { dateFormat, numberFormat } from './intl-formatters';

export function formatPercent(ratio: number, lang: string): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export function formatNumber(value: number, lang: string): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export function formatDate(epochMs: number, lang: string): string {
  return dateFormat(lang, { dateStyle: 'medium' }).format(new Date(epochMs));
}

export function formatDateTime(epochMs: number, lang: string): string {
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}

export function formatBytes(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Hours and minutes (or seconds, under a minute), e.g. "1 hr, 5 min". */
export function formatDuration(ms: number, lang: string): string {
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = totalSeconds < 60 ? { seconds } : hours > 0 ? { hours, minutes } : { minutes };
  const DurationFormat = (
    Intl as unknown as {
      DurationFormat?: new (l: string, o: object) => { format(d: object): string };
    }
  ).DurationFormat;
  if (DurationFormat) {
    return new DurationFormat(lang, { style: 'short' }).format(parts);
  }
  return Object.entries(parts)
    .map(([unit, value]) =>
      numberFormat(lang, {
        style: 'unit',
        unit: unit.replace(/s$/, ''),
        unitDisplay: 'short',
      }).format(value),
    )
    .join(' ');
}

/** The active locale as a plain string store, for the formatters above. */
export const lang = derived(locale, ($locale) => $locale ?? 'en');

/** The interface language as one of Lectern's locale codes, for picking course translations. */
export const localeCode = derived(locale, ($locale): LocaleCode =>
  isLocaleCode($locale) ? $locale : 'en',
);
