/**
 * What a first visit to `/#/` downloads: JavaScript, CSS and all bytes on the wire (gzipped, as
 * served) and the number of script requests, from the Chrome DevTools Protocol network log of the
 * page's own target in a fresh browser context.
 *
 * Counted: requests the page's frame makes (they carry the frame's id on the page's CDP session),
 * until the network has been quiet for a second, so chunks loaded after the first screen (the
 * service-worker registration chunk) count. Not counted: the service worker's own downloads (its
 * script and its precache), which run in the worker's separate target and never show up on the
 * page's session; data: URLs, which never touch the network. Bytes are `encodedDataLength` from
 * `Network.loadingFinished`: the compressed body plus the response headers.
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession } from '@playwright/test';
import { freshContext } from './browser';
import type { Figure } from './report';

const KB = 1024;

export interface Transfer {
  url: string;
  kind: 'html' | 'js' | 'css' | 'font' | 'manifest' | 'image' | 'other';
  status: number;
  encoding: string;
  /** Bytes on the wire, headers included. */
  bytes: number;
  /** Response headers' share of `bytes`, as far as Chromium reports it. */
  headerBytes: number;
}

interface Pending {
  url: string;
  frameId: string | undefined;
  type: string;
  mimeType: string;
  status: number;
  encoding: string;
  headerBytes: number;
}

function kindOf(mimeType: string, type: string, url: string): Transfer['kind'] {
  if (type === 'Document' || mimeType.includes('html')) {
    return 'html';
  }
  if (mimeType.includes('javascript') || type === 'Script') {
    return 'js';
  }
  if (mimeType.includes('css') || type === 'Stylesheet') {
    return 'css';
  }
  if (type === 'Font' || mimeType.startsWith('font/')) {
    return 'font';
  }
  if (type === 'Manifest' || mimeType.includes('manifest') || url.endsWith('.webmanifest')) {
    return 'manifest';
  }
  if (type === 'Image' || mimeType.startsWith('image/')) {
    return 'image';
  }
  return 'other';
}

