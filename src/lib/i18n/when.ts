/**
 * Dates and durations in the interface language, also where the browser's Intl has no data for
 * it: Chromium ships none for Uyghur, and Intl then writes English ("Nov 29, 2026", "9 sec").
 * Durations always come from Lectern's own messages; dates from Intl when it knows the language,
 * else from a message with the parts as numbers. Only screens loaded on demand use this, so its
 * messages live in en-screens.json.
 */
import { formatDate, formatDateTime } from './format';

type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string;

/** Whether Intl has date data for a language, asked once per language: a list asks per date. */
const intlKnowsLang = new Map<string, boolean>();

function intlKnows(lang: string): boolean {
  let knows = intlKnowsLang.get(lang);
  if (knows === undefined) {
    knows = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
    intlKnowsLang.set(lang, knows);
  }
  return knows;
}

/** Hours and minutes, or seconds under a minute: "1 hr 5 min", "9 sec". */
export function durationText(ms: number, t: Translate): string {
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) {
    return t('time.seconds', { values: { count: totalSeconds } });
  }
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  return hours > 0
    ? t('time.hours_minutes', { values: { hours, minutes } })
    : t('time.minutes', { values: { count: minutes } });
}

function parts(epochMs: number) {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year: String(d.getFullYear()),
    month: String(d.getMonth() + 1),
    day: String(d.getDate()),
    time: `${d.getHours()}:${pad(d.getMinutes())}`,
  };
}

export function dateText(epochMs: number, lang: string, t: Translate): string {
  return intlKnows(lang) ? formatDate(epochMs, lang) : t('time.date', { values: parts(epochMs) });
}

export function dateTimeText(epochMs: number, lang: string, t: Translate): string {
  return intlKnows(lang)
    ? formatDateTime(epochMs, lang)
    : t('time.date_time', { values: parts(epochMs) });
}
