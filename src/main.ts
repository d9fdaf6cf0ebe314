/**
 * Start-up: open the learner's storage, pick the interface language (the saved choice, else the
 * browser's), then mount the app. Nothing here may need the network.
 */
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { startI18n } from './lib/i18n';
import { localeFromBrowser } from './lib/i18n/locales';
import { progress } from './lib/progress/progress.svelte';
import { router } from './lib/router/router.svelte';
import { prefetchRoute } from './screens/lazy';

prefetchRoute(router.route);
await progress.start();
await startI18n(progress.settings.locale ?? localeFromBrowser(navigator.languages));

mount(App, { target: document.getElementById('app')! });
