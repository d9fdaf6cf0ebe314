/**
 * Cross-tab coordination: a Web Lock around every read-modify-write, and a BroadcastChannel that
 * tells the other tabs what changed so their screens reload it. Where a browser lacks either,
 * Lectern still works in one tab.
 */
import { CHANNEL_NAME, LOCK_NAME } from './constants';

/** Without Web Locks, a queue still serialises this tab's own read-modify-writes. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` alone: across tabs with a Web Lock, else at least within this tab. Not re-entrant. */
export function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) {
    return locks.request(LOCK_NAME, work);
  }
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** What changed, as told to this tab's readers and to every other tab. */
export type ChangeMessage =
  | {
      kind: 'records';
      stores: readonly string[];
      /** Attempts written by the change, so an open quiz knows when its own changed. */
      attemptIds: readonly string[];
      course?: string;
    }
  /** A course's progress was deleted: an open quiz of it has nothing left to save onto. */
  | { kind: 'reset'; course: string }
  | { kind: 'settings' }
  /** Anything may have changed (an import). */
  | { kind: 'all' };

/**
 * Tells listeners what changed: those of this tab at once, those of other tabs through a
 * BroadcastChannel (which never delivers to its own sender).
 */
export class ChangeChannel {
  private readonly channel =
    typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
  private readonly handlers = new Set<(message: ChangeMessage, remote: boolean) => void>();

  constructor() {
    this.channel?.addEventListener('message', (event: MessageEvent<ChangeMessage>) => {
      for (const handler of this.handlers) {
        handler(event.data, true);
      }
    });
  }

  post(message: ChangeMessage): void {
    this.channel?.postMessage(message);
    for (const handler of this.handlers) {
      handler(message, false);
    }
  }

  /** `remote` is true for a change made in another tab. */
  listen(handler: (message: ChangeMessage, remote: boolean) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }
}
