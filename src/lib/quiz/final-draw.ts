/**
 * The final test's draw: about twenty questions across every unit of a course, at least two from
 * each, the rest shared out in proportion to the units' banks. Within a unit the unit quiz's own
 * draw picks them (covering its paragraphs and kinds of question, preferring questions never seen
 * or last missed). Deterministic for a seed; pure, like `pool.ts`.
 */
import { drawQuiz, type PoolHistory, type PoolQuestion } from './pool';
import { seededRandom } from './random';

export interface DrawUnit<Q extends PoolQuestion = PoolQuestion> {
  id: string;
  questions: readonly Q[];
}

export interface DrawnQuestion<Q extends PoolQuestion = PoolQuestion> {
  question: Q;
  unitId: string;
}

/**
 * How many questions each unit gives: `minimum` each (or its whole bank when smaller), then one
 * at a time to the unit that has given the smallest share of its bank, until `size` is reached or
 * every bank is used up. Ties go to the earlier unit.
 */
export function shareOut(bankSizes: readonly number[], size: number, minimum: number): number[] {
  const counts = bankSizes.map((bank) => Math.min(bank, minimum));
  let total = counts.reduce((sum, n) => sum + n, 0);
  while (total < size) {
    let pick = -1;
    for (let i = 0; i < bankSizes.length; i += 1) {
      if (counts[i]! >= bankSizes[i]!) {
        continue;
      }
      if (pick < 0 || counts[i]! / bankSizes[i]! < counts[pick]! / bankSizes[pick]!) {
        pick = i;
      }
    }
    if (pick < 0) {
      break;
    }
    counts[pick]! += 1;
    total += 1;
  }
  return counts;
}

/**
 * The final test's questions, in course order (units in the order given, each unit's in its bank
 * order); the attempt shuffles them by its own seed. When every unit's minimum already exceeds
 * `size`, the minimum wins: each unit is always tested.
 */
export function drawFinalTest<Q extends PoolQuestion>(
  units: readonly DrawUnit<Q>[],
  history: PoolHistory,
  size: number,
  minimum: number,
  seed: number,
): DrawnQuestion<Q>[] {
  const counts = shareOut(
    units.map((unit) => unit.questions.length),
    size,
    minimum,
  );
  // One seed per unit from the test's seed, so one unit's draw does not shift another's.
  const random = seededRandom(seed);
  return units.flatMap((unit, index) => {
    const unitSeed = Math.floor(random() * 2 ** 32);
    const ids = new Set(drawQuiz(unit.questions, history, counts[index]!, unitSeed));
    return unit.questions
      .filter((question) => ids.has(question.id))
      .map((question) => ({ question, unitId: unit.id }));
  });
}
