/**
 * The Chinese interface messages and the course's unit titles in Chinese, loaded together when
 * Chinese is chosen: one chunk, so the first screen in Chinese lists its units without another
 * request. `index.ts` puts the titles into the course index.
 */
export { default } from './locales/zh-Hans.json';
export { default as titles } from 'virtual:lectern/titles/zh-Hans';
