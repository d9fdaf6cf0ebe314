/**
 * Types of the modules that `vite-plugin.ts` generates from `content/`. Declarations only: the
 * data behind them is compiled and validated at build time.
 */

declare module 'virtual:lectern/course' {
  /** Every course's article meta and list of units: small, shipped with the first screen. */
  export const courses: readonly import('./types').CourseIndex[];
  /** The default course: the first, and with one course the only one. */
  export const course: import('./types').CourseIndex;
  /** The course a unit belongs to (unit ids are unique across courses). */
  export function courseOfUnit(id: string): import('./types').CourseIndex | undefined;
  /** Loads one unit's chunk; undefined for an id the course does not have. */
  export function loadUnit(id: string): Promise<import('./types').Unit | undefined>;
  /** The unit if its chunk has already loaded, so a screen can show it without waiting a turn. */
  export function loadedUnit(id: string): import('./types').Unit | undefined;
}

declare module 'virtual:lectern/articles' {
  /**
   * Loads one language's article translation: course id to block id to translated text; undefined
   * for a language no course is translated into.
   */
  export function loadArticleTranslation(
    locale: string,
  ): Promise<import('./types').ArticleTranslation | undefined>;
}

declare module 'virtual:lectern/article/*' {
  const translation: import('./types').ArticleTranslation;
  export default translation;
}

declare module 'virtual:lectern/unit/*' {
  const unit: import('./types').Unit;
  export default unit;
}

declare module 'virtual:lectern/unit-translations' {
  /**
   * Loads one unit's translation into `locale` (its own chunk); undefined where the course has
   * none in that language, which then shows in English.
   */
  export function loadUnitTranslation(
    courseId: string,
    unitId: string,
    locale: string,
  ): Promise<import('./types').UnitTranslationChunk | undefined>;
}

declare module 'virtual:lectern/unit-translation/*' {
  const translation: import('./types').UnitTranslationChunk;
  export default translation;
}

declare module 'virtual:lectern/titles/*' {
  /** Course id to unit id to the unit's title in this module's language. */
  const titles: Readonly<Record<string, Readonly<Record<string, string>>>>;
  export default titles;
}
