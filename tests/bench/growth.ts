/**
 * Cost as the course grows: a synthetic course of 50 units and 2,500 questions (never shipped) is
 * written to a temporary folder, built beside the real course (`LECTERN_EXTRA_COURSES`, into a
 * temporary `outDir`) and compared with the real course alone.
 *
 * - The first visit's JavaScript (gzip, on the wire) of both builds, measured as the first-visit
 *   section does (`firstVisit` in sizes.ts); the synthetic build may add at most 2 KB.
 * - The content step: `compileCourses` over the real course and over the synthetic one, in ms per
 *   100 questions (the same figure for both if it is linear).
 * - The largest unit chunk of the synthetic build, gzipped.
 *
 * The synthetic units are the real course's units repeated: unit 0 is the overview, units 1–49
 * cycle through the section units, and each holds 50 questions, its model's questions repeated
 * under new ids (unit ids are unique across courses, question ids within the course). Each
 * repeat is disguised (`disguise`: every content word prefixed for that copy, in the question
 * and in a copy of its paragraphs) so the question-bank lint sees 50 different questions. Titles and
 * principles, which the first screen's course index carries, are new text of the same length (see
 * `wordsLike`); each principle is also a new paragraph of the article, in its unit's passage, as
 * the content rules want a principle quoted from the passage. Every course rule holds, so the build compiles it like any course.
 */
import type { Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { compileCourses, courseDirs, type CourseDir } from '../../src/lib/content/courses';
import { articleUsage, checkEchoedKey } from '../../src/lib/content/fairness';
import type { AuthoredQuestion as Question } from '../../src/lib/content/schema';
import type { ArticleBlock } from '../../src/lib/content/types';
import { topicTokens } from '../../src/lib/content/words';
import { seededRandom } from '../../src/lib/quiz/random';
import { debug } from './browser';
import { percentile, type Figure } from './report';
import { serveStatic } from './server';
import { firstVisit } from './sizes';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REAL_COURSE = join(ROOT, 'content', 'courses', 'xinjiang-congress');
const KB = 1024;

/** The synthetic course's shape, as the issue asks for it. */
export const SYNTHETIC = { id: 'bench-synthetic', units: 50, questionsPerUnit: 50 };

interface AuthoredQuestion {
  id: string;
  [field: string]: unknown;
}

interface AuthoredUnit {
  id: string;
  order: number;
  title: string;
  principle: string;
  passage: string[];
  questions: AuthoredQuestion[];
  [field: string]: unknown;
}

/**
 * As many words as `model` has, drawn at random from the article's words. The course index that
 * ships with the first screen holds every unit's title and principle: copied verbatim, 50 units
 * would gzip to almost nothing and hide what a real course of 50 units adds. Words drawn from the
 * article keep real English word lengths and frequencies without the repeats.
 */
function wordsLike(model: string, vocabulary: readonly string[], random: () => number): string {
  const count = model.split(/\s+/).filter((word) => word !== '').length;
  return Array.from(
    { length: count },
    () => vocabulary[Math.floor(random() * vocabulary.length)]!,
  ).join(' ');
}

/** Runs of letters and digits, as the question-bank lint splits text into words. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The same text in other words: every content word gets a prefix of its own for this copy
 * (`qb` + word), the same everywhere, so a quote stays verbatim in its disguised paragraph and
 * the lint sees the copy exactly as it sees the original, but nothing it shares with another
 * copy of the same question. Function and question-frame words stay, as the lint skips them
 * (`topicTokens`).
 */
function disguise(text: string, copy: number): string {
  const mark = `q${String.fromCharCode(97 + (copy % 26))}`;
  return text.replace(WORD, (word) => (topicTokens(word).length > 0 ? `${mark}${word}` : word));
}

/** Every text of a question disguised for `copy`, its source in the copy's own paragraph. */
function disguisedQuestion(
  question: AuthoredQuestion,
  id: string,
  copy: number,
  blockPrefix: string,
): AuthoredQuestion {
  const texts = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') {
      return key === 'id' || key === 'type' || key === 'objective' ? value : disguise(value, copy);
    }
    if (Array.isArray(value)) {
      return value.map((item) => texts(item));
    }
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, texts(v, k)]));
    }
    return value;
  };
  const { source, answer, ...rest } = question as AuthoredQuestion & {
    source: { paragraph: string; quote: string };
    answer?: unknown;
  };
  return {
    ...(texts(rest) as AuthoredQuestion),
    ...(answer !== undefined && { answer }),
    id,
    source: { paragraph: `${blockPrefix}${source.paragraph}`, quote: disguise(source.quote, copy) },
  };
}

