/**
 * When the offline layer may start: not before the first contentful paint is reported (the
 * first paint of an empty page does not count), and, in a browser that reports no paints, after
 * a timeout instead of never.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstScreenShown } from '../../src/lib/first-screen-shown';

type Callback = (list: { getEntriesByName(name: string): unknown[] }) => void;

let report: ((names: string[]) => void) | undefined;
let observeThrows = false;

class FakePerformanceObserver {
  constructor(private readonly callback: Callback) {}
  observe() {
    if (observeThrows) {
      throw new TypeError('paint timing is not supported');
    }
    report = (names) =>
      this.callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
  }
  disconnect() {
    report = undefined;
  }
}

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(1);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
  observeThrows = false;
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 10));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('firstScreenShown', () => {
  it('waits for the first contentful paint, then for an idle moment', async () => {
    const shown = firstScreenShown();
    expect(await settled(shown)).toBe(false);
    report!(['first-paint']);
    expect(await settled(shown)).toBe(false);

    report!(['first-contentful-paint']);
    expect(report, 'the observer is let go').toBeUndefined();
    await vi.advanceTimersByTimeAsync(10);
    expect(await settled(shown)).toBe(true);
  });

  it('goes ahead after five seconds in a browser that reports no paints', async () => {
    observeThrows = true;
    const shown = firstScreenShown();
    await vi.advanceTimersByTimeAsync(4900);
    expect(await settled(shown)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await settled(shown)).toBe(true);
  });
});
