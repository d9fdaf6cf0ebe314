// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, compileCourse, contentFiles } from '../../../src/lib/content/compile';
import { formatReport } from '../../../src/lib/content/report';
import { textHash } from '../../../src/lib/content/translations';
import { translatableQuestionHash } from '../../../src/lib/content/unit-translation';
import { stillEnglish } from '../../../src/lib/content/unit-translation-check';
import { makeUnit, removeWrittenCourses, writeUnitCourse, type Yaml } from './fixture';
import { authoredUnit, zh, zhUnit } from './translation-fixture';

afterEach(removeWrittenCourses);

const ZH_FILE = 'content/translations/zh-Hans/units/01-legislation.yaml';

function questionEntry(translation: Yaml, id: string): Yaml {
  return (translation.questions as Record<string, Yaml>)[id]!;
}

/** The fixture course with a Chinese unit translation (data, or raw text), or none. */
function writeTranslated(translation?: Yaml | string): string {
  const dir = writeUnitCourse();
  if (translation !== undefined) {
    mkdirSync(join(dir, 'translations', 'zh-Hans', 'units'), { recursive: true });
    const text = typeof translation === 'string' ? translation : stringify(translation);
    writeFileSync(join(dir, 'translations', 'zh-Hans', 'units', '01-legislation.yaml'), text);
  }
  return dir;
}

function problemsOf(dir: string, drafts = false): string[] {
  try {
    compileCourse(dir, { courseRules: false, translationDrafts: drafts });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message.split('\n').slice(1);
  }
  throw new Error('expected the course to be rejected');
}

describe('unit translations: a complete translation', () => {
  it('compiles, ships only translated text and prints coverage per language and unit', () => {
    const course = compileCourse(writeTranslated(zhUnit()), { courseRules: false });
    const compiled = course.unitTranslations['zh-Hans']?.legislation;
    expect(compiled?.unit.title).toBe(zh('Better laws'));
    expect(compiled?.unit.keyTerms?.[0]?.term).toBe(zh('good law'));
    expect(compiled?.questions['leg-04']?.answers).toEqual(['质量']);
    expect(compiled?.questions['leg-01']?.quote).toMatch(/^译：/);
    expect(course.unitTranslations.ug).toBeUndefined();
    const report = formatReport(course.report);
    // 3 texts + 3 key points + 1 key term + 6 questions and their 6 quotes.
    expect(report).toContain('Units translated into zh-Hans: 19/19 entries (100%)');
    expect(report).toMatch(/legislation\s+19\/19\s+100%/);
    expect(report).toContain('Units in ug: no translation (the course shows in English)');
  });

  it('treats a course without a translation folder as English, with no problem', () => {
    const course = compileCourse(writeTranslated(), { courseRules: false });
    expect(course.unitTranslations).toEqual({});
  });

  it('watches every unit translation file, written yet or not', () => {
    const dir = writeTranslated();
    expect(contentFiles(dir)).toContain(
      join(dir, 'translations', 'zh-Hans', 'units', '01-legislation.yaml'),
    );
    expect(contentFiles(dir)).toContain(
      join(dir, 'translations', 'ug', 'units', '01-legislation.yaml'),
    );
  });
});

