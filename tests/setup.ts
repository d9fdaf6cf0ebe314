/**
 * Test set-up for vitest: jest-dom matchers, a fake IndexedDB, and svelte-i18n started in English
 * with the real messages, so components render the words a learner sees.
 */
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { addMessages, init } from 'svelte-i18n';
import { english } from './english';

addMessages('en', english);
await init({ fallbackLocale: 'en', initialLocale: 'en' });

// jsdom lays nothing out, so it has no scrolling; screens that scroll a heading into view call
// this, and the browser tests check where it lands. (Node-environment tests have no Element.)
if (typeof Element !== 'undefined') {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}
