/**
 * Reload while offline: a fresh context visits `/#/` once, waits until the service worker is
 * active and controls the page (reloading until it does), then goes offline (Playwright's
 * `context.setOffline`) and reloads. Measured: `domContentLoadedEventEnd` of the offline
 * navigation, and when the "Study units" heading showed; checked: that it did show, from a page
 * the service worker controls.
 */
import type { Browser, Page } from '@playwright/test';
import { addMarks, freshContext, waitForMarks } from './browser';
import { untilQuiet } from './quiet';
import type { Figure } from './report';

interface OfflineRun {
  dcl: number;
  heading: number;
  rendered: boolean;
}

/** Waits for an active service worker, for at most 20 s. */
async function workerReady(page: Page): Promise<void> {
  const ready = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000)),
    ]),
  );
  if (!ready) {
    throw new Error('No active service worker 20 s after the visit');
  }
}

async function once(browser: Browser, origin: string): Promise<OfflineRun> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await addMarks(page, [{ name: 'heading', selector: 'h1', text: 'Study units' }]);
    await page.goto(`${origin}/#/`);
    await workerReady(page);
    for (let i = 0; ; i++) {
      if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) {
        break;
      }
      if (i === 5) {
        throw new Error('The service worker never took control of the page');
      }
      await page.reload();
      await workerReady(page);
    }
    await context.setOffline(true);
    await untilQuiet();
    await page.reload({ waitUntil: 'load' });
    let heading = NaN;
    let rendered = false;
    try {
      heading = (await waitForMarks(page, ['heading'], 10_000)).heading!;
      rendered = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    } catch {
      rendered = false;
    }
    const dcl = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return nav.domContentLoadedEventEnd;
    });
    return { dcl, heading, rendered };
  } finally {
    await context.close();
  }
}

export async function measureOffline(
  browser: Browser,
  origin: string,
  runs: number,
): Promise<Figure[]> {
  const results: OfflineRun[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(await once(browser, origin));
  }
  const section = 'Offline reload (service worker in control, context offline)';
  return [
    {
      id: 'offline-dcl',
      section,
      label: 'DOMContentLoaded of the offline reload',
      unit: 'ms',
      samples: results.map((r) => r.dcl),
      budget: { op: '<=', value: 300 },
    },
    {
      id: 'offline-heading',
      section,
      label: '"Study units" heading shown offline at',
      unit: 'ms',
      samples: results.map((r) => r.heading),
    },
    {
      id: 'offline-rendered',
      section,
      label: '"Study units" rendered offline, page controlled by the service worker',
      unit: 'check',
      samples: results.map((r) => (r.rendered ? 1 : 0)),
      budget: { op: '>=', value: 1 },
    },
  ];
}