describe('unit translations: each rule', () => {
  it('names shape problems by file and entry', () => {
    const translation = zhUnit();
    questionEntry(translation, 'leg-01').prompt = 5;
    delete (translation.title as Yaml).source;
    expect(problemsOf(writeTranslated(translation))).toEqual(
      expect.arrayContaining([
        `${ZH_FILE}: question leg-01: questions.leg-01.prompt: expected string, got 5`,
        `${ZH_FILE}: title.source: missing`,
      ]),
    );
  });

  it('names malformed YAML', () => {
    expect(problemsOf(writeTranslated('unit: [legislation'))[0]).toMatch(
      new RegExp(`^${ZH_FILE}: malformed YAML`),
    );
  });

  it('rejects a file that names another unit', () => {
    const translation = zhUnit();
    translation.unit = 'supervision';
    expect(problemsOf(writeTranslated(translation))).toEqual([
      `${ZH_FILE}: unit: names unit supervision, but the English file is unit legislation`,
    ]);
  });

  it('names a stale entry with the hash the English has now', () => {
    const translation = zhUnit();
    (translation.title as Yaml).source = 'aaaaaaaaaaaa';
    questionEntry(translation, 'leg-04').source = 'bbbbbbbbbbbb';
    const fill = authoredUnit().questions.find((q) => q.id === 'leg-04')!;
    expect(problemsOf(writeTranslated(translation))).toEqual([
      `${ZH_FILE}: title: stale: translated from English aaaaaaaaaaaa, the English is now ${textHash('Better laws')}; update the translation, then its source`,
      `${ZH_FILE}: question leg-04: stale: translated from English bbbbbbbbbbbb, the English is now ${translatableQuestionHash(fill)}; update the translation, then its source`,
    ]);
  });

  it('names a missing entry and a missing file', () => {
    const translation = zhUnit();
    delete (translation.questions as Yaml)['leg-02'];
    (translation.keyPoints as Yaml[]).pop();
    const problems = problemsOf(writeTranslated(translation));
    expect(problems).toContain(
      `${ZH_FILE}: key point #3: not translated (English ${textHash('Public health is an area of legislation.')})`,
    );
    expect(problems.some((p) => p.startsWith(`${ZH_FILE}: question leg-02: not translated`))).toBe(
      true,
    );

    const dir = writeTranslated(zhUnit());
    rmSync(join(dir, 'translations', 'zh-Hans', 'units', '01-legislation.yaml'));
    expect(problemsOf(dir)).toEqual([
      `${ZH_FILE}: not translated: the file is missing (npm run content:skeleton -- zh-Hans writes a start)`,
    ]);
  });

  it('names ids and files the English does not have', () => {
    const translation = zhUnit();
    (translation.questions as Yaml)['leg-99'] = questionEntry(translation, 'leg-01');
    (translation.quotes as Yaml)['leg-98'] = (translation.quotes as Record<string, Yaml>)['leg-01'];
    (translation.keyPoints as Yaml[]).push((translation.keyPoints as Yaml[])[0]!);
    const dir = writeTranslated(translation);
    writeFileSync(join(dir, 'translations', 'zh-Hans', 'units', '09-extra.yaml'), 'unit: x\n');
    expect(problemsOf(dir)).toEqual(
      expect.arrayContaining([
        'content/translations/zh-Hans/units/09-extra.yaml: no English unit units/09-extra.yaml to translate; rename or remove the file',
        `${ZH_FILE}: key point #4: the English unit has only 3`,
        `${ZH_FILE}: question leg-99: the English unit has no such id`,
        `${ZH_FILE}: quote leg-98: the English unit has no such id`,
      ]),
    );
  });

  it('names prose still in English, field by field, but not fill answers', () => {
    const translation = zhUnit();
    (translation.summary as Yaml).text = makeUnit().summary;
    const single = questionEntry(translation, 'leg-01');
    single.prompt = 'According to the article, what is the premise of good governance?';
    (single.choices as Yaml).law = 'Good law';
    // English answers are what a learner may type: they are allowed as they are.
    questionEntry(translation, 'leg-04').answers = ['quality'];
    expect(problemsOf(writeTranslated(translation))).toEqual([
      `${ZH_FILE}: summary: still English`,
      `${ZH_FILE}: question leg-01: still English: prompt, choices.law`,
    ]);
  });

  it('lets text with no letters stay as it is', () => {
    expect(stillEnglish('2022', '2022')).toBe(false);
    expect(stillEnglish('—', '—')).toBe(false);
    expect(stillEnglish('Good  law', 'Good law')).toBe(true);
    expect(stillEnglish('好的法律', 'Good law')).toBe(false);
  });

  it('needs exactly one blank in a fill prompt', () => {
    for (const [prompt, count] of [
      ['常务委员会的任务是提高立法的质量。', 0],
      ['常务委员会的任务是提高___的___。', 2],
    ] as const) {
      const translation = zhUnit();
      questionEntry(translation, 'leg-04').prompt = prompt;
      expect(problemsOf(writeTranslated(translation))).toEqual([
        `${ZH_FILE}: question leg-04: prompt: a fill prompt holds exactly one blank ___, this one has ${count}`,
      ]);
    }
  });

  it('needs fill answers in the language, and none on other questions', () => {
    const translation = zhUnit();
    delete questionEntry(translation, 'leg-04').answers;
    questionEntry(translation, 'leg-03').answers = ['对'];
    expect(problemsOf(writeTranslated(translation))).toEqual([
      `${ZH_FILE}: question leg-03: answers: only a fill question has answers, this one is truefalse`,
      `${ZH_FILE}: question leg-04: answers: none accepted in this language`,
    ]);
  });

  it('needs the choices and feedback keys of the English', () => {
    const translation = zhUnit();
    const single = questionEntry(translation, 'leg-01');
    const choices = single.choices as Yaml;
    delete choices.luck;
    choices.rain = '雨';
    questionEntry(translation, 'leg-03').choices = { yes: '是' };
    const problems = problemsOf(writeTranslated(translation));
    expect(problems).toEqual(
      expect.arrayContaining([
        `${ZH_FILE}: question leg-01: choices: keys differ from the English (law, weather, luck): unknown rain; missing luck`,
        `${ZH_FILE}: question leg-03: choices: keys differ from the English (none): unknown yes; the English has none`,
      ]),
    );
  });

  it('allows an unfinished translation as drafts, reported but not failed, stale still failing', () => {
    const translation = zhUnit();
    (translation.summary as Yaml).text = makeUnit().summary;
    const course = compileCourse(writeTranslated(translation), {
      courseRules: false,
      translationDrafts: true,
    });
    const report = formatReport(course.report);
    expect(report).toContain(`  draft: ${ZH_FILE}: summary: still English`);
    expect(report).toContain('Units translated into zh-Hans: 18/19 entries (95%)');
    // Still-English text never ships as a translation: the page shows the English as English.
    expect(course.unitTranslations['zh-Hans']?.legislation?.unit.summary).toBeUndefined();

    (translation.title as Yaml).source = 'aaaaaaaaaaaa';
    expect(problemsOf(writeTranslated(translation), true)).toHaveLength(1);
  });
});

