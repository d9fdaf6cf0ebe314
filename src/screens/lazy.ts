/**
 * The screens that load on demand, and a head start for the one the page opens on: its code, its
 * English and its unit's data are requested while storage and languages start, not after. A
 * screen whose code has arrived is handed out at once (`loadedScreen`), so it renders in the same
 * task as the shell instead of one module-loader round later.
 */
import type { Component } from 'svelte';
import { loadUnit } from 'virtual:lectern/course';
import { loadScreenMessages } from '../lib/i18n';
import type { Route } from '../lib/router/routes';

type LazyRoute = Exclude<Route['name'], 'units' | 'not-found'>;
type ScreenComponent = Component<{ route: Route }>;
type ScreenModule = Promise<{ default: ScreenComponent }>;

const importers: Record<LazyRoute, () => ScreenModule> = {
  unit: () => import('./unit/UnitScreen.svelte'),
  quiz: () => import('./quiz/QuizScreen.svelte'),
  progress: () => import('./progress/ProgressScreen.svelte'),
  attempt: () => import('./progress/AttemptScreen.svelte'),
  review: () => import('./review/ReviewScreen.svelte'),
  settings: () => import('./settings/SettingsScreen.svelte'),
  'final-test': () => import('./final-test/FinalTestScreen.svelte'),
  record: () => import('./record/CompletionRecordScreen.svelte'),
};

const loaded = new Map<LazyRoute, ScreenComponent>();

/** The screen for `name`, loading its code (and its English) if they have not arrived yet. */
export async function loadScreen(name: LazyRoute): Promise<ScreenComponent> {
  const [module] = await Promise.all([importers[name](), loadScreenMessages()]);
  loaded.set(name, module.default);
  return module.default;
}

/** The screen for `name` if its code has already arrived. */
export function loadedScreen(name: LazyRoute): ScreenComponent | undefined {
  return loaded.get(name);
}

/** Starts fetching what `route` will need; the module cache hands the same loads to the screen. */
export function prefetchRoute(route: Route): void {
  if (route.name === 'units' || route.name === 'not-found') {
    return;
  }
  void loadScreen(route.name).catch(() => undefined);
  if (route.name === 'unit' || route.name === 'quiz') {
    void loadUnit(route.unitId).catch(() => undefined);
  }
}
