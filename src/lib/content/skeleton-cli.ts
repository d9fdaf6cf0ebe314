/**
 * `npm run content:skeleton -- <locale> [course-dir]`: writes, for each unit of the course,
 * `translations/<locale>/units/<name>.yaml` with an entry for every piece of English that has no
 * up-to-date translation yet, holding the English as a starting point. Entries already made from
 * the English as it is now are kept word for word. `content:check` then names every entry still
 * in English or made from older English. The only content command that writes.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { UnitSchema, checkShape } from './schema.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from './translations.ts';
import { UnitTranslationFileSchema, unitTranslationSkeleton } from './unit-translation.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_COURSE = join(REPO_ROOT, 'content', 'courses', 'xinjiang-congress');

function header(locale: TranslatedLocale, name: string): string {
  return [
    `# Lectern's ${locale} translation of units/${name}, made from the English (itself Qiushi's`,
    '# published English translation of the article). `source` is the hash of the English each',
    '# entry was made from; content:check names an entry whose English has changed since, and one',
    '# still in English. Terms follow ../../../glossary.yaml; see content/README.md.',
    '',
  ].join('\n');
}

function main(locale: string | undefined, courseArgument: string | undefined): number {
  if (!TRANSLATED_LOCALES.includes(locale as TranslatedLocale)) {
    console.error(
      `Usage: npm run content:skeleton -- <${TRANSLATED_LOCALES.join('|')}> [course-dir]`,
    );
    return 1;
  }
  const language = locale as TranslatedLocale;
  const courseDir = courseArgument === undefined ? DEFAULT_COURSE : resolve(courseArgument);
  const unitsDir = join(courseDir, 'units');
  const targetDir = join(courseDir, 'translations', language, 'units');
  mkdirSync(targetDir, { recursive: true });
  for (const name of readdirSync(unitsDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const unit = checkShape(UnitSchema, parse(readFileSync(join(unitsDir, name), 'utf8')));
    if (!unit.ok) {
      console.error(`units/${name}: fix the English first (npm run content:check)`);
      return 1;
    }
    const target = join(targetDir, name);
    const old = existsSync(target)
      ? checkShape(UnitTranslationFileSchema, parse(readFileSync(target, 'utf8')))
      : undefined;
    if (old !== undefined && !old.ok) {
      console.error(`${target}: not a readable translation; fix or remove it first`);
      return 1;
    }
    const skeleton = unitTranslationSkeleton(unit.value, old?.value);
    writeFileSync(target, header(language, name) + stringify(skeleton, { lineWidth: 100 }));
    console.log(`wrote ${target}`);
  }
  return 0;
}

process.exitCode = main(process.argv[2], process.argv[3]);
