// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../src/lib/router/routes';

type KnownRoute = Exclude<Route, { name: 'not-found' }>;

describe('parseRoute', () => {
  it.each(['', '#', '#/'])('opens the units list for %j', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'units' });
  });

  it('opens a unit', () => {
    expect(parseRoute('#/unit/legislation')).toEqual({ name: 'unit', unitId: 'legislation' });
  });

  it('opens a unit at a paragraph', () => {
    expect(parseRoute('#/unit/legislation/p/s1-p2')).toEqual({
      name: 'unit',
      unitId: 'legislation',
      paragraph: 's1-p2',
    });
  });

  it("opens a unit's quiz", () => {
    expect(parseRoute('#/unit/legislation/quiz')).toEqual({ name: 'quiz', unitId: 'legislation' });
  });

  it('opens the progress screen and one attempt on it', () => {
    expect(parseRoute('#/progress')).toEqual({ name: 'progress' });
    expect(parseRoute('#/progress/attempt/abc')).toEqual({ name: 'attempt', attemptId: 'abc' });
  });

  it('opens review and settings', () => {
    expect(parseRoute('#/review')).toEqual({ name: 'review' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
  });

  it("opens a course's final test and its completion record; nothing else under a course", () => {
    expect(parseRoute('#/course/xinjiang-congress/test')).toEqual({
      name: 'final-test',
      courseId: 'xinjiang-congress',
    });
    expect(parseRoute('#/course/xinjiang-congress/record/')).toEqual({
      name: 'record',
      courseId: 'xinjiang-congress',
    });
    expect(parseRoute('#/course/xinjiang-congress').name).toBe('not-found');
    expect(parseRoute('#/course/xinjiang-congress/tests').name).toBe('not-found');
  });

  it('reads ids with digits, hyphens and underscores', () => {
    expect(parseRoute('#/unit/unit_02-b/quiz')).toEqual({ name: 'quiz', unitId: 'unit_02-b' });
  });

  it('reads an address without the leading #', () => {
    expect(parseRoute('/settings')).toEqual({ name: 'settings' });
  });

  it.each([
    ['#/unit/legislation/', { name: 'unit', unitId: 'legislation' }],
    ['#/unit/legislation/quiz/', { name: 'quiz', unitId: 'legislation' }],
    ['#/progress/', { name: 'progress' }],
    ['#/progress//', { name: 'progress' }],
    ['#/review/', { name: 'review' }],
  ] as const)('ignores the trailing slash in %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    ['#/unit', '/unit'],
    ['#/unit/', '/unit/'],
    ['#/unit/legislation/extra', '/unit/legislation/extra'],
    ['#/unit/legislation/p', '/unit/legislation/p'],
    ['#/progress/attempt', '/progress/attempt'],
    ['#/foo', '/foo'],
    ['#/Progress', '/Progress'],
    ['#/unit/a b', '/unit/a b'],
  ])('does not know %j and says which path it was', (hash, path) => {
    expect(parseRoute(hash)).toEqual({ name: 'not-found', path });
  });
});

describe('routeHref', () => {
  const routes: KnownRoute[] = [
    { name: 'units' },
    { name: 'unit', unitId: 'legislation' },
    { name: 'unit', unitId: 'legislation', paragraph: 's1-p2' },
    { name: 'quiz', unitId: 'legislation' },
    { name: 'progress' },
    { name: 'attempt', attemptId: 'abc' },
    { name: 'review' },
    { name: 'settings' },
    { name: 'final-test', courseId: 'xinjiang-congress' },
    { name: 'record', courseId: 'xinjiang-congress' },
  ];

  it('writes the addresses the app links to', () => {
    expect(routes.map(routeHref)).toEqual([
      '#/',
      '#/unit/legislation',
      '#/unit/legislation/p/s1-p2',
      '#/unit/legislation/quiz',
      '#/progress',
      '#/progress/attempt/abc',
      '#/review',
      '#/settings',
      '#/course/xinjiang-congress/test',
      '#/course/xinjiang-congress/record',
    ]);
  });

  it.each(routes)('writes an address that reads back as the same route: %j', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
