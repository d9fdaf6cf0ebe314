/**
 * All of the interface's messages per language, as tests need them: each language's first-screen
 * messages (`<code>.json`) and those of the screens that load on demand (`<code>-screens.json`),
 * which the app adds separately.
 */
import en from '../src/lib/i18n/locales/en.json';
import enScreens from '../src/lib/i18n/locales/en-screens.json';
import ug from '../src/lib/i18n/locales/ug.json';
import ugScreens from '../src/lib/i18n/locales/ug-screens.json';
import zhHans from '../src/lib/i18n/locales/zh-Hans.json';
import zhHansScreens from '../src/lib/i18n/locales/zh-Hans-screens.json';

export const english: Record<string, string> = { ...en, ...enScreens };
export const chinese: Record<string, string> = { ...zhHans, ...zhHansScreens };
export const uyghur: Record<string, string> = { ...ug, ...ugScreens };