/** Writes the synthetic course into `parent/<id>/` and returns its folder. */
export async function writeSyntheticCourse(
  parent: string,
  { id: courseId, units: unitCount }: { id: string; units: number } = SYNTHETIC,
): Promise<string> {
  const dir = join(parent, courseId);
  await mkdir(join(dir, 'units'), { recursive: true });
  const article = parse(await readFile(join(REAL_COURSE, 'article.yaml'), 'utf8')) as {
    blocks: { id: string; kind: string; text: string }[];
  };
  const vocabulary = article.blocks.flatMap((block) => block.text.split(/\s+/));
  const random = seededRandom(20261129);
  const units: AuthoredUnit[] = [];
  const models: AuthoredUnit[] = [];
  for (const name of (await readdir(join(REAL_COURSE, 'units'))).sort()) {
    models.push(parse(await readFile(join(REAL_COURSE, 'units', name), 'utf8')) as AuthoredUnit);
  }
  models.sort((a, b) => a.order - b.order);
  const [overview, ...sections] = models;
  const blockText = new Map(article.blocks.map((block) => [block.id, block]));
  for (let n = 0; n < unitCount; n++) {
    const model = n === 0 ? overview! : sections[(n - 1) % sections.length]!;
    const id = `syn${n}-${model.id}`;
    // One copy more than 50 questions need: the questions the lint refuses in this longer
    // article are dropped below.
    const copies = Math.ceil(SYNTHETIC.questionsPerUnit / model.questions.length) + 1;
    const passage = [...model.passage];
    for (let copy = 1; copy < copies; copy++) {
      for (const blockId of model.passage) {
        const block = blockText.get(blockId)!;
        const copyId = `syn${n}-c${copy}-${blockId}`;
        article.blocks.push({ ...block, id: copyId, text: disguise(block.text, copy) });
        passage.push(copyId);
      }
    }
    const questions = Array.from({ length: copies * model.questions.length }, (_, k) => {
      const question = model.questions[k % model.questions.length]!;
      const copy = Math.floor(k / model.questions.length);
      return copy === 0
        ? { ...question, id: `${question.id}-u${n}-${k}` }
        : disguisedQuestion(question, `${question.id}-u${n}-${k}`, copy, `syn${n}-c${copy}-`);
    });
    // A principle is quoted from its unit's passage: each unit gets a paragraph of its own.
    const principle = wordsLike(model.principle, vocabulary, random);
    article.blocks.push({ id: `syn-p${n}`, kind: 'paragraph', text: principle });
    units.push({
      ...model,
      id,
      order: n,
      title: wordsLike(model.title, vocabulary, random),
      principle,
      passage: [...passage, `syn-p${n}`],
      questions,
    });
  }
  // In an article of hundreds of blocks, words the real article uses everywhere ("law") are
  // rare: a key that repeats one from its prompt becomes a clue the lint refuses. Such questions
  // are left out; every unit still gets its 50.
  const usage = articleUsage(
    new Map(article.blocks.map((block) => [block.id, block as ArticleBlock])),
  );
  for (const unit of units) {
    unit.questions = unit.questions
      .filter((question) => checkEchoedKey(question as unknown as Question, usage).length === 0)
      .slice(0, SYNTHETIC.questionsPerUnit);
  }
  await writeFile(join(dir, 'article.yaml'), stringify(article, { lineWidth: 0 }));
  for (const unit of units) {
    const file = `${String(unit.order).padStart(2, '0')}-${unit.id}.yaml`;
    await writeFile(join(dir, 'units', file), stringify(unit, { lineWidth: 0 }));
  }
  return dir;
}

