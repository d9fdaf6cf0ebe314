/**
 * The service worker and its updates, through workbox-window. A new version waits until the
 * learner chooses "Update"; it is never applied by itself (no skip-waiting behind the learner's
 * back). The generated worker activates on the SKIP_WAITING message that `apply` sends.
 */
import { Workbox } from 'workbox-window';

class AppUpdate {
  /** A new version is installed and waiting. */
  waiting = $state(false);
  #workbox: Workbox | undefined;

  start(): void {
    if (!('serviceWorker' in navigator) || this.#workbox) {
      return;
    }
    const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, {
      scope: import.meta.env.BASE_URL,
    });
    workbox.addEventListener('waiting', () => {
      this.waiting = true;
    });
    workbox.register().catch((error: unknown) => {
      console.warn('Lectern: the service worker could not be registered.', error);
    });
    this.#workbox = workbox;
  }

  /** Activates the waiting version and reloads into it. Progress lives in IndexedDB. */
  apply(): void {
    const workbox = this.#workbox;
    if (!workbox) {
      return;
    }
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  }

  dismiss(): void {
    this.waiting = false;
  }
}

export const appUpdate = new AppUpdate();
