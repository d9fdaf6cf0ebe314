/**
 * The app's start (main.ts imports it first, after `open-early.ts`): the page's own route starts
 * loading, and storage and the interface language start opening, before the rest of the app's
 * modules are evaluated. `languageStarted` settles when the browser's language can be shown, so
 * the app can be built; `started` when storage is read too and the learner's saved language, if
 * different, applies, so the first screen can be shown. Nothing here may need the network.
 */
import { applyAppearance, localStorageOrUndefined, readMirror } from './lib/appearance/appearance';
import { applySavedLocale, startI18n } from './lib/i18n';
import { localeFromBrowser } from './lib/i18n/locales';
import { progress } from './lib/progress/progress.svelte';
import { router } from './lib/router/router.svelte';
import { prefetchRoute } from './screens/lazy';

// The learner's theme and text size, from their synchronous mirror, before anything is shown.
applyAppearance(readMirror(localStorageOrUndefined()));
prefetchRoute(router.route);

// Storage and the browser's language start together; a saved choice, if different, wins before
// anything is shown.
export const languageStarted = startI18n(localeFromBrowser(navigator.languages));

async function start(): Promise<void> {
  await Promise.all([progress.start(), languageStarted]);
  await applySavedLocale(progress.settings.locale);
}

export const started = start();

// Inside an LMS, Lectern reports to it and restores from it. An LMS runs a course in a frame or
// in a window it opened, so a top-level page that nobody opened loads nothing of `lib/lms`, not
// even the API finder. It connects once the app runs: a chunk imported while `main.ts` still
// awaits `started` would wait for `main.ts` in turn, and neither would finish.
if (window.parent !== window || window.opener) {
  void started
    .then(() => import('./lib/lms/find-api'))
    .then(async ({ findLmsApi }) => {
      const lms = findLmsApi();
      if (lms) {
        const { connectLms } = await import('./lib/lms');
        await connectLms(lms, progress);
      }
    })
    .catch((error: unknown) => console.warn('Lectern: could not connect to the LMS.', error));
}
