// @vitest-environment node
/**
 * The benchmark's wait for a quiet machine: it returns at the first window in which enough of the
 * CPU was idle, and gives up (saying so) at its time limit.
 */
import type { CpuInfo } from 'node:os';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Busy share of each core's time in the window that ends at each `cpus()` call after the first. */
const busyShares: number[] = [];
let idle = 0;
let busy = 0;
let calls = 0;

vi.mock('node:os', () => ({
  cpus: (): Pick<CpuInfo, 'times'>[] => {
    if (calls++ > 0) {
      const share = busyShares.shift() ?? 0;
      busy += 100 * share;
      idle += 100 * (1 - share);
    }
    const times = { user: busy, nice: 0, sys: 0, idle, irq: 0 };
    return [{ times }, { times }];
  },
}));

const { untilQuiet } = await import('../../bench/quiet');

beforeEach(() => {
  busyShares.length = 0;
  idle = 0;
  busy = 0;
  calls = 0;
});

describe('untilQuiet', () => {
  it('returns at the first window with at least 80% of the CPU idle', async () => {
    busyShares.push(0.9, 0.5, 0.15, 0);

    const settled = await untilQuiet({ windowMs: 5, timeoutMs: 1000 });

    expect(settled.quiet).toBe(true);
    // Two busy windows, then the quiet one: four readings of the CPU.
    expect(calls).toBe(4);
    expect(busyShares).toEqual([0]);
  });

  it('counts a window at exactly 80% idle as quiet', async () => {
    busyShares.push(0.2);

    expect((await untilQuiet({ windowMs: 5, timeoutMs: 1000 })).quiet).toBe(true);
    expect(calls).toBe(2);
  });

  it('gives up at the time limit when the machine stays busy, and says so', async () => {
    busyShares.push(...Array<number>(1000).fill(0.5));

    const settled = await untilQuiet({ windowMs: 5, timeoutMs: 60 });

    expect(settled.quiet).toBe(false);
    expect(settled.ms).toBeGreaterThanOrEqual(60);
    expect(calls).toBeGreaterThan(2);
  });
});
