/**
 * Start-up: open the learner's storage, pick the interface language (the saved choice, else the
 * browser's), then mount the app. Nothing here may need the network.
 */
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { setLocale, startI18n } from './lib/i18n';
import { localeFromBrowser } from './lib/i18n/locales';
import { progress } from './lib/progress/progress.svelte';
import { router } from './lib/router/router.svelte';
import { prefetchRoute } from './screens/lazy';

prefetchRoute(router.route);
// Storage and the browser's language start together; a saved choice, if different, wins before
// anything is shown.
const browserLocale = localeFromBrowser(navigator.languages);
await Promise.all([progress.start(), startI18n(browserLocale)]);
const saved = progress.settings.locale;
if (saved && saved !== browserLocale) {
  await setLocale(saved);
}

mount(App, { target: document.getElementById('app')! });
