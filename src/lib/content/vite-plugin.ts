/**
 * Serves the compiled courses to the app as virtual modules: `virtual:lectern/course` (the small
 * index of every course plus `loadUnit`), one `virtual:lectern/unit/<id>` per unit, and for
 * translations `virtual:lectern/articles` (`loadArticleTranslation`) with one
 * `virtual:lectern/article/<locale>` per translated language (every course's translated blocks),
 * each its own lazily loaded chunk, so a language costs nothing until a unit page asks for it. A content problem fails `vite build` with the ContentError's message; in dev it shows in
 * the error overlay and the server keeps running so the author can fix it. This plugin must never
 * check content itself: every rule lives behind `compileCourse`.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { ContentError, contentFiles, type CompileOptions, type CompiledCourse } from './compile.ts';
import { compileCourses, courseDirs } from './courses.ts';

const COURSE_ID = 'virtual:lectern/course';
const UNIT_PREFIX = 'virtual:lectern/unit/';
const ARTICLE_PREFIX = 'virtual:lectern/article/';
const ARTICLES_ID = 'virtual:lectern/articles';
const UNIT_TRANSLATIONS_ID = 'virtual:lectern/unit-translations';
const UNIT_TRANSLATION_PREFIX = 'virtual:lectern/unit-translation/';
const TITLES_PREFIX = 'virtual:lectern/titles/';
const VIRTUAL_PREFIX = 'virtual:lectern/';
/** Rollup's convention: a leading NUL keeps other plugins from treating the id as a file. */
const RESOLVED = '\0';

export interface LecternContentOptions extends CompileOptions {
  /** The content directory, relative to the Vite root; its courses are in `courses/<id>/`. */
  dir: string;
  /** More course folders (absolute), after the content directory's own. */
  extraDirs?: readonly string[];
}

/** The languages some course has an article translation in. */
function translatedLocales(courses: readonly CompiledCourse[]): string[] {
  return [...new Set(courses.flatMap((course) => Object.keys(course.articleTranslations)))];
}

/** Course id to block id to translated text, for one language. */
function articleModule(courses: readonly CompiledCourse[], locale: string): string {
  const byCourse = Object.fromEntries(
    courses.flatMap((course) => {
      const blocks = course.articleTranslations[locale as keyof typeof course.articleTranslations];
      return blocks ? [[course.index.id, blocks]] : [];
    }),
  );
  return `export default ${JSON.stringify(byCourse)};`;
}

/**
 * `loadArticleTranslation` lives in a module of its own, imported by the unit screen only, so the
 * first screen carries nothing for translations.
 */
function articlesModule(courses: readonly CompiledCourse[]): string {
  return loadersModule(
    translatedLocales(courses).map((locale) => [locale, ARTICLE_PREFIX + locale]),
    'loadArticleTranslation(locale)',
    'locale',
  );
}

/**
 * A module whose one function, `signature`, loads the default export of the module its arguments
 * name (`key`, an expression of them, is looked up in `modules`: key to module id), each a chunk
 * of its own, or gives undefined for a key it does not know.
 */
function loadersModule(modules: [string, string][], signature: string, key: string): string {
  return [
    'const loaders = new Map([',
    ...modules.map(
      ([name, id]) => `  [${JSON.stringify(name)}, () => import(${JSON.stringify(id)})],`,
    ),
    ']);',
    `export function ${signature} {`,
    `  const load = loaders.get(${key});`,
    '  if (!load) return Promise.resolve(undefined);',
    '  return load().then((module) => module.default);',
    '}',
  ].join('\n');
}

/**
 * `course/locale_unit` of every unit translation some course has: the module id's tail, whose
 * last part names the chunk (`zh-Hans_legislation-<hash>.js`), so a build listing shows what is
 * what. Unit ids and locale codes never hold `_`.
 */
function unitTranslationKeys(courses: readonly CompiledCourse[]): string[] {
  return courses.flatMap((course) =>
    Object.entries(course.unitTranslations).flatMap(([locale, units]) =>
      Object.keys(units).map((unitId) => `${course.index.id}/${locale}_${unitId}`),
    ),
  );
}

/**
 * `loadUnitTranslation(courseId, unitId, locale)`: one chunk per language and unit, so a learner
 * downloads only the units they open, in their language. Imported by the unit and quiz screens.
 */
function unitTranslationsModule(courses: readonly CompiledCourse[]): string {
  return loadersModule(
    unitTranslationKeys(courses).map((key) => [key, UNIT_TRANSLATION_PREFIX + key]),
    'loadUnitTranslation(courseId, unitId, locale)',
    '`${courseId}/${locale}_${unitId}`',
  );
}

function unitTranslationModule(
  courses: readonly CompiledCourse[],
  key: string,
): string | undefined {
  const match = /^([^/]+)\/([^_]+)_(.+)$/.exec(key);
  const [, courseId, locale, unitId] = match ?? [];
  const course = courses.find((candidate) => candidate.index.id === courseId);
  const units = course?.unitTranslations[locale as keyof CompiledCourse['unitTranslations']];
  const translation = unitId === undefined ? undefined : units?.[unitId];
  return translation && `export default ${JSON.stringify(translation)};`;
}

/**
 * One language's unit titles (course id to unit id to title), small enough to travel with that
 * language's interface messages, so the first screen lists the units in the learner's language
 * without a request of its own.
 */
function titlesModule(courses: readonly CompiledCourse[], locale: string): string {
  const titles = Object.fromEntries(
    courses.map((course) => {
      const units = course.unitTranslations[locale as keyof CompiledCourse['unitTranslations']];
      return [
        course.index.id,
        Object.fromEntries(
          Object.entries(units ?? {}).flatMap(([unitId, translation]) =>
            translation.unit.title === undefined ? [] : [[unitId, translation.unit.title]],
          ),
        ),
      ];
    }),
  );
  return `export default ${JSON.stringify(titles)};`;
}

