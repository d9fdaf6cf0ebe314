// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  drawQuiz,
  type PoolHistory,
  type PoolQuestion,
  type QuestionHistory,
} from '../../../src/lib/quiz/pool';

/** A bank as `paragraph: count` pairs: questions p1-1, p1-2, … quoting paragraph p1, and so on. */
function bank(layout: Record<string, number>): PoolQuestion[] {
  return Object.entries(layout).flatMap(([paragraph, count]) =>
    Array.from({ length: count }, (_, index) => ({
      id: `${paragraph}-${index + 1}`,
      type: 'single' as const,
      source: { paragraph, quote: 'a quote' },
    })),
  );
}

function paragraphsOf(ids: readonly string[]): Set<string> {
  return new Set(ids.map((id) => id.split('-')[0] ?? ''));
}

const SEEN_RIGHT: QuestionHistory = { seen: 1, lastCorrect: true };
const SEEN_WRONG: QuestionHistory = { seen: 2, lastCorrect: false };

/** Every question of the bank seen and last answered right, except those given. */
function allSeen(questions: readonly PoolQuestion[], except: PoolHistory = {}): PoolHistory {
  return {
    ...Object.fromEntries(questions.map((question) => [question.id, SEEN_RIGHT])),
    ...except,
  };
}

const FIFTEEN = bank({ p1: 5, p2: 4, p3: 3, p4: 2, p5: 1 });

describe('drawQuiz: how many', () => {
  it.each([
    { name: 'a bank larger than the size', questions: FIFTEEN, size: 10, drawn: 10 },
    { name: 'a bank exactly the size', questions: bank({ p1: 6, p2: 4 }), size: 10, drawn: 10 },
    { name: 'a bank smaller than the size', questions: bank({ p1: 3 }), size: 10, drawn: 3 },
    { name: 'a size of one', questions: FIFTEEN, size: 1, drawn: 1 },
    { name: 'a size of zero', questions: FIFTEEN, size: 0, drawn: 0 },
    { name: 'an empty bank', questions: [], size: 10, drawn: 0 },
  ])('draws $drawn from $name', ({ questions, size, drawn }) => {
    const ids = drawQuiz(questions, {}, size, 7);
    expect(ids).toHaveLength(drawn);
    expect(new Set(ids).size).toBe(drawn);
  });

  it('defaults to ten questions', () => {
    expect(drawQuiz(FIFTEEN, {}, undefined, 7)).toHaveLength(10);
  });

  it.each([-1, 2.5, Number.NaN])('refuses the size %s', (size) => {
    expect(() => drawQuiz(FIFTEEN, {}, size, 7)).toThrow(RangeError);
  });

  it("keeps the bank's order, leaving the shuffle to the attempt", () => {
    const ids = drawQuiz(FIFTEEN, {}, 10, 3);
    const order = FIFTEEN.map((question) => question.id);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });
});

describe('drawQuiz: coverage', () => {
  it.each([1, 2, 3, 4, 5, 99, 12345])('covers every paragraph with seed %i', (seed) => {
    expect(paragraphsOf(drawQuiz(FIFTEEN, {}, 10, seed))).toEqual(
      new Set(['p1', 'p2', 'p3', 'p4', 'p5']),
    );
  });

  it('covers as many paragraphs as the size allows when there are more paragraphs', () => {
    const wide = bank({ p1: 2, p2: 2, p3: 2, p4: 2 });
    expect(paragraphsOf(drawQuiz(wide, {}, 3, 11)).size).toBe(3);
  });

  it("covers a paragraph even when its only question was seen and the others' were not", () => {
    const history = { 'p5-1': SEEN_RIGHT };
    expect(drawQuiz(FIFTEEN, history, 10, 5)).toContain('p5-1');
  });
});

describe('drawQuiz: what it prefers', () => {
  it.each([
    {
      name: 'unseen questions over seen ones',
      history: allSeen(FIFTEEN, { 'p1-1': undefined, 'p2-2': undefined, 'p3-3': undefined }),
      size: 5,
      expected: ['p1-1', 'p2-2', 'p3-3'],
    },
    {
      name: 'last missed questions over ones last answered right',
      history: allSeen(FIFTEEN, { 'p1-4': SEEN_WRONG, 'p2-1': SEEN_WRONG }),
      size: 5,
      expected: ['p1-4', 'p2-1'],
    },
    {
      name: 'unseen over last missed, for the one place of their paragraph',
      history: allSeen(FIFTEEN, { 'p1-2': SEEN_WRONG, 'p1-3': { seen: 0 } }),
      size: 5,
      expected: ['p1-3'],
    },
  ])('$name', ({ history, size, expected }) => {
    for (const seed of [1, 2, 3, 4]) {
      expect(drawQuiz(FIFTEEN, history, size, seed)).toEqual(expect.arrayContaining(expected));
    }
  });

  it('treats seen without a verdict like last answered right', () => {
    const history = allSeen(FIFTEEN, { 'p1-5': { seen: 1 }, 'p1-4': SEEN_WRONG });
    const ids = drawQuiz(FIFTEEN, history, 5, 9);
    expect(ids).toContain('p1-4');
  });
});

describe('drawQuiz: seeds and retries', () => {
  it('draws the same set for the same seed and history', () => {
    expect(drawQuiz(FIFTEEN, {}, 10, 42)).toEqual(drawQuiz(FIFTEEN, {}, 10, 42));
  });

  it('draws different sets for different seeds when the bank is larger than the size', () => {
    const sets = new Set([1, 2, 3, 4, 5].map((seed) => drawQuiz(FIFTEEN, {}, 10, seed).join()));
    expect(sets.size).toBeGreaterThan(1);
  });

  it('gives a retry the questions the first attempt left out', () => {
    const first = drawQuiz(FIFTEEN, {}, 10, 100);
    const history = Object.fromEntries(first.map((id) => [id, SEEN_RIGHT]));
    const retry = drawQuiz(FIFTEEN, history, 10, 101);
    const left = FIFTEEN.map((question) => question.id).filter((id) => !first.includes(id));
    expect(retry).not.toEqual(first);
    expect(retry).toEqual(expect.arrayContaining(left));
  });

  it('brings back what the retry missed before what it got right', () => {
    const first = drawQuiz(FIFTEEN, {}, 10, 100);
    const [missed] = first;
    const history = allSeen(FIFTEEN, { [missed!]: SEEN_WRONG });
    expect(drawQuiz(FIFTEEN, history, 10, 555)).toContain(missed);
  });
});

describe('kinds of question', () => {
  it('draws one of every kind the bank has, where the size allows', () => {
    const kinds = ['single', 'multiple', 'truefalse', 'fill', 'ordering', 'matching'] as const;
    // One paragraph of twenty singles, and one question of each other kind elsewhere in it.
    const questions: PoolQuestion[] = [
      ...bank({ p1: 20 }),
      ...kinds.slice(1).map((type, index) => ({
        id: `p1-${type}-${index}`,
        type,
        source: { paragraph: 'p1', quote: 'a quote' },
      })),
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const drawn = new Set(drawQuiz(questions, {}, 10, seed));
      const drawnKinds = new Set(questions.filter((q) => drawn.has(q.id)).map((q) => q.type));
      expect(drawnKinds).toEqual(new Set(kinds));
    }
  });
});
