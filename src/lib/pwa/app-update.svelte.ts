/**
 * The service worker and its updates, on the browser's own Service Worker API. A new version
 * waits until the learner chooses "Update"; it is never applied by itself (no skip-waiting behind
 * the learner's back). The worker vite-plugin-pwa generates activates on the `SKIP_WAITING`
 * message that `apply` sends, and the page reloads once the new worker controls it.
 *
 * A version counts as waiting only when a worker already controls the page: on the first visit
 * the first worker installs and activates with nothing to replace.
 */
export class AppUpdate {
  /** A new version is installed and waiting. */
  waiting = $state(false);
  #registration: ServiceWorkerRegistration | undefined;
  #started = false;

  /** @param reload loads the page again once the new version controls it. */
  constructor(private readonly reload: () => void = () => window.location.reload()) {}

  start(): void {
    if (!('serviceWorker' in navigator) || this.#started) {
      return;
    }
    this.#started = true;
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then((registration) => this.#watch(registration))
      .catch((error: unknown) => {
        console.warn('Lectern: the service worker could not be registered.', error);
      });
  }

  #watch(registration: ServiceWorkerRegistration): void {
    this.#registration = registration;
    // A version installed during an earlier visit may already be waiting, or be installing now.
    this.#noteWaiting(registration.waiting);
    this.#follow(registration.installing);
    registration.addEventListener('updatefound', () => this.#follow(registration.installing));
  }

  #follow(worker: ServiceWorker | null): void {
    worker?.addEventListener('statechange', () => this.#noteWaiting(worker));
  }

  #noteWaiting(worker: ServiceWorker | null): void {
    if (worker?.state === 'installed' && navigator.serviceWorker.controller) {
      this.waiting = true;
    }
  }

  /** Activates the waiting version and reloads into it. Progress lives in IndexedDB. */
  apply(): void {
    const waiting = this.#registration?.waiting;
    if (!waiting) {
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => this.reload(), {
      once: true,
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }

  dismiss(): void {
    this.waiting = false;
  }
}

export const appUpdate = new AppUpdate();
