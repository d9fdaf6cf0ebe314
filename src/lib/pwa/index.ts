/**
 * The offline layer: registering the service worker (started once the first screen is shown)
 * and the notice that offers a waiting update.
 */
export { appUpdate } from './app-update.svelte';
export { default as UpdateNotice } from './UpdateNotice.svelte';
