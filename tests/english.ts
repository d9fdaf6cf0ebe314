/**
 * All of the interface's English, as tests need it: the first screen's messages (`en.json`) and
 * those of the screens that load on demand (`en-screens.json`), which the app adds separately.
 */
import en from '../src/lib/i18n/locales/en.json';
import enScreens from '../src/lib/i18n/locales/en-screens.json';

export const english: Record<string, string> = { ...en, ...enScreens };
