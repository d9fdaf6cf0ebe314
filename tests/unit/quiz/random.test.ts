// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newSeed, seededRandom, shuffled } from '../../../src/lib/quiz/random';

function take(random: () => number, count: number): number[] {
  return Array.from({ length: count }, () => random());
}

const LETTERS = 'abcdefghijklmnopqrst'.split('');

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(seededRandom(42), 20)).toEqual(take(seededRandom(42), 20));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(seededRandom(42), 20)).not.toEqual(take(seededRandom(43), 20));
  });

  it('stays within [0, 1)', () => {
    for (const value of take(seededRandom(7), 1000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('reads a seed as an unsigned 32-bit number, as newSeed makes them', () => {
    expect(take(seededRandom(2 ** 32 - 1), 5)).toEqual(take(seededRandom(-1), 5));
  });
});

describe('shuffled', () => {
  it('gives the same order for the same seed', () => {
    expect(shuffled(LETTERS, seededRandom(9))).toEqual(shuffled(LETTERS, seededRandom(9)));
  });

  it('gives a different order for a different seed', () => {
    expect(shuffled(LETTERS, seededRandom(9))).not.toEqual(shuffled(LETTERS, seededRandom(10)));
  });

  it('actually moves items', () => {
    expect(shuffled(LETTERS, seededRandom(9))).not.toEqual(LETTERS);
  });

  it('keeps every item exactly once', () => {
    const result = shuffled(LETTERS, seededRandom(3));
    expect(result).toHaveLength(LETTERS.length);
    expect([...result].sort()).toEqual(LETTERS);
  });

  it('leaves the input as it was', () => {
    const items = Object.freeze([...LETTERS]);
    shuffled(items, seededRandom(3));
    expect(items).toEqual(LETTERS);
  });

  it('returns a new array even for one item or none', () => {
    const one = ['only'];
    const result = shuffled(one, seededRandom(1));
    expect(result).toEqual(['only']);
    expect(result).not.toBe(one);
    expect(shuffled([], seededRandom(1))).toEqual([]);
  });

  it('puts each item first about equally often over many seeds', () => {
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const first = shuffled(['a', 'b', 'c', 'd'], seededRandom(seed))[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const id of ['a', 'b', 'c', 'd']) {
      // 1000 expected; a fair shuffle lands well within ±15%.
      expect(firsts.get(id)).toBeGreaterThan(850);
      expect(firsts.get(id)).toBeLessThan(1150);
    }
  });
});

describe('newSeed', () => {
  it('makes an unsigned 32-bit integer', () => {
    const seed = newSeed();
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThan(2 ** 32);
  });

  it('makes a fresh seed each time', () => {
    const seeds = new Set(Array.from({ length: 20 }, () => newSeed()));
    expect(seeds.size).toBeGreaterThan(1);
  });
});
