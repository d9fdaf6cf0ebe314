/**
 * How far the quiz scrolls after Check so the learner's first choice shows in full above the
 * verdict's bar, without its top leaving the screen.
 */
import { describe, expect, it } from 'vitest';
import { REVEAL_GAP, scrollToReveal } from '../../../src/screens/quiz/reveal';

describe('scrollToReveal', () => {
  it('does not scroll when the choice already ends above the bar', () => {
    expect(scrollToReveal({ top: 100, bottom: 300 }, 0, 500)).toBe(0);
    expect(scrollToReveal({ top: 100, bottom: 500 - REVEAL_GAP }, 0, 500)).toBe(0);
  });

  it('scrolls a choice under the bar or below the screen up to just above the bar', () => {
    expect(scrollToReveal({ top: 450, bottom: 520 }, 0, 500)).toBe(20 + REVEAL_GAP);
    expect(scrollToReveal({ top: 700, bottom: 780 }, 0, 500)).toBe(280 + REVEAL_GAP);
  });

  it('never scrolls the top of a choice taller than the room off the screen', () => {
    expect(scrollToReveal({ top: 300, bottom: 1200 }, 0, 500)).toBe(300);
    expect(scrollToReveal({ top: -10, bottom: 900 }, 0, 500)).toBe(0);
  });
});
