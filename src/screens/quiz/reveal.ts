/**
 * After Check the question's options are scrolled to the top of the screen. On a phone the bar
 * with the verdict is fixed to the bottom, and in a long question the learner's own choice can
 * end up under it or below the screen. This says how much further to scroll so that the first
 * choice shows in full above the bar, without pushing the choice's own top off the screen.
 */

/** The part of a box that matters here: its top and bottom edges, in viewport pixels. */
export interface Edges {
  top: number;
  bottom: number;
}

/** Room left between the choice and the bar, so the two do not touch. */
export const REVEAL_GAP = 8;

/**
 * Pixels to scroll down so `choice` ends above `visibleBottom` (the bar's top edge, or the
 * screen's bottom): none when it already does, and never more than would take its top above
 * `visibleTop`.
 */
export function scrollToReveal(choice: Edges, visibleTop: number, visibleBottom: number): number {
  const overflow = choice.bottom + REVEAL_GAP - visibleBottom;
  if (overflow <= 0) {
    return 0;
  }
  return Math.max(0, Math.min(overflow, choice.top - visibleTop));
}
