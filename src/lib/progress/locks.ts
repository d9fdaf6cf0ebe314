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

export interface ChangeMessage {
  /** What changed: a unit summary, an attempt, the review deck, settings, or everything. */
  kind: 'units' | 'attempt' | 'cards' | 'settings' | 'all';
  attemptId?: string;
}

export class ChangeChannel {
  private readonly channel =
    typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL_NAME) : undefined;

  post(message: ChangeMessage): void {
    this.channel?.postMessage(message);
  }

  listen(handler: (message: ChangeMessage) => void): () => void {
    const channel = this.channel;
    if (!channel) {
      return () => {};
    }
    const onMessage = (event: MessageEvent<ChangeMessage>) => handler(event.data);
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }
}
