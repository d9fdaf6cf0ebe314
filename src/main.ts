/**
 * Start-up, in import order, which is the order the modules run in: `open-early.ts` starts
 * opening the learner's database, `start.ts` opens their progress and picks the interface
 * language while the app's own modules load; then the app is built and shown.
 *
 * The app is built off the page as soon as its language is ready, while storage is still being
 * read, and put on the page once it is: the first screen appears whole (every unit's status,
 * the saved language), as before, but building it no longer waits for storage. On a return visit
 * with a full history (the benchmark's cold start, 21 interleaved loads each) that took the header
 * and units from 166 to 152 ms (medians). Until it is on the page, it only shows progress:
 * screens that act on progress or on the layout wait for `appShown`, the stored theme for
 * `progress.loaded`.
 */
import './lib/progress/open-early';
import { languageStarted, started } from './start';
import { flushSync, mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { appShown } from './lib/app-shown.svelte';

await languageStarted;
const app = document.getElementById('app')!;
const place = { parent: app.parentNode!, before: app.nextSibling };
app.remove();
appShown.value = false;
mount(App, { target: app });
await started;
// What storage changed is drawn now, so the page never shows the app before it was read.
flushSync();
place.parent.insertBefore(app, place.before);
appShown.value = true;
