/**
 * The interface languages, each named in its own script, with its writing direction. Pure data
 * and the first-visit choice; svelte-i18n is wired in `index.ts`.
 */
import type { LocaleCode } from '../content/types';

export interface LocaleInfo {
  code: LocaleCode;
  /** The language's name in the language itself, as the switcher shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { code: 'ug', name: 'ئۇيغۇرچە', dir: 'rtl' },
];

export const DEFAULT_LOCALE: LocaleCode = 'en';

export function isLocaleCode(value: unknown): value is LocaleCode {
  return LOCALES.some((l) => l.code === value);
}

export function localeInfo(code: LocaleCode): LocaleInfo {
  return LOCALES.find((l) => l.code === code) ?? LOCALES[0]!;
}

/**
 * The first language of the browser's list that Lectern speaks: any Chinese tag (`zh`, `zh-CN`,
 * `zh-Hans`) gives simplified Chinese, `ug`/`ug-CN` gives Uyghur, and a list with neither falls
 * back to English.
 */
export function localeFromBrowser(preferred: readonly string[]): LocaleCode {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const primary = lower.split('-')[0];
    // An explicit script wins over a region: zh-Hans-HK is simplified, zh-Hant-CN is not.
    const simplified = /-hans\b/.test(lower) || !/-(hant|tw|hk|mo)\b/.test(lower);
    if (primary === 'zh' && simplified) {
      return 'zh-Hans';
    }
    if (primary === 'ug') {
      return 'ug';
    }
    if (primary === 'en') {
      return 'en';
    }
  }
  return DEFAULT_LOCALE;
}

/** The writing direction for text in `lang`; nothing for an unknown or empty tag, so it inherits. */
export function textDir(lang: string | undefined): 'ltr' | 'rtl' | undefined {
  return LOCALES.find((l) => l.code === lang)?.dir;
}
