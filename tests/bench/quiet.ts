/**
 * Waiting for a quiet machine before a timed load (see `untilQuiet`). Node's own view of the
 * CPU, so it works wherever the benchmark runs.
 */
import { cpus } from 'node:os';

/** Idle and total CPU time of the whole machine so far, in ms, summed over its cores. */
function cpuTimes(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/** When the machine counts as quiet, and how long to wait for it at most. */
export const QUIET = { idleShare: 0.8, windowMs: 250, timeoutMs: 5000 };

export interface Settled {
  /** How long the wait took. */
  ms: number;
  /** False when the machine was still busy at the time limit (the load is measured anyway). */
  quiet: boolean;
}

/**
 * Waits until the machine is quiet: at least `idleShare` of its CPU idle over one `windowMs`, for
 * at most `timeoutMs`. Call it after opening a page and before a timed load (and before CPU
 * throttling: a page under `Emulation.setCPUThrottlingRate` keeps about one core busy by itself;
 * the idle share fell from 0.98 to about 0.55 with nothing loading). Every new Chromium window
 * starts the browser's own omnibox popup, a web page of its own
 * (chrome://omnibox-popup.top-chrome/) in another renderer, which takes about a second of CPU just
 * after the window opens. On this 2-core machine a slow-phone load timed during it measured 1753
 * ms against 1324 ms after it (medians of 12 interleaved runs of one build). A phone's browser has
 * its interface running long before a learner opens a link.
 */
export async function untilQuiet({
  idleShare = QUIET.idleShare,
  windowMs = QUIET.windowMs,
  timeoutMs = QUIET.timeoutMs,
} = {}): Promise<Settled> {
  const started = Date.now();
  let last = cpuTimes();
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = cpuTimes();
    const share = (now.idle - last.idle) / Math.max(1, now.total - last.total);
    last = now;
    if (share >= idleShare) {
      return { ms: Date.now() - started, quiet: true };
    }
  }
  return { ms: Date.now() - started, quiet: false };
}
