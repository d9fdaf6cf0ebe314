/**
 * svelte-i18n set-up. English is bundled (it is the fallback and the first paint must not wait);
 * the other locales are separate chunks loaded when chosen, and precached for offline use.
 */
import { addMessages, init, locale, register, waitLocale } from 'svelte-i18n';
import type { LocaleCode } from '../content/types';
import en from './locales/en.json';
import { DEFAULT_LOCALE, localeInfo } from './locales';

addMessages('en', en);
register('zh-Hans', () => import('./locales/zh-Hans.json'));
register('ug', () => import('./locales/ug.json'));

let started = false;

/** Starts i18n in `code` and waits until its messages are loaded. */
export async function startI18n(code: LocaleCode): Promise<void> {
  if (!started) {
    started = true;
    await init({ fallbackLocale: DEFAULT_LOCALE, initialLocale: code });
  }
  await setLocale(code);
}

/** Switches the interface language at once and mirrors the page for right-to-left scripts. */
export async function setLocale(code: LocaleCode): Promise<void> {
  await locale.set(code);
  await waitLocale(code);
  const info = localeInfo(code);
  document.documentElement.lang = info.code;
  document.documentElement.dir = info.dir;
}