describe('unit translations: the glossary', () => {
  const glossary = {
    terms: [{ en: 'Standing Committee', 'zh-Hans': '常务委员会', ug: 'دائىمىي كومىتېت' }],
  };

  function withGlossary(translation: Yaml): string {
    const dir = writeTranslated(translation);
    writeFileSync(join(dir, 'glossary.yaml'), stringify(glossary));
    return dir;
  }

  it('warns of a question whose translation lacks a term its English uses', () => {
    const translation = zhUnit();
    questionEntry(translation, 'leg-04').prompt = '根据文章，常委会的任务是提高立法的___。';
    const course = compileCourse(withGlossary(translation), { courseRules: false });
    expect(formatReport(course.report)).toContain(
      `  warning: glossary: ${ZH_FILE}: question leg-04 lacks the zh-Hans for Standing Committee`,
    );
  });

  it('is quiet when the translation uses the term', () => {
    const translation = zhUnit();
    const fill = questionEntry(translation, 'leg-04');
    fill.prompt = '根据文章，常务委员会的任务是提高立法的___。';
    fill.explanation = '常务委员会：' + String(fill.explanation);
    const course = compileCourse(withGlossary(translation), { courseRules: false });
    expect(formatReport(course.report)).not.toContain('question leg-04 lacks');
  });
});
