/** Whether a review card is due. Kept apart from the scheduler so the first screen need not load it. */
import type { StoredCard } from './schedule';

export function isDue(card: StoredCard, now: number): boolean {
  return card.due <= now;
}