/** Collects finished page requests from a page's CDP session. */
class NetworkLog {
  readonly pending = new Map<string, Pending>();
  readonly done: Transfer[] = [];
  readonly excluded: string[] = [];
  lastActivity = Date.now();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (e) => {
      this.lastActivity = Date.now();
      if (e.request.url.startsWith('data:')) {
        return;
      }
      this.pending.set(e.requestId, {
        url: e.request.url,
        frameId: e.frameId,
        type: e.type ?? 'Other',
        mimeType: '',
        status: 0,
        encoding: '',
        headerBytes: 0,
      });
    });
    cdp.on('Network.responseReceived', (e) => {
      this.lastActivity = Date.now();
      const p = this.pending.get(e.requestId);
      if (p) {
        const headers = Object.fromEntries(
          Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
        );
        p.mimeType = e.response.mimeType;
        p.status = e.response.status;
        p.encoding = headers['content-encoding'] ?? 'identity';
        p.headerBytes = e.response.encodedDataLength;
        p.type = e.type ?? p.type;
      }
    });
    cdp.on('Network.loadingFinished', (e) => {
      this.lastActivity = Date.now();
      const p = this.pending.get(e.requestId);
      this.pending.delete(e.requestId);
      if (!p) {
        return;
      }
      if (!p.frameId) {
        this.excluded.push(p.url);
        return;
      }
      this.done.push({
        url: p.url,
        kind: kindOf(p.mimeType, p.type, p.url),
        status: p.status,
        encoding: p.encoding,
        bytes: e.encodedDataLength,
        headerBytes: p.headerBytes,
      });
    });
    cdp.on('Network.loadingFailed', (e) => {
      this.lastActivity = Date.now();
      const p = this.pending.get(e.requestId);
      this.pending.delete(e.requestId);
      if (p) {
        this.excluded.push(`${p.url} (failed: ${e.errorText})`);
      }
    });
  }

  /** Resolves once nothing is in flight and nothing has happened for `quietMs`. */
  async idle(quietMs = 1_000, timeoutMs = 20_000): Promise<void> {
    const start = Date.now();
    while (this.pending.size > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() - start > timeoutMs) {
        throw new Error(
          `Network not idle after ${timeoutMs} ms: ${[...this.pending.values()].map((p) => p.url).join(', ')}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export interface FirstVisit {
  transfers: Transfer[];
  excluded: string[];
}

/**
 * The interface languages a first visit is measured in: the browser's language (as
 * `navigator.language` reports it) picks the app's, and the first screen's heading in it says
 * the screen is there.
 */
export const VISIT_LANGUAGES = [
  { locale: 'en', browserLocale: 'en-US' },
  { locale: 'zh-Hans', browserLocale: 'zh-CN' },
  { locale: 'ug', browserLocale: 'ug-CN' },
] as const;

type VisitLanguage = (typeof VISIT_LANGUAGES)[number];

function unitsHeading(locale: VisitLanguage['locale']): string {
  const file = new URL(`../../src/lib/i18n/locales/${locale}.json`, import.meta.url);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return messages['units.title'] ?? 'Study units';
}

export async function firstVisit(
  browser: Browser,
  origin: string,
  language: VisitLanguage = VISIT_LANGUAGES[0],
): Promise<FirstVisit> {
  const context = await freshContext(browser, language.browserLocale);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const log = new NetworkLog(cdp);
    await cdp.send('Network.enable');
    await page.goto(`${origin}/#/`, { waitUntil: 'load' });
    const heading = unitsHeading(language.locale);
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await log.idle();
    return { transfers: log.done, excluded: log.excluded };
  } finally {
    await context.close();
  }
}

const sum = (list: Transfer[]) => list.reduce((n, t) => n + t.bytes, 0);

export async function measureSizes(
  browser: Browser,
  origin: string,
  runs: number,
): Promise<{ figures: Figure[]; details: FirstVisit }> {
  const visits: FirstVisit[] = [];
  for (let i = 0; i < runs; i++) {
    visits.push(await firstVisit(browser, origin));
  }
  const of = (kind: Transfer['kind']) =>
    visits.map((v) => v.transfers.filter((t) => t.kind === kind));
  const js = of('js');
  const css = of('css');
  const uncompressed = visits[0]!.transfers.filter(
    (t) => t.encoding !== 'gzip' && ['html', 'js', 'css', 'manifest'].includes(t.kind),
  );
  const section = 'First visit to /#/ (gzip, page requests only)';
  const figures: Figure[] = [
    {
      id: 'first-visit-js-bytes',
      section,
      label: 'JavaScript transferred, browser in en-US',
      unit: 'bytes',
      samples: js.map(sum),
      budget: { op: '<=', value: 45 * KB, hard: 60 * KB },
      note:
        js[0]!.map((t) => `${new URL(t.url).pathname} ${(t.bytes / KB).toFixed(1)} KB`).join(', ') +
        `; bodies alone (without response headers) ${(js[0]!.reduce((n, t) => n + t.bytes - t.headerBytes, 0) / KB).toFixed(1)} KB`,
    },
    {
      id: 'first-visit-js-requests',
      section,
      label: 'JavaScript requests',
      unit: 'count',
      samples: js.map((l) => l.length),
      budget: { op: '<=', value: 2 },
    },
    {
      id: 'first-visit-css-bytes',
      section,
      label: 'CSS transferred',
      unit: 'bytes',
      samples: css.map(sum),
      budget: { op: '<=', value: 8 * KB },
    },
    {
      id: 'first-visit-all-bytes',
      section,
      label: 'All bytes transferred',
      unit: 'bytes',
      samples: visits.map((v) => sum(v.transfers)),
      budget: { op: '<=', value: 120 * KB },
      note: `${visits[0]!.transfers.length} requests in run 1 (${(
        ['html', 'js', 'css', 'font', 'manifest', 'image', 'other'] as const
      )
        .map((k) => `${k} ${visits[0]!.transfers.filter((t) => t.kind === k).length}`)
        .join(', ')})`,
    },
  ];
  // The same first visit in each translated language: its messages and unit titles come too.
  for (const language of VISIT_LANGUAGES.slice(1)) {
    const localized: FirstVisit[] = [];
    for (let i = 0; i < runs; i++) {
      localized.push(await firstVisit(browser, origin, language));
    }
    const scripts = localized.map((v) => v.transfers.filter((t) => t.kind === 'js'));
    figures.push({
      id: `first-visit-js-bytes-${language.locale}`,
      section,
      label: `JavaScript transferred, browser in ${language.browserLocale}`,
      unit: 'bytes',
      samples: scripts.map(sum),
      budget: { op: '<=', value: 45 * KB, hard: 60 * KB },
      note: scripts[0]!
        .map((t) => `${new URL(t.url).pathname} ${(t.bytes / KB).toFixed(1)} KB`)
        .join(', '),
    });
  }
  if (uncompressed.length > 0) {
    figures.push({
      id: 'first-visit-uncompressed',
      section,
      label: 'Text responses not gzipped',
      unit: 'count',
      samples: [uncompressed.length],
      note: uncompressed.map((t) => t.url).join(', '),
    });
  }
  return { figures, details: visits[0]! };
}
