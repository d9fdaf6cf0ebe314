/**
 * The browser side shared by every measurement: which Chromium to start (CHROME_PATH, else
 * /usr/bin/chromium; never a downloaded one) with which flags, and "marks": an init script that
 * notes, with `performance.now()` in the page, the first animation frame at which a condition on
 * the DOM holds (a heading with some text, enabled controls, a number of rows). Conditions are
 * data, not code, so nothing is evaluated under the app's Content Security Policy.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium';

export { CHROMIUM_FLAGS, chromiumPath };

/** Progress lines for a long section, shown with BENCH_VERBOSE=1. */
export function debug(message: string): void {
  if (process.env.BENCH_VERBOSE) {
    process.stderr.write(`[bench] ${new Date().toISOString().slice(11, 19)} ${message}\n`);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/**
 * tsx (esbuild) wraps named functions in `__name(…)`, which does not exist in the page where
 * Playwright runs functions passed to `evaluate`; every context gets a stand-in first.
 */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** A fresh context (empty cache and storage, no service worker yet). */
/** A fresh context; `locale` sets the browser's language (navigator.language) for the page. */
export async function freshContext(browser: Browser, locale?: string): Promise<BrowserContext> {
  const context = await browser.newContext(locale === undefined ? {} : { locale });
  await context.addInitScript(NAME_SHIM);
  return context;
}

export async function launchPersistent(userDataDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  await context.addInitScript(NAME_SHIM);
  return context;
}

/** A DOM condition: at least `min` elements match `selector` (and are enabled, visible, …). */
export interface Mark {
  name: string;
  selector: string;
  /** Default 1. */
  min?: number;
  /** Only elements whose text content includes this count. */
  text?: string;
  /** Only enabled form controls count. */
  enabled?: boolean;
  /** Only rendered elements (a box, not `display: none`) count. Default true. */
  visible?: boolean;
}

declare global {
  interface Window {
    __benchMarks?: Record<string, number>;
    __benchArm?: (marks: Mark[]) => void;
  }
}

/**
 * Runs in the page before its own scripts. `__benchArm(marks)` starts watching; each mark's time
 * lands in `__benchMarks[name]` once its condition holds, taken at the next animation frame (the
 * frame that shows it). `initial` marks are armed at once, so times count from navigation start.
 */
function installMarks(initial: Mark[]): void {
  const met = (mark: Mark): boolean => {
    let count = 0;
    for (const el of document.querySelectorAll(mark.selector)) {
      if (mark.text !== undefined && !(el.textContent ?? '').includes(mark.text)) {
        continue;
      }
      if (mark.enabled && !el.matches(':enabled')) {
        continue;
      }
      if (mark.visible !== false) {
        const box = el.getBoundingClientRect();
        if (!el.checkVisibility() || (box.width === 0 && box.height === 0)) {
          continue;
        }
      }
      count += 1;
      if (count >= (mark.min ?? 1)) {
        return true;
      }
    }
    return false;
  };
  let observer: MutationObserver | undefined;
  window.__benchArm = (marks: Mark[]) => {
    observer?.disconnect();
    const results: Record<string, number> = {};
    window.__benchMarks = results;
    let pending = [...marks];
    const check = () => {
      const done = pending.filter(met);
      if (done.length === 0) {
        return;
      }
      pending = pending.filter((m) => !done.includes(m));
      requestAnimationFrame(() => {
        const at = performance.now();
        for (const mark of done) {
          results[mark.name] = at;
        }
      });
      if (pending.length === 0) {
        observer?.disconnect();
      }
    };
    observer = new MutationObserver(check);
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    check();
  };
  if (initial.length > 0) {
    window.__benchArm(initial);
  }
}

/** Installs the marks script in every page of `target`; `initial` are armed at navigation. */
export async function addMarks(target: Page | BrowserContext, initial: Mark[] = []): Promise<void> {
  await target.addInitScript({
    content: `${NAME_SHIM}\n(${installMarks.toString()})(${JSON.stringify(initial)});`,
  });
}

/** Re-arms the watcher in a loaded page with new marks; times still count from navigation. */
export async function armMarks(page: Page, marks: Mark[]): Promise<void> {
  await page.evaluate((m) => window.__benchArm!(m), marks);
}

/**
 * Waits for every named mark and returns their times (ms since navigation start). It polls over
 * a bare CDP session with a plain expression: Playwright's own `waitForFunction` first evaluates
 * Playwright's helper scripts in the page, main-thread work that lands in the load being timed
 * (a cold load of `#/progress` measured 329 ms with it and 297 ms without, medians of 8
 * interleaved loads of one build).
 */
export async function waitForMarks(
  page: Page,
  names: string[],
  timeout = 30_000,
): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'JSON.stringify(window.__benchMarks ?? {})',
        returnByValue: true,
      });
      const marks = JSON.parse(String(result.value ?? '{}')) as Record<string, number>;
      if (names.every((name) => marks[name] !== undefined)) {
        return marks;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Marks not reached in ${timeout} ms: ${names.filter((n) => !(n in marks)).join(', ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await cdp.detach();
  }
}
