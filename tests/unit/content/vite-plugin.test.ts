// @vitest-environment node
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { textHash } from '../../../src/lib/content/translations';
import { lecternContent } from '../../../src/lib/content/vite-plugin';
import { stringify } from 'yaml';
import { zhUnit } from './translation-fixture';
import {
  UNIT_FILE,
  makeArticle,
  makeUnit,
  questionOf,
  removeWrittenCourses,
  writeCourse,
  type Yaml,
} from './fixture';

afterEach(removeWrittenCourses);

const ENTRY = `
import { course, loadUnit } from 'virtual:lectern/course';
document.title = course.units.map((unit) => unit.title).join();
for (const unit of course.units) {
  loadUnit(unit.id).then((loaded) => console.log(loaded.passage.length));
}
`;

function supervisionUnit(): Yaml {
  return {
    ...makeUnit(),
    id: 'supervision',
    order: 2,
    title: 'Supervision',
    principle: 'Supervision is carried out in accordance with the law.',
    passage: ['s4-p1'],
    questions: [],
    translations: undefined,
  };
}

/** A Chinese translation of every block of the fixture article, each marked 译文 and its id. */
function writeChineseArticle(course: string): void {
  const blocks = makeArticle().blocks as { id: string; text: string }[];
  const lines = blocks.flatMap((block) => [
    `  ${block.id}:`,
    `    source: '${textHash(block.text)}'`,
    `    text: 译文 ${block.id}`,
  ]);
  mkdirSync(join(course, 'translations', 'zh-Hans'), { recursive: true });
  writeFileSync(
    join(course, 'translations', 'zh-Hans', 'article.yaml'),
    ['blocks:', ...lines].join('\n'),
  );
}

/** Builds a page that uses the course, with the content written next to it, in memory. */
async function buildSite(
  units: Yaml[],
  entry = ENTRY,
  translated = false,
  lazyModules: Record<string, string> = {},
): Promise<Rolldown.OutputChunk[]> {
  const files = units.map((unit, index) => ({
    name: `0${index + 1}-${String(unit.id)}.yaml`,
    content: unit,
  }));
  const course = writeCourse(makeArticle(), files);
  if (translated) {
    writeChineseArticle(course);
    mkdirSync(join(course, 'translations', 'zh-Hans', 'units'), { recursive: true });
    writeFileSync(
      join(course, 'translations', 'zh-Hans', 'units', '01-legislation.yaml'),
      stringify(zhUnit()),
    );
  }
  const root = dirname(course);
  writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), entry);
  // A stand-in for the unit screen: a lazy module that asks for the Chinese article.
  writeFileSync(
    join(root, 'unit-screen.js'),
    "import { loadArticleTranslation } from 'virtual:lectern/articles';\n" +
      "loadArticleTranslation('zh-Hans').then((t) => console.log(Object.keys(t)));",
  );
  for (const [name, code] of Object.entries(lazyModules)) {
    writeFileSync(join(root, name), code);
  }
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [lecternContent({ dir: 'no-own-courses', extraDirs: [course], courseRules: false })],
    build: { write: false },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs
    .flatMap((output) => ('output' in output ? output.output : []))
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
}

describe('lecternContent', () => {
  it('ships the index with the entry and each unit as its own lazy chunk', async () => {
    const chunks = await buildSite([makeUnit(), supervisionUnit()]);
    const entry = chunks.find((chunk) => chunk.isEntry);
    const unitChunks = chunks.filter((chunk) => chunk.isDynamicEntry);
    expect(entry?.code).toContain('Better laws');
    expect(entry?.code).not.toContain('Good law is the premise of good governance');
    expect(unitChunks).toHaveLength(2);
    expect(
      unitChunks.filter((chunk) => chunk.code.includes('Good law is the premise')),
    ).toHaveLength(1);
  });

  it('ships each translated language as a chunk the entry loads only on request', async () => {
    const entry = `${ENTRY}
import('./unit-screen.js');`;
    const chunks = await buildSite([makeUnit()], entry, true);
    const main = chunks.find((chunk) => chunk.isEntry);
    expect(main?.code).not.toContain('loadArticleTranslation');
    expect(main?.code).not.toContain('译文');
    const chinese = chunks.filter((chunk) => chunk.code.includes('译文 s3-p1'));
    expect(chinese).toHaveLength(1);
    expect(chinese[0]?.isDynamicEntry).toBe(true);
  });

  it('ships each unit translation as its own lazy chunk, and titles with the language', async () => {
    const entry = `${ENTRY}
import('./unit-text.js');
import('./messages.js');`;
    const lazy = {
      'unit-text.js':
        "import { loadUnitTranslation } from 'virtual:lectern/unit-translations';\n" +
        "loadUnitTranslation('content', 'legislation', 'zh-Hans').then((t) => console.log(t.unit));",
      'messages.js':
        "import titles from 'virtual:lectern/titles/zh-Hans';\nconsole.log(titles.content.legislation);",
    };
    const chunks = await buildSite([makeUnit()], entry, true, lazy);
    const main = chunks.find((chunk) => chunk.isEntry);
    expect(main?.code).not.toContain('译：');
    const unitText = chunks.filter((chunk) => chunk.code.includes('译：Good law comes first.'));
    expect(unitText.map((chunk) => chunk.name)).toEqual(['zh-Hans_legislation']);
    const titles = chunks.find((chunk) => chunk.name === 'messages');
    expect(titles?.code).toContain('译：Better laws');
    expect(titles?.code).not.toContain('译：Good law comes first.');
  });

  it('fails the build with the file, the id and the problem', async () => {
    const unit = makeUnit();
    questionOf(unit, 'leg-01').answer = 'c';
    await expect(buildSite([unit])).rejects.toThrow(
      `${UNIT_FILE}: question leg-01: answer "c" is not an option id`,
    );
  });
});
