/**
 * The update prompt on the browser's Service Worker API, against a stand-in for
 * `navigator.serviceWorker`: nothing is offered on the first install, a version that installs
 * while a worker controls the page (or was already waiting) is offered, and applying it sends
 * the generated worker's SKIP_WAITING message and reloads only once the new worker controls
 * the page. The browser test in tests/e2e/offline.spec.ts runs the same flow on a real build.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppUpdate } from '../../../src/lib/pwa/app-update.svelte';

class FakeWorker extends EventTarget {
  postMessage = vi.fn();
  constructor(public state: ServiceWorkerState) {
    super();
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** A new version starts installing, as after a deploy. */
  update(): FakeWorker {
    this.installing = new FakeWorker('installing');
    this.dispatchEvent(new Event('updatefound'));
    return this.installing;
  }
}

let registration: FakeRegistration;
let container: EventTarget & { controller: object | null; register: ReturnType<typeof vi.fn> };

function installContainer(controlled: boolean) {
  registration = new FakeRegistration();
  container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(async () => registration),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
}

async function started(update: AppUpdate) {
  update.start();
  await vi.waitFor(() => expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' }));
  await Promise.resolve();
}

beforeEach(() => installContainer(true));
afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('AppUpdate', () => {
  it('offers nothing when the first worker installs on a first visit', async () => {
    installContainer(false);
    const update = new AppUpdate();
    await started(update);
    registration.update().become('installed');
    expect(update.waiting).toBe(false);
  });

  it('offers a version that finishes installing while a worker controls the page', async () => {
    const update = new AppUpdate();
    await started(update);
    const worker = registration.update();
    expect(update.waiting).toBe(false);
    worker.become('installed');
    expect(update.waiting).toBe(true);
  });

  it('offers a version that was already waiting from an earlier visit', async () => {
    registration.waiting = new FakeWorker('installed');
    const update = new AppUpdate();
    await started(update);
    expect(update.waiting).toBe(true);
  });

  it('registers once however often it is started', async () => {
    const update = new AppUpdate();
    await started(update);
    update.start();
    expect(container.register).toHaveBeenCalledTimes(1);
  });

  it('applies only when asked: SKIP_WAITING to the waiting worker, reload once it controls', async () => {
    const reload = vi.fn();
    const update = new AppUpdate(reload);
    await started(update);
    const worker = registration.update();
    worker.become('installed');
    registration.waiting = worker;
    expect(worker.postMessage).not.toHaveBeenCalled();

    update.apply();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing when applied with no version waiting', async () => {
    const reload = vi.fn();
    const update = new AppUpdate(reload);
    await started(update);
    update.apply();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
  });

  it('keeps the app working when registration fails, and says why in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    container.register.mockRejectedValueOnce(new Error('SecurityError'));
    const update = new AppUpdate();
    update.start();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(update.waiting).toBe(false);
  });
});
