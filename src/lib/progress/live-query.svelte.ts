/**
 * A read of stored progress that keeps itself current: while a screen shows `current`, every
 * change to storage (in this tab or another) that `affects` reloads it. Loading starts when the
 * value is first read in an effect or template and stops with the last reader, so a screen never
 * reloads by hand and never tracks a change counter.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { ChangeMessage } from './locks';
import { progress } from './progress.svelte';

export class LiveQuery<T> {
  #value: T = $state.raw()!;
  #loaded = $state(false);
  #subscribe: () => void;
  /** Only the newest load may set the value, whatever order loads finish in. */
  #latest = 0;

  constructor(
    load: () => Promise<T>,
    initial: T,
    affects: (message: ChangeMessage) => boolean = () => true,
  ) {
    this.#value = initial;
    this.#subscribe = createSubscriber(() => {
      const run = () => {
        const ticket = ++this.#latest;
        load().then(
          (value) => {
            if (ticket === this.#latest) {
              this.#value = value;
              this.#loaded = true;
            }
          },
          (error: unknown) => progress.report(error),
        );
      };
      run();
      return progress.listen((message) => {
        if (affects(message)) {
          run();
        }
      });
    });
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }

  get loaded(): boolean {
    this.#subscribe();
    return this.#loaded;
  }
}

/** Whether a change may touch attempts or their index. */
export function touchesAttempts(message: ChangeMessage): boolean {
  return (
    message.kind !== 'settings' &&
    (message.kind !== 'records' ||
      message.stores.includes('attempts') ||
      message.stores.includes('activity'))
  );
}
