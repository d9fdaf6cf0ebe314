/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { eagerCompileStartup } from './src/lib/build/eager-compile.ts';
import { localforageIndexedDbOnly } from './src/lib/build/localforage-indexeddb-only.ts';
import { warmDatabaseSource, warmDatabaseTag } from './src/lib/build/warm-database.ts';
import { extraCourseDirs } from './src/lib/content/courses.ts';
import { lecternContent } from './src/lib/content/vite-plugin.ts';

/**
 * The Content Security Policy, one string for both places it is set: a `<meta>` in the built
 * `index.html` (for any static host) and a header from `vite preview`. The dev server goes
 * without, since it injects styles inline. The built page's one inline script, which warms the
 * learner's database, follows the `<meta>` that allows it.
 */
const CSP = [
  "default-src 'self'",
  // The one inline script, by its hash: it warms the learner's database (warm-database.ts).
  `script-src 'self' ${warmDatabaseSource}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'lectern-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
      warmDatabaseTag(),
    ],
  };
}

/** The version the footer shows; LECTERN_VERSION names a build (the update test makes two). */
const APP_VERSION =
  process.env.LECTERN_VERSION ??
  (
    JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  plugins: [
    svelte(),
    localforageIndexedDbOnly(),
    // LECTERN_EXTRA_COURSES adds course folders to a build (the second-course browser test).
    lecternContent({ dir: 'content', extraDirs: extraCourseDirs(process.cwd()) }),
    contentSecurityPolicy(),
    eagerCompileStartup(),
    VitePWA({
      // Updates wait for the learner: a notice offers them, nothing skips waiting by itself.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      // Icons (192, 512, maskable, Apple touch, favicon) are made from this one SVG at build time.
      pwaAssets: {
        image: 'public/favicon.svg',
        preset: 'minimal-2023',
        overrideManifestIcons: true,
      },
      manifest: {
        id: '/',
        name: 'Lectern: study the article on the Xinjiang People’s Congress',
        short_name: 'Lectern',
        description:
          'Study units and quizzes on an article about the work of the Xinjiang People’s Congress, online or offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        lang: 'en',
        dir: 'ltr',
        theme_color: '#1f4e79',
        background_color: '#fbfaf7',
      },
      workbox: {
        // Every route's code, the compiled course and every locale are precached, with the course
        // text in each language: the article's (`zh-Hans-*.js`, `ug-*.js`) and one chunk per unit
        // and language (`zh-Hans_<unit>-*.js`, `ug_<unit>-*.js`), so a learner who switches
        // language offline keeps reading. A build cannot know the learner's language in advance.
        // (The plugin adds the web manifest itself; listing it here too would make it a duplicate.)
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Inline nothing as data: URLs in scripts; keep assets as files the service worker precaches.
    assetsInlineLimit: 0,
    // Every browser Lectern supports knows <link rel="modulepreload">: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk beside the entry, so the first visit
        // costs two script requests; every other screen, unit and locale is its own chunk.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            // The quiz (screen, question types, engine) arrives as one chunk: on a slow link each
            // extra request costs a round trip before the first question can be answered.
            { name: 'quiz', test: /src[\\/](screens[\\/]quiz|lib[\\/]quiz)[\\/]/ },
            // Talking to an LMS loads only inside one (its finder ships with the first screen).
            { name: 'lms', test: /src[\\/]lib[\\/]lms[\\/](?!find-api)/ },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CSP },
  },
  server: { port: 5173 },
  resolve: {
    conditions: process.env.VITEST ? ['browser'] : undefined,
    // The ICU subset parser and Lectern's message formatter stand in for the libraries
    // svelte-i18n would use (see each file for why and how it is proved).
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: fileURLToPath(new URL('./src/lib/i18n/icu-subset-parser.ts', import.meta.url)),
      },
      {
        find: /^intl-messageformat$/,
        replacement: fileURLToPath(new URL('./src/lib/i18n/message-format.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Tests hold message-format.ts to intl-messageformat's own files, whose extensionless
    // imports only a bundler resolves: vitest runs them through Vite instead of Node.
    server: { deps: { inline: ['intl-messageformat'] } },
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
  },
});
