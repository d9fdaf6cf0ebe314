/**
 * Hash routes: the app must run from any static host (and later inside an LMS package), so the
 * location hash is the only part of the address it reads. Pure functions; the reactive side is
 * in `router.svelte.ts`.
 */

export type Route =
  | { name: 'units' }
  | { name: 'unit'; unitId: string; paragraph?: string }
  | { name: 'quiz'; unitId: string }
  | { name: 'progress' }
  | { name: 'attempt'; attemptId: string }
  | { name: 'review' }
  | { name: 'settings' }
  | { name: 'final-test'; courseId: string }
  | { name: 'record'; courseId: string }
  | { name: 'not-found'; path: string };

const ID = '([A-Za-z0-9_-]+)';
const PATTERNS: [RegExp, (m: RegExpMatchArray) => Route][] = [
  [/^\/$/, () => ({ name: 'units' })],
  [new RegExp(`^/unit/${ID}$`), (m) => ({ name: 'unit', unitId: m[1]! })],
  [new RegExp(`^/unit/${ID}/p/${ID}$`), (m) => ({ name: 'unit', unitId: m[1]!, paragraph: m[2]! })],
  [new RegExp(`^/unit/${ID}/quiz$`), (m) => ({ name: 'quiz', unitId: m[1]! })],
  [/^\/progress$/, () => ({ name: 'progress' })],
  [new RegExp(`^/progress/attempt/${ID}$`), (m) => ({ name: 'attempt', attemptId: m[1]! })],
  [/^\/review$/, () => ({ name: 'review' })],
  [/^\/settings$/, () => ({ name: 'settings' })],
  [new RegExp(`^/course/${ID}/test$`), (m) => ({ name: 'final-test', courseId: m[1]! })],
  [new RegExp(`^/course/${ID}/record$`), (m) => ({ name: 'record', courseId: m[1]! })],
];

/** Turns `#/unit/x/quiz` (or an empty hash) into a route; anything unknown is `not-found`. */
export function parseRoute(hash: string): Route {
  let path = hash.replace(/^#/, '');
  if (path === '') {
    path = '/';
  }
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const [pattern, build] of PATTERNS) {
    const match = clean.match(pattern);
    if (match) {
      return build(match);
    }
  }
  return { name: 'not-found', path };
}

/** The hash for a route, for links: `href={routeHref({ name: 'progress' })}`. */
export function routeHref(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'units':
      return '#/';
    case 'unit':
      return route.paragraph
        ? `#/unit/${route.unitId}/p/${route.paragraph}`
        : `#/unit/${route.unitId}`;
    case 'quiz':
      return `#/unit/${route.unitId}/quiz`;
    case 'progress':
      return '#/progress';
    case 'attempt':
      return `#/progress/attempt/${route.attemptId}`;
    case 'review':
      return '#/review';
    case 'settings':
      return '#/settings';
    case 'final-test':
      return `#/course/${route.courseId}/test`;
    case 'record':
      return `#/course/${route.courseId}/record`;
  }
}
