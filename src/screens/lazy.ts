/**
 * The screens that load on demand, and a head start for the one the page opens on: its code and
 * its unit's data are requested while storage and languages start, not after.
 */
import type { Component } from 'svelte';
import { loadUnit } from 'virtual:lectern/course';
import type { Route } from '../lib/router/routes';

export type LazyRoute = Exclude<Route['name'], 'units' | 'not-found'>;
type ScreenModule = Promise<{ default: Component<{ route: Route }> }>;

export const lazyScreens: Record<LazyRoute, () => ScreenModule> = {
  unit: () => import('./unit/UnitScreen.svelte'),
  quiz: () => import('./quiz/QuizScreen.svelte'),
  progress: () => import('./progress/ProgressScreen.svelte'),
  attempt: () => import('./progress/AttemptScreen.svelte'),
  review: () => import('./review/ReviewScreen.svelte'),
  settings: () => import('./settings/SettingsScreen.svelte'),
};

/** Starts fetching what `route` will need; the module cache hands the same loads to the screen. */
export function prefetchRoute(route: Route): void {
  if (route.name === 'units' || route.name === 'not-found') {
    return;
  }
  void lazyScreens[route.name]().catch(() => undefined);
  if (route.name === 'unit' || route.name === 'quiz') {
    void loadUnit(route.unitId).catch(() => undefined);
  }
}
