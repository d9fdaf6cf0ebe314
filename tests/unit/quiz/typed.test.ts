import { describe, expect, it } from 'vitest';
import { editDistance, matchTyped } from '../../../src/lib/quiz/typed';

describe('editDistance', () => {
  it.each([
    ['governance', 'governance', 0],
    ['goverance', 'governance', 1],
    ['governnance', 'governance', 1],
    ['govermance', 'governance', 1],
    ['govrenance', 'governance', 1],
    ['govrnace', 'governance', 2],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('matchTyped', () => {
  const accepted = ['governance', 'good governance'];

  it('matches exactly after folding case, space and a final full stop', () => {
    expect(matchTyped(' Good  Governance. ', accepted)).toEqual({
      kind: 'exact',
      accepted: 'good governance',
    });
  });

  it.each(['goverance', 'govrenance', 'governancee', 'good goverance'])(
    'forgives one slip in a long word: %s',
    (typed) => {
      expect(matchTyped(typed, accepted).kind).toBe('slip');
    },
  );

  it('names the accepted answer it forgave towards', () => {
    expect(matchTyped('good goverance', accepted)).toEqual({
      kind: 'slip',
      accepted: 'good governance',
    });
  });

  it('never forgives two slips, or a slip in a short word', () => {
    expect(matchTyped('govrnanc', accepted).kind).toBe('none');
    expect(matchTyped('goud governance', accepted).kind).toBe('none');
    expect(matchTyped('lwa', ['law']).kind).toBe('none');
    expect(matchTyped('pepole', ['people']).kind).toBe('slip');
    expect(matchTyped('peple', ['peoples']).kind).toBe('none');
  });

  it('never forgives a slip in numbers or dates', () => {
    expect(matchTyped('2013', ['2023']).kind).toBe('none');
    expect(matchTyped('20233', ['2023']).kind).toBe('none');
    expect(matchTyped('14th', ['13th']).kind).toBe('none');
    expect(matchTyped('15 May 2023', ['15 May 2022']).kind).toBe('none');
    expect(matchTyped('123456', ['123457']).kind).toBe('none');
  });

  it('matches nothing for an empty answer', () => {
    expect(matchTyped('   ', accepted)).toEqual({ kind: 'none' });
  });
});