function courseModule(courses: readonly CompiledCourse[]): string {
  const units = courses.flatMap((course) => course.units);
  // Each course's index lists its units in the order of `course.units`: the loaders below are
  // found by that position, so the script does not name every unit a second and third time.
  const loaders = units.map((unit) => `  () => import(${JSON.stringify(UNIT_PREFIX + unit.id)}),`);
  return [
    `export const courses = ${JSON.stringify(courses.map((course) => course.index))};`,
    '/** The default course: the first, and with one course the only one. */',
    'export const course = courses[0];',
    // Made from the index when first asked, not written out per unit: the first screen's script
    // carries every unit of every course, and each unit's line cost it bytes.
    'let unitPlaces;',
    'function placeOf(id) {',
    '  unitPlaces ??= new Map(',
    '    courses.flatMap((c) => c.units).map((unit, place) => [unit.id, place]),',
    '  );',
    '  return unitPlaces.get(id);',
    '}',
    'export function courseOfUnit(id) {',
    '  return courses.find((c) => c.units.some((unit) => unit.id === id));',
    '}',
    'const loaders = [',
    ...loaders,
    '];',
    'const loaded = new Map();',
    'export function loadUnit(id) {',
    '  const place = placeOf(id);',
    '  if (place === undefined) return Promise.resolve(undefined);',
    '  return loaders[place]().then((module) => {',
    '    loaded.set(id, module.default);',
    '    return module.default;',
    '  });',
    '}',
    'export function loadedUnit(id) {',
    '  return loaded.get(id);',
    '}',
  ].join('\n');
}

function isInside(dir: string, file: string): boolean {
  const path = relative(dir, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

export function lecternContent(options: LecternContentOptions): Plugin {
  let dir = resolve(options.dir);
  let isBuild = false;
  /** Cleared whenever a content file changes, so the next load compiles afresh. */
  let compiled: CompiledCourse[] | undefined;

  function compile(context: Rollup.PluginContext): CompiledCourse[] {
    const dirs = courseDirs(dir, options.extraDirs);
    for (const file of dirs.flatMap((course) => contentFiles(course.dir))) {
      context.addWatchFile(file);
    }
    try {
      return compileCourses(dirs, {
        courseRules: options.courseRules,
        translationDrafts: options.translationDrafts,
      });
    } catch (error) {
      if (error instanceof ContentError) {
        context.error(error.message);
      }
      throw error;
    }
  }

  return {
    name: 'lectern-content',

    configResolved(config) {
      dir = resolve(config.root, options.dir);
      isBuild = config.command === 'build';
    },

    buildStart() {
      try {
        compiled = compile(this);
      } catch (error) {
        // In dev a broken file should not stop the server: `load` reports it to the overlay.
        if (isBuild) {
          throw error;
        }
        this.warn(error instanceof Error ? error.message : String(error));
      }
    },

    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? RESOLVED + id : undefined;
    },

    load(id) {
      if (!id.startsWith(RESOLVED + VIRTUAL_PREFIX)) {
        return undefined;
      }
      compiled ??= compile(this);
      const virtualId = id.slice(RESOLVED.length);
      if (virtualId === COURSE_ID) {
        return courseModule(compiled);
      }
      if (virtualId === ARTICLES_ID) {
        return articlesModule(compiled);
      }
      if (virtualId === UNIT_TRANSLATIONS_ID) {
        return unitTranslationsModule(compiled);
      }
      if (virtualId.startsWith(TITLES_PREFIX)) {
        // Every interface language has one, translated or not: its messages import it.
        return titlesModule(compiled, virtualId.slice(TITLES_PREFIX.length));
      }
      if (virtualId.startsWith(UNIT_TRANSLATION_PREFIX)) {
        const key = virtualId.slice(UNIT_TRANSLATION_PREFIX.length);
        const module = unitTranslationModule(compiled, key);
        if (module === undefined) {
          this.error(
            `${virtualId}: no such module; translated units are ${unitTranslationKeys(compiled).join(', ')}`,
          );
        }
        return module;
      }
      if (virtualId.startsWith(ARTICLE_PREFIX)) {
        const locale = virtualId.slice(ARTICLE_PREFIX.length);
        const known = translatedLocales(compiled);
        if (!known.includes(locale)) {
          this.error(
            `${virtualId}: no such module; the article is translated into ${known.join(', ')}`,
          );
        }
        return articleModule(compiled, locale);
      }
      const units = compiled.flatMap((course) => course.units);
      const unit = virtualId.startsWith(UNIT_PREFIX)
        ? units.find((candidate) => UNIT_PREFIX + candidate.id === virtualId)
        : undefined;
      if (unit === undefined) {
        const known = units.map((candidate) => candidate.id).join(', ');
        this.error(`${virtualId}: no such module; the course's units are ${known}`);
      }
      return `export default ${JSON.stringify(unit)};`;
    },

    hotUpdate({ file }) {
      const watched = [dir, ...(options.extraDirs ?? [])];
      if (!watched.some((root) => isInside(root, file)) || !file.endsWith('.yaml')) {
        return undefined;
      }
      compiled = undefined;
      const graph = this.environment.moduleGraph;
      for (const [id, module] of graph.idToModuleMap) {
        if (id.startsWith(RESOLVED + VIRTUAL_PREFIX)) {
          graph.invalidateModule(module);
        }
      }
      // The app may hold questions of the old content in memory; a fresh page is the honest update.
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
