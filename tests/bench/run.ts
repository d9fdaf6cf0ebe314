/**
 * `npm run bench`: builds the app (`npx vite build`), serves `dist/` like a real host, measures
 * first-visit sizes, a throttled first quiz question, an offline reload, progress storage and
 * Lighthouse, prints a table of medians against budgets, writes it to
 * `tests/bench/results/latest.{json,md}` and exits non-zero when a budget is missed.
 *
 * Flags: `--quick` (one run each, fewer saves, no Lighthouse; for a smoke test),
 * `--skip-build` (measure the `dist/` already there), `--only=storage,growth` (only the sections
 * named; the results then go to a temporary folder, not to `results/latest.*`, which always hold
 * a whole run).
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchBrowser } from './browser';
import { measureLighthouse } from './lighthouse';
import { measureOffline } from './offline';
import { QUIET } from './quiet';
import { formatStatus, judge, textTable, writeResults, type Figure, type RunInfo } from './report';
import { IncompleteBuildError, serveStatic } from './server';
import { measureGrowth } from './growth';
import { measureSizes } from './sizes';
import { measureStorage } from './storage';
import { THROTTLING, measureThrottled } from './throttled';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results', import.meta.url));

const argv = process.argv.slice(2);
const args = new Set(argv);
const quick = args.has('--quick');
const runs = quick ? 1 : 5;
const SECTIONS = ['sizes', 'throttled', 'offline', 'storage', 'growth', 'lighthouse'] as const;
type SectionName = (typeof SECTIONS)[number];
/** The sections asked for with `--only=a,b`; every section when absent. */
const only = argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter((name) => name !== '');
for (const name of only ?? []) {
  if (!(SECTIONS as readonly string[]).includes(name)) {
    process.stderr.write(
      `[bench] --only: no section ${name}; the sections are ${SECTIONS.join(', ')}\n`,
    );
    process.exit(2);
  }
}
const wanted = (name: SectionName) => only === undefined || only.includes(name);
/** A partial run must not stand in for a whole one: its results go elsewhere. */
const RESULTS_DIR = only === undefined ? RESULTS : join(tmpdir(), 'lectern-bench-results');
/** A section that hangs (a browser that never answers) is given up after this long. */
const SECTION_LIMIT_MS = 10 * 60_000;

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

function build(): void {
  log('building: npx vite build');
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write((result.stdout ?? '') + (result.stderr ?? ''));
    throw new Error(`npx vite build failed (exit ${result.status ?? result.signal})`);
  }
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The 1-minute load average when each section started: other work on the machine skews timings. */
const loads: Record<string, number> = {};

