/**
 * "First question answerable" on a slow phone: a fresh browser context opens
 * `/#/unit/overview/quiz` with the network throttled through CDP (150 ms round trip, 1.6 Mbit/s
 * down and up) and the CPU slowed fourfold, and the page notes `performance.now()` (time since
 * navigation start) at the first animation frame in which an answer control of the first question
 * (an input, select or button in `section.question`) is in the DOM, enabled and rendered.
 */
import type { Browser } from '@playwright/test';
import { addMarks, freshContext, waitForMarks } from './browser';
import type { Figure } from './report';

export const THROTTLING = {
  latencyMs: 150,
  /** 1.6 Mbit/s. */
  bytesPerSecond: 200_000,
  cpuSlowdown: 4,
};

async function once(browser: Browser, origin: string): Promise<number> {
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
    return marks.answerable!;
  } finally {
    await context.close();
  }
}

export async function measureThrottled(
  browser: Browser,
  origin: string,
  runs: number,
): Promise<Figure[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await once(browser, origin));
  }
  return [
    {
      id: 'first-question-answerable',
      section: 'Slow phone (150 ms RTT, 1.6 Mbit/s, CPU ÷4), fresh context',
      label: 'First question of /#/unit/overview/quiz answerable',
      unit: 'ms',
      samples,
      budget: { op: '<=', value: 1500 },
    },
  ];
}
