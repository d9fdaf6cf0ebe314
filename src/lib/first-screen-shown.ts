/**
 * Resolves once the first screen is on the glass and the browser has a moment to spare: the
 * page has loaded, its first contentful paint has been reported, and an idle period has come.
 * Work that must not compete with the first screen (the service worker and its precaching)
 * waits for it. The page's `load` alone is not enough: it can come before the first render,
 * which waits for storage.
 */

/** Longest wait for a paint report, for a browser that never sends one. */
const PAINT_TIMEOUT_MS = 5000;

function loaded(): Promise<void> {
  return document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

function firstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, PAINT_TIMEOUT_MS);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) {
          done();
        }
      });
      // Buffered: a paint reported before this call counts too.
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the timeout stands in.
    }
  });
}

function idle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 3000 })
      : setTimeout(resolve, 500),
  );
}

export async function firstScreenShown(): Promise<void> {
  await loaded();
  await firstContentfulPaint();
  await idle();
}