async function section<T>(
  name: SectionName,
  figures: Figure[],
  timings: Record<string, number>,
  measure: () => Promise<T>,
): Promise<T | undefined> {
  if (!wanted(name)) {
    return undefined;
  }
  loads[name] = Math.round(loadavg()[0]! * 100) / 100;
  log(`${name}… (load average ${loads[name]} on ${availableParallelism()} cores)`);
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${name} took longer than ${SECTION_LIMIT_MS / 60_000} minutes`)),
      SECTION_LIMIT_MS,
    );
  });
  try {
    return await Promise.race([measure(), limit]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${name} failed: ${message}`);
    figures.push({
      id: `${name}-error`,
      section: name,
      label: `${name}: could not be measured`,
      unit: 'ms',
      samples: [],
      note: message.split('\n')[0],
    });
    return undefined;
  } finally {
    clearTimeout(timer);
    timings[name] = Date.now() - started;
    log(`${name} done in ${(timings[name] / 1000).toFixed(1)} s`);
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const startedAt = new Date().toISOString();
  chromiumPath();
  if (!args.has('--skip-build')) {
    build();
  }
  const server = await serveStatic(`${ROOT}dist`).catch((error: unknown) => {
    // Another build wrote into dist/ while it was read: build once more and read again.
    if (!(error instanceof IncompleteBuildError) || args.has('--skip-build')) {
      throw error;
    }
    log(error.message);
    build();
    return serveStatic(`${ROOT}dist`);
  });
  log(`serving dist/ (gzip) at ${server.origin}`);
  const figures: Figure[] = [];
  const timings: Record<string, number> = {};
  const details: Record<string, unknown> = {};
  const notes = [
    `dist/ served from memory by tests/bench/server.ts on ${server.origin}: gzip level 6 for text, ` +
      `content types incl. .webmanifest, immutable caching for /assets/, CSP header ` +
      `${server.csp ? 'sent' : 'absent (no CSP meta in index.html)'}, SPA fallback to index.html.`,
    'First visit: a fresh context per run; counted are finished requests on the page target’s CDP ' +
      'session that carry a frame id (the page’s own requests), until the network has been quiet ' +
      'for 1 s; the service worker’s script and precache downloads run in the worker’s own target ' +
      'and are not counted. Bytes are Network.loadingFinished encodedDataLength (gzipped body plus ' +
      'response headers); 1 KB = 1024 bytes.',
    `Slow phone: CDP Network.emulateNetworkConditions (${THROTTLING.latencyMs} ms latency, ` +
      `${THROTTLING.bytesPerSecond} B/s down and up) and Emulation.setCPUThrottlingRate ` +
      `${THROTTLING.cpuSlowdown}; time is performance.now() at the first animation frame after an ` +
      'enabled, rendered input/select/button is in section.question.',
    'Every timed load (slow phone, offline reload, progress screen, saves, Lighthouse) starts once ' +
      `the machine is quiet: at least ${QUIET.idleShare * 100}% of its CPU idle over ` +
      `${QUIET.windowMs} ms, waited for at most ${QUIET.timeoutMs / 1000} s, ` +
      'after the page opened and before CPU throttling. A new Chromium window starts the ' +
      'browser’s own omnibox popup page in another renderer (about 1 s of CPU here), and a ' +
      'throttled page keeps about one of the 2 cores busy on its own.',
    'Offline: after the service worker controls the page, context.setOffline(true) and a reload; ' +
      'DOMContentLoaded is performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd.',
    'Saving one answer is raw IndexedDB, the writes ProgressStore.commit makes for one missed ' +
      'answer: a put of the journal record (journal/commit, { v: 2, writes }), puts of the answer ' +
      'event, attempt, unit summary and review card together, then the journal record’s delete, ' +
      'each in its own read-write transaction awaited to completion, as localforage does; not the ' +
      'app’s full save path (Web Lock, journal and record reads); the UI Check → feedback figure is the ' +
      'app’s own path. The records are made by the app’s quiz engine from the real course and ' +
      'pass its restore functions.',
    'Cold start and cold /#/progress: a new page in a profile that has the app cached and its ' +
      'service worker installed, with the whole history stored, timed from navigation start; ' +
      'unthrottled.',
    'Course growth: a synthetic course (the real units repeated under new ids, 50 units of 50 ' +
      'questions) written to a temporary folder and built beside the real one into a temporary ' +
      'outDir with LECTERN_EXTRA_COURSES; first-visit JavaScript measured as above on both ' +
      'builds; compileCourses timed in CPU time in this process (median of 7 after a warm-up); unit chunks ' +
      'gzipped at level 6 from the synthetic build’s files.',
  ];

  let lighthouseRuns = 0;
  try {
    const browser = await launchBrowser();
    const browserVersion = `Chromium ${browser.version()}`;
    try {
      await section('sizes', figures, timings, async () => {
        const result = await measureSizes(browser, server.origin, runs);
        figures.push(...result.figures);
        details.firstVisit = result.details;
      });
      await section('throttled', figures, timings, async () => {
        const result = await measureThrottled(browser, server.origin, runs);
        figures.push(...result.figures);
        details.throttledWaterfalls = result.waterfalls;
      });
      await section('offline', figures, timings, async () => {
        figures.push(...(await measureOffline(browser, server.origin, runs)));
      });
      await section('growth', figures, timings, async () => {
        const result = await measureGrowth(browser, server.origin, quick ? 1 : 3);
        figures.push(...result.figures);
        Object.assign(details, result.details);
      });
    } finally {
      await browser.close();
    }
    await section('storage', figures, timings, async () => {
      const result = await measureStorage(server.origin, {
        saves: quick ? 50 : 200,
        runs,
        uiSaves: quick ? 3 : 16,
      });
      figures.push(...result.figures);
      Object.assign(details, result.details);
    });
    if (!quick || only?.includes('lighthouse')) {
      await section('lighthouse', figures, timings, async () => {
        const result = await measureLighthouse(server.origin, 5);
        figures.push(...result.figures);
        notes.push(result.note);
        details.lighthouse = result.runs;
        lighthouseRuns = result.runs.length;
      });
    }

    const cores = availableParallelism();
    // The benchmark's own build and browsers count too; well above the cores, other work competed.
    const busy = Object.entries(loads).filter(([, load]) => load > cores * 1.5);
    notes.push(
      `1-minute load average at the start of each section (${cores} cores; the benchmark's own ` +
        'build and browsers count too): ' +
        Object.entries(loads)
          .map(([name, load]) => `${name} ${load}`)
          .join(', ') +
        (busy.length > 0
          ? `. Other work was likely competing during ${busy.map(([n]) => n).join(', ')}: ` +
            'expect those timings to be inflated and to vary more than usual.'
          : '.'),
    );
    details.loadAverages = loads;
    const verdicts = figures.map(judge);
    const info: RunInfo = {
      startedAt,
      durationMs: Date.now() - started,
      quick,
      node: process.version,
      browser: browserVersion,
      runs: {
        sizes: runs,
        throttled: runs,
        offline: runs,
        progressScreen: runs,
        coldStart: runs,
        growth: quick ? 1 : 3,
        saves: quick ? 50 : 200,
        lighthouse: lighthouseRuns,
      },
      notes,
    };
    details.sectionMs = timings;
    process.stdout.write('\n' + textTable(verdicts) + '\n\n');
    for (const v of verdicts.filter((v) => v.note)) {
      process.stdout.write(`  ${v.label}: ${v.note}\n`);
    }
    process.stdout.write('\nHow it was measured:\n' + notes.map((n) => `  - ${n}\n`).join(''));
    await writeResults(RESULTS_DIR, info, verdicts, details);
    if (only !== undefined) {
      log(`only ${only.join(', ')}: results in ${RESULTS_DIR}, not tests/bench/results/`);
    }
    const failed = verdicts.filter((v) => v.status === 'misses' || v.status === 'error');
    log(
      `${verdicts.length} figures, ${failed.length} missed or failed; ` +
        `took ${((Date.now() - started) / 1000).toFixed(0)} s; results in ${RESULTS_DIR}`,
    );
    for (const v of failed) {
      log(`  ${formatStatus(v)}: ${v.label}`);
    }
    return failed.length > 0 ? 1 : 0;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
