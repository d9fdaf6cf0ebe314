// @vitest-environment node
/**
 * The final test's draw over the real course: about twenty questions, at least two from every
 * unit, the same for the same seed, preferring what the learner has not seen.
 */
import { describe, expect, it } from 'vitest';
import { drawFinalTest, shareOut } from '../../../src/lib/quiz/final-draw';
import type { PoolHistory } from '../../../src/lib/quiz/pool';
import {
  FINAL_TEST_MIN_PER_UNIT,
  FINAL_TEST_SIZE,
  finalTestSize,
} from '../../../src/lib/study/final-test';
import { compiled } from '../lms/course';

const units = compiled.units.map((u) => ({ id: u.id, questions: u.questions }));
const draw = (seed: number, history: PoolHistory = {}) =>
  drawFinalTest(units, history, FINAL_TEST_SIZE, FINAL_TEST_MIN_PER_UNIT, seed);
const perUnit = (drawn: ReturnType<typeof draw>) => {
  const counts = new Map<string, number>();
  for (const { unitId } of drawn) {
    counts.set(unitId, (counts.get(unitId) ?? 0) + 1);
  }
  return counts;
};

describe('the final test draw', () => {
  it.each([1, 2, 42, 2 ** 31, 4_000_000_000])(
    'asks 20 questions, at least 2 from each of the 7 units, none twice (seed %d)',
    (seed) => {
      const drawn = draw(seed);
      expect(units).toHaveLength(7);
      expect(drawn).toHaveLength(20);
      expect(new Set(drawn.map((d) => d.question.id)).size).toBe(20);
      const counts = perUnit(drawn);
      expect([...counts.keys()]).toEqual(units.map((u) => u.id));
      for (const count of counts.values()) {
        expect(count).toBeGreaterThanOrEqual(2);
      }
      for (const { question, unitId } of drawn) {
        expect(units.find((u) => u.id === unitId)!.questions).toContain(question);
      }
    },
  );

  it('is the same for the same seed and differs for another', () => {
    const ids = (seed: number) => draw(seed).map((d) => d.question.id);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).not.toEqual(ids(8));
  });

  it('lists the questions in course order, which the LMS suspend data relies on', () => {
    const order = units.flatMap((u) => u.questions.map((q) => q.id));
    const ids = draw(99).map((d) => d.question.id);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it.each([3, 5, 11])('draws each unit’s one unseen question first (seed %d)', (seed) => {
    const seenRight: Record<string, { seen: number; lastCorrect: boolean }> = {};
    const unseen: string[] = [];
    for (const unit of units) {
      // Every question answered right already, except the last of each unit.
      unit.questions.forEach((q, i) => {
        if (i === unit.questions.length - 1) {
          unseen.push(q.id);
        } else {
          seenRight[q.id] = { seen: 1, lastCorrect: true };
        }
      });
    }
    const ids = draw(seed, seenRight).map((d) => d.question.id);
    expect(ids).toEqual(expect.arrayContaining(unseen));
    // Without that history, the last questions are not all drawn.
    expect(draw(seed).map((d) => d.question.id)).not.toEqual(expect.arrayContaining(unseen));
  });
});

describe('sharing the questions out among units', () => {
  it.each([
    { banks: [17, 18, 18, 20, 21, 23, 19], size: 20, want: [2, 3, 3, 3, 3, 3, 3] },
    { banks: [1, 10, 10], size: 6, want: [1, 3, 2] },
    { banks: [3, 3], size: 20, want: [3, 3] },
    { banks: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], size: 20, want: Array(12).fill(2) },
    { banks: [10, 30], size: 20, want: [5, 15] },
  ])('banks $banks, size $size → $want', ({ banks, size, want }) => {
    const counts = shareOut(banks, size, 2);
    expect(counts).toEqual(want);
    if (size === FINAL_TEST_SIZE) {
      expect(counts.reduce((a, b) => a + b, 0)).toBe(finalTestSize(banks));
    }
  });
});