/**
 * Median CPU time (user + system, this process) of `compileCourses(dirs)` over `runs` runs, after
 * one untimed warm-up, with the median wall-clock time beside it. The step is synchronous, so its
 * CPU time is its own work; on a shared machine the wall clock also counts the time spent waiting
 * for a core (with five workers on two cores, a half-size course once took longer per question
 * than the full one by the wall clock).
 */
function timeCompile(
  dirs: CourseDir[],
  runs: number,
): { ms: number; wallMs: number; questions: number } {
  const questions = compileCourses(dirs).reduce(
    (n, course) => n + course.units.reduce((m, unit) => m + unit.questions.length, 0),
    0,
  );
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const before = process.cpuUsage();
    compileCourses(dirs);
    const used = process.cpuUsage(before);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: percentile(cpu, 50), wallMs: percentile(wall, 50), questions };
}

function viteBuild(outDir: string, extraCourses: string): void {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LECTERN_EXTRA_COURSES: extraCourses },
  });
  if (result.status !== 0) {
    process.stderr.write((result.stdout ?? '') + (result.stderr ?? ''));
    throw new Error(`the synthetic build failed (exit ${result.status ?? result.signal})`);
  }
}

/**
 * The built chunks that hold one synthetic unit each. Rolldown names a chunk after its module's
 * last path segment (`virtual:lectern/unit/<id>` → `assets/<id>-<hash>.js`); the chunk must also
 * name its unit, so a renamed chunk is not silently missed (the count is checked by the caller).
 */
async function unitChunks(
  dist: string,
  unitIds: string[],
): Promise<{ file: string; gz: number }[]> {
  const assets = join(dist, 'assets');
  const chunks: { file: string; gz: number }[] = [];
  for (const file of await readdir(assets)) {
    const id = unitIds.find((unitId) => new RegExp(`^${unitId}-[\\w-]{8}\\.js$`).test(file));
    if (id === undefined) {
      continue;
    }
    const text = await readFile(join(assets, file), 'utf8');
    if (text.includes(id)) {
      chunks.push({ file, gz: gzipSync(text, { level: 6 }).length });
    }
  }
  return chunks;
}

const jsBytes = (visit: Awaited<ReturnType<typeof firstVisit>>) =>
  visit.transfers.filter((t) => t.kind === 'js').reduce((n, t) => n + t.bytes, 0);

