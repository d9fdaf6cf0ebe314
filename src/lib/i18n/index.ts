/**
 * svelte-i18n set-up. The first screen's English is bundled (English is the fallback and the
 * first paint must not wait); the other languages' first-screen messages are chunks of their
 * own, loaded when chosen; the messages of the screens that load on demand travel with them
 * (`loadScreenMessages`), in English and the language shown. Each language is split as English
 * is: `<code>.json` for the first screen, `<code>-screens.json` for the rest. All of it is
 * precached for offline use.
 */
import { get } from 'svelte/store';
import { addMessages, init, locale, register, waitLocale } from 'svelte-i18n';
import type { LocaleCode } from '../content/types';
import { addUnitTitles } from '../content/unit-titles';
import en from './locales/en.json';
import { DEFAULT_LOCALE, localeInfo } from './locales';

addMessages('en', en);
// Each language's messages arrive with its unit titles (see messages-*.ts).
register('zh-Hans', () => import('./messages-zh-Hans').then(withTitles('zh-Hans')));
register('ug', () => import('./messages-ug').then(withTitles('ug')));

type TitledMessages = {
  default: Record<string, unknown>;
  titles: Parameters<typeof addUnitTitles>[1];
};

/** Puts the loaded titles into the course index and hands svelte-i18n the messages. */
function withTitles(code: LocaleCode) {
  return (module: TitledMessages) => {
    addUnitTitles(code, module.titles);
    return module.default;
  };
}

let started = false;

/** Starts i18n in `code` and waits until its messages are loaded. */
export async function startI18n(code: LocaleCode): Promise<void> {
  if (!started) {
    started = true;
    await init({
      fallbackLocale: DEFAULT_LOCALE,
      initialLocale: code,
      // A missing message would show its id to the learner: say so where tests and bug reports
      // look, and show the id as svelte-i18n does.
      handleMissingMessage: ({ locale: lang, id }) => {
        console.error(`Lectern: no "${id}" message in ${lang}.`);
        return id;
      },
    });
  }
  await setLocale(code);
}

/** The messages of the screens beyond the first, per language: each its own chunk. */
const SCREEN_MESSAGES: Record<LocaleCode, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('./locales/en-screens.json'),
  'zh-Hans': () => import('./locales/zh-Hans-screens.json'),
  ug: () => import('./locales/ug-screens.json'),
};

const screenMessages = new Map<LocaleCode, Promise<void>>();

function loadScreenMessagesOf(code: LocaleCode): Promise<void> {
  let loading = screenMessages.get(code);
  if (!loading) {
    loading = SCREEN_MESSAGES[code]().then((messages) => addMessages(code, messages.default));
    screenMessages.set(code, loading);
  }
  return loading;
}

/**
 * Adds the messages of the screens beyond the first, in English (the fallback) and in the
 * language shown; a language chosen later brings its own (`setLocale`). The first screen's
 * messages alone keep a first visit small in every language.
 */
export function loadScreenMessages(): Promise<void> {
  const shown = (get(locale) ?? DEFAULT_LOCALE) as LocaleCode;
  return Promise.all([loadScreenMessagesOf(DEFAULT_LOCALE), loadScreenMessagesOf(shown)]).then(
    () => undefined,
  );
}

/** Switches the interface language at once and mirrors the page for right-to-left scripts. */
export async function setLocale(code: LocaleCode): Promise<void> {
  await locale.set(code);
  await waitLocale(code);
  if (screenMessages.size > 0) {
    // A screen beyond the first is, or has been, on show: it needs its words in this language.
    await loadScreenMessagesOf(code);
  }
  const info = localeInfo(code);
  document.documentElement.lang = info.code;
  document.documentElement.dir = info.dir;
}

/** Shows the learner's saved language, if they saved one and it is not the one shown. */
export async function applySavedLocale(saved: LocaleCode | undefined): Promise<void> {
  if (saved && saved !== get(locale)) {
    await setLocale(saved);
  }
}
