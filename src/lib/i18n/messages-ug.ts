/**
 * The Uyghur interface messages and the course's unit titles in Uyghur, loaded together when
 * Uyghur is chosen: one chunk, so the first screen in Uyghur lists its units without another
 * request. `index.ts` puts the titles into the course index.
 */
export { default } from './locales/ug.json';
export { default as titles } from 'virtual:lectern/titles/ug';