export async function measureGrowth(
  browser: Browser,
  realOrigin: string,
  runs: number,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const work = await mkdtemp(join(tmpdir(), 'lectern-bench-growth-'));
  try {
    const synthetic = await writeSyntheticCourse(join(work, 'courses'));
    // Half the course, compiled alone: the same rate at both sizes shows the step is linear.
    const half = { id: `${SYNTHETIC.id}-half`, units: SYNTHETIC.units / 2 };
    const halfDir = await writeSyntheticCourse(join(work, 'courses'), half);
    const section = `Course growth: a synthetic course of ${SYNTHETIC.units} units, ${
      SYNTHETIC.units * SYNTHETIC.questionsPerUnit
    } questions (not shipped)`;

    debug('growth: timing compileCourses');
    const realDirs = courseDirs(join(ROOT, 'content'));
    const real = timeCompile(realDirs, Math.max(runs, 7));
    const syn = timeCompile([{ dir: synthetic, shown: SYNTHETIC.id }], Math.max(runs, 7));
    const halfSyn = timeCompile([{ dir: halfDir, shown: half.id }], Math.max(runs, 7));
    // Time = fixed + rate × questions, from the two synthetic sizes.
    const rate = (syn.ms - halfSyn.ms) / (syn.questions - halfSyn.questions);
    const fixed = syn.ms - rate * syn.questions;
    const per100 = (t: { ms: number; questions: number }) => (t.ms / t.questions) * 100;

    debug('growth: building with the synthetic course');
    const dist = join(work, 'dist');
    const built = performance.now();
    viteBuild(dist, synthetic);
    const buildMs = performance.now() - built;
    const server = await serveStatic(dist);
    const realJs: number[] = [];
    const synJs: number[] = [];
    let synFiles = '';
    try {
      for (let i = 0; i < runs; i++) {
        realJs.push(jsBytes(await firstVisit(browser, realOrigin)));
        const visit = await firstVisit(browser, server.origin);
        synJs.push(jsBytes(visit));
        synFiles = visit.transfers
          .filter((t) => t.kind === 'js')
          .map((t) => `${new URL(t.url).pathname} ${(t.bytes / KB).toFixed(1)} KB`)
          .join(', ');
      }
    } finally {
      await server.close();
    }
    const ids = (await readdir(join(synthetic, 'units'))).map((f) =>
      f.replace(/^\d+-/, '').replace(/\.yaml$/, ''),
    );
    const chunks = await unitChunks(dist, ids);
    if (chunks.length !== SYNTHETIC.units) {
      throw new Error(`Found ${chunks.length} synthetic unit chunks, expected ${SYNTHETIC.units}`);
    }
    const largest = chunks.reduce((a, b) => (b.gz > a.gz ? b : a));
    const growth = percentile(synJs, 50) - percentile(realJs, 50);
    const figures: Figure[] = [
      {
        id: 'growth-first-visit-js',
        section,
        label: 'First visit’s JavaScript: with the synthetic course − real course alone',
        unit: 'bytes',
        samples: [growth],
        budget: { op: '<=', value: 2 * KB },
        note:
          `medians of ${runs}: ${(percentile(realJs, 50) / KB).toFixed(1)} KB alone, ` +
          `${(percentile(synJs, 50) / KB).toFixed(1)} KB with it (${synFiles})`,
      },
      {
        id: 'growth-compile-real',
        section,
        label: `Content step (compileCourses), real course: CPU ms per 100 questions`,
        unit: 'ms',
        samples: [per100(real)],
        note: `${real.ms.toFixed(1)} ms of CPU (${real.wallMs.toFixed(1)} ms wall) for ${real.questions} questions (median)`,
      },
      {
        id: 'growth-compile-synthetic',
        section,
        label: `Content step (compileCourses), synthetic course: CPU ms per 100 questions`,
        unit: 'ms',
        samples: [per100(syn)],
        note:
          `${syn.ms.toFixed(1)} ms of CPU (${syn.wallMs.toFixed(1)} ms wall) for ${syn.questions} questions (median); ` +
          `${(per100(syn) / per100(real)).toFixed(2)}× the real course’s rate; fitted over the ` +
          `two synthetic sizes: ${(rate * 100).toFixed(1)} ms per 100 questions plus ` +
          `${fixed.toFixed(0)} ms per course`,
      },
      {
        id: 'growth-compile-half',
        section,
        label: `Content step, synthetic course at half size: CPU ms per 100 questions`,
        unit: 'ms',
        samples: [per100(halfSyn)],
        note:
          `${halfSyn.ms.toFixed(1)} ms of CPU (${halfSyn.wallMs.toFixed(1)} ms wall) for ${halfSyn.questions} questions (median); ` +
          `${(per100(syn) / per100(halfSyn)).toFixed(2)}× at full size (linear ≈ 1)`,
      },
      {
        id: 'growth-largest-unit-chunk',
        section,
        label: 'Largest unit chunk of the synthetic build (gzip)',
        unit: 'bytes',
        samples: [largest.gz],
        note: `${largest.file}; ${SYNTHETIC.questionsPerUnit} questions; the whole build took ${(buildMs / 1000).toFixed(1)} s`,
      },
    ];
    return {
      figures,
      details: {
        growth: {
          realJs,
          syntheticJs: synJs,
          compile: { real, synthetic: syn, half: halfSyn, msPer100: rate * 100, fixedMs: fixed },
          unitChunks: chunks,
          buildMs: Math.round(buildMs),
        },
      },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
