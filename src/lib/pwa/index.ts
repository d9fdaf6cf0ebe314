/**
 * The offline layer, loaded after the first screen as one chunk: registering the service worker
 * and the notice that offers a waiting update.
 */
export { appUpdate } from './app-update.svelte';
export { default as UpdateNotice } from './UpdateNotice.svelte';
