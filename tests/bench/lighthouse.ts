/**
 * Lighthouse 12 through its Node API with its default configuration (a mobile phone, simulated
 * slow 4G and a 4× slower CPU), categories performance, accessibility, best practices and SEO,
 * each run in a fresh headless Chromium started by chrome-launcher (CHROME_PATH or
 * /usr/bin/chromium, never a downloaded one). Runs take a while: when the first run takes 40 s or
 * more, only 3 runs are made, and the report says so.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';
import { untilQuiet } from './quiet';
import type { Figure } from './report';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  durationMs: number;
  /** Audits that lost points, as `category/audit` with their score (0–1). */
  failing: { id: string; score: number }[];
}

async function once(url: string): Promise<LighthouseRun> {
  const started = Date.now();
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    // The new window's own start-up work ends before the page is loaded (see `untilQuiet`).
    await untilQuiet();
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) {
      throw new Error('Lighthouse returned no result');
    }
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const failing: LighthouseRun['failing'] = [];
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const score = lhr.audits[ref.id]?.score;
        if (ref.weight > 0 && score !== null && score !== undefined && score < 1) {
          failing.push({ id: `${id}/${ref.id}`, score });
        }
      }
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)]),
    ) as LighthouseRun['scores'];
    return {
      scores,
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      fcp: numeric('first-contentful-paint'),
      durationMs: Date.now() - started,
      failing,
    };
  } finally {
    chrome.kill();
  }
}

export async function measureLighthouse(
  origin: string,
  wantedRuns: number,
): Promise<{ figures: Figure[]; runs: LighthouseRun[]; note: string }> {
  const url = `${origin}/`;
  const runs: LighthouseRun[] = [await once(url)];
  const slow = runs[0]!.durationMs >= 40_000;
  const total = slow ? Math.min(3, wantedRuns) : wantedRuns;
  while (runs.length < total) {
    runs.push(await once(url));
  }
  const seconds = runs.map((r) => Math.round(r.durationMs / 1000));
  const note =
    `${runs.length} Lighthouse run(s) of ${seconds.join(', ')} s` +
    (slow ? ` (the first took ≥ 40 s, so 3 runs instead of ${wantedRuns})` : '');
  // Each audit that lost points: its score range and in how many runs.
  const lost = new Map<string, number[]>();
  for (const { id, score } of runs.flatMap((r) => r.failing)) {
    lost.set(id, [...(lost.get(id) ?? []), score]);
  }
  const lostIn = (category: string) =>
    [...lost]
      .filter(([id]) => id.startsWith(`${category}/`))
      .map(([id, scores]) => {
        const range =
          Math.min(...scores) === Math.max(...scores)
            ? `${Math.min(...scores)}`
            : `${Math.min(...scores)}–${Math.max(...scores)}`;
        return `${id.split('/')[1]} ${range} in ${scores.length} of ${runs.length} runs`;
      })
      .join(', ');
  const section = `Lighthouse 12.2.3, mobile defaults, ${runs.length} runs`;
  const score = (id: (typeof CATEGORIES)[number], label: string, min: number): Figure => ({
    id: `lighthouse-${id}`,
    section,
    label,
    unit: 'score',
    samples: runs.map((r) => r.scores[id]),
    budget: { op: '>=', value: min },
    note: lostIn(id) ? `audits below 1: ${lostIn(id)}` : undefined,
  });
  const figures: Figure[] = [
    score('performance', 'Performance score', 98),
    score('accessibility', 'Accessibility score', 100),
    score('best-practices', 'Best Practices score', 100),
    score('seo', 'SEO score', 90),
    {
      id: 'lighthouse-fcp',
      section,
      label: 'First Contentful Paint (simulated)',
      unit: 'ms',
      samples: runs.map((r) => r.fcp),
    },
    {
      id: 'lighthouse-lcp',
      section,
      label: 'Largest Contentful Paint (simulated)',
      unit: 'ms',
      samples: runs.map((r) => r.lcp),
      budget: { op: '<=', value: 1500 },
    },
    {
      id: 'lighthouse-tbt',
      section,
      label: 'Total Blocking Time',
      unit: 'ms',
      samples: runs.map((r) => r.tbt),
      budget: { op: '<=', value: 50 },
    },
    {
      id: 'lighthouse-cls',
      section,
      label: 'Cumulative Layout Shift',
      unit: 'cls',
      samples: runs.map((r) => r.cls),
      budget: { op: '<=', value: 0.01 },
    },
  ];
  return { figures, runs, note };
}
