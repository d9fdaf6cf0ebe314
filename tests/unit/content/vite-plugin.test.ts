// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { lecternContent } from '../../../src/lib/content/vite-plugin';
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

/** Builds a page that uses the course, with the content written next to it, in memory. */
async function buildSite(units: Yaml[]): Promise<Rolldown.OutputChunk[]> {
  const files = units.map((unit, index) => ({
    name: `0${index + 1}-${String(unit.id)}.yaml`,
    content: unit,
  }));
  const course = writeCourse(makeArticle(), files);
  const root = dirname(course);
  writeFileSync(join(root, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), ENTRY);
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

  it('fails the build with the file, the id and the problem', async () => {
    const unit = makeUnit();
    questionOf(unit, 'leg-01').answer = 'c';
    await expect(buildSite([unit])).rejects.toThrow(
      `${UNIT_FILE}: question leg-01: answer "c" is not an option id`,
    );
  });
});
