/**
 * "First question answerable" on a slow phone: a fresh browser context opens
 * `/#/unit/overview/quiz` with the network throttled through CDP (150 ms round trip, 1.6 Mbit/s
 * down and up) and the CPU slowed fourfold, and the page notes `performance.now()` (time since
 * navigation start) at the first animation frame in which an answer control of the first question
 * (an input, select or button in `section.question`) is in the DOM, enabled and rendered.
 */
import type { Browser } from '@playwright/test';
import { addMarks, freshContext, waitForMarks } from './browser';
import { QUIET, untilQuiet, type Settled } from './quiet';
import { median, type Figure } from './report';

export const THROTTLING = {
  latencyMs: 150,
  /** 1.6 Mbit/s. */
  bytesPerSecond: 200_000,
  cpuSlowdown: 4,
};

interface ThrottledRun {
  answerable: number;
  /** When each request started and finished, by path, in ms since navigation. */
  waterfall: Record<string, [number, number]>;
  /** The wait for a quiet machine after the page opened (see `untilQuiet`). */
  settled: Settled;
}

async function once(browser: Browser, origin: string): Promise<ThrottledRun> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await addMarks(page, [
      {
        name: 'answerable',
        selector: 'section.question :is(input, select, textarea, button)',
        enabled: true,
      },
    ]);
    // Before throttling: with the CPU throttled, Chromium keeps about one core busy.
    const settled = await untilQuiet();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: THROTTLING.bytesPerSecond,
      uploadThroughput: THROTTLING.bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
    await page.goto(`${origin}/#/unit/overview/quiz`, { waitUntil: 'commit' });
    const marks = await waitForMarks(page, ['answerable'], 60_000);
    const waterfall = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const out: Record<string, [number, number]> = {
        document: [0, Math.round(nav.responseEnd)],
        domContentLoaded: [0, Math.round(nav.domContentLoadedEventEnd)],
      };
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        out[new URL(r.name).pathname] = [Math.round(r.startTime), Math.round(r.responseEnd)];
      }
      return out;
    });
    return { answerable: marks.answerable!, waterfall, settled };
  } finally {
    await context.close();
  }
}

export async function measureThrottled(
  browser: Browser,
  origin: string,
  runs: number,
): Promise<{ figures: Figure[]; waterfalls: ThrottledRun['waterfall'][] }> {
  const results: ThrottledRun[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(await once(browser, origin));
  }
  const samples = results.map((r) => r.answerable);
  const waits = results.map((r) => r.settled.ms);
  const busy = results.filter((r) => !r.settled.quiet).length;
  // The run nearest the median shows what the time is spent on.
  const typical = [...results].sort(
    (a, b) => Math.abs(a.answerable - median(samples)) - Math.abs(b.answerable - median(samples)),
  )[0]!;
  const steps = Object.entries(typical.waterfall)
    .filter(([path]) => !path.endsWith('.svg') && !path.endsWith('.png'))
    .sort((a, b) => a[1][1] - b[1][1])
    .map(([path, [from, to]]) =>
      from === 0 ? `${path} ${to}` : `${path.replace(/^\/assets\//, '')} ${from}–${to}`,
    )
    .join(', ');
  const figures: Figure[] = [
    {
      id: 'first-question-answerable',
      section: 'Slow phone (150 ms RTT, 1.6 Mbit/s, CPU ÷4), fresh context',
      label: 'First question of /#/unit/overview/quiz answerable',
      unit: 'ms',
      samples,
      budget: { op: '<=', value: 1500 },
      note:
        `typical run, ms since navigation (request start–end): ${steps}; ` +
        `each load began ${Math.min(...waits)}–${Math.max(...waits)} ms after its page opened, ` +
        (busy === 0
          ? 'once the machine was quiet'
          : `the machine still busy at the ${QUIET.timeoutMs / 1000} s limit in ${busy} of ${results.length} runs`),
    },
  ];
  return { figures, waterfalls: results.map((r) => r.waterfall) };
}
