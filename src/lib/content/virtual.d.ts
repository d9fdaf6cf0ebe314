/**
 * Types of the modules that `vite-plugin.ts` generates from `content/`. Declarations only: the
 * data behind them is compiled and validated at build time.
 */

declare module 'virtual:lectern/course' {
  /** The article's meta and the list of units: small, shipped with the first screen. */
  export const course: import('./types').CourseIndex;
  /** Loads one unit's chunk; undefined for an id the course does not have. */
  export function loadUnit(id: string): Promise<import('./types').Unit | undefined>;
  /** The unit if its chunk has already loaded, so a screen can show it without waiting a turn. */
  export function loadedUnit(id: string): import('./types').Unit | undefined;
}

declare module 'virtual:lectern/unit/*' {
  const unit: import('./types').Unit;
  export default unit;
}
