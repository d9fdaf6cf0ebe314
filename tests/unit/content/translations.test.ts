// @vitest-environment node
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, compileCourse } from '../../../src/lib/content/compile';
import { formatReport } from '../../../src/lib/content/report';
import { glossaryGaps, textHash } from '../../../src/lib/content/translations';
import { makeArticle, makeUnit, removeWrittenCourses, writeCourse, type Yaml } from './fixture';

afterEach(removeWrittenCourses);

interface Block {
  id: string;
  text: string;
}

const BLOCKS = makeArticle().blocks as Block[];
const englishOf = (id: string) => BLOCKS.find((block) => block.id === id)?.text ?? '';

/** A complete, current Chinese translation of the fixture article. */
function zhTranslation(): Yaml {
  return {
    blocks: Object.fromEntries(
      BLOCKS.map((block) => [block.id, { source: textHash(block.text), text: `译文 ${block.id}` }]),
    ),
  };
}

const GLOSSARY: Yaml = {
  terms: [
    { en: 'Standing Committee', 'zh-Hans': '常务委员会', ug: 'دائىمىي كومىتېت' },
    { en: 'legislation', 'zh-Hans': '立法', ug: 'قانۇن چىقىرىش' },
  ],
};

interface Files {
  glossary?: Yaml | string;
  zh?: Yaml | string;
}

function writeTranslatedCourse({ glossary, zh }: Files): string {
  const dir = writeCourse(makeArticle(), [{ name: '01-legislation.yaml', content: makeUnit() }]);
  const text = (value: Yaml | string) => (typeof value === 'string' ? value : stringify(value));
  if (glossary !== undefined) {
    writeFileSync(join(dir, 'glossary.yaml'), text(glossary));
  }
  if (zh !== undefined) {
    mkdirSync(join(dir, 'translations', 'zh-Hans'), { recursive: true });
    writeFileSync(join(dir, 'translations', 'zh-Hans', 'article.yaml'), text(zh));
  }
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    compileCourse(dir, { courseRules: false });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message.split('\n').slice(1);
  }
  throw new Error('expected the course to be rejected');
}

const ZH_FILE = 'content/translations/zh-Hans/article.yaml';

describe('article translations', () => {
  it('compiles a complete, current translation and reports its coverage', () => {
    const course = compileCourse(
      writeTranslatedCourse({ glossary: GLOSSARY, zh: zhTranslation() }),
      {
        courseRules: false,
      },
    );
    expect(course.articleTranslations['zh-Hans']?.['s3-p1']).toBe('译文 s3-p1');
    expect(course.articleTranslations.ug).toBeUndefined();
    const report = formatReport(course.report);
    expect(report).toContain('Article translated into zh-Hans: 4/4 blocks (100%)');
    expect(report).toContain('Article translated into ug: 0/4 blocks (0%)');
  });

  it('names a block whose English changed since it was translated', () => {
    const zh = zhTranslation();
    const blocks = zh.blocks as Record<string, { source: string }>;
    const old = textHash('Public health was an important area of legislation.');
    blocks['s3-p2'] = { ...blocks['s3-p2'], source: old };
    expect(problemsOf(writeTranslatedCourse({ zh }))).toEqual([
      `${ZH_FILE}: block s3-p2: stale: translated from English ${old}, the English is now ${textHash(englishOf('s3-p2'))}; update the translation, then its source`,
    ]);
  });

  it('names a block the translation leaves out', () => {
    const zh = zhTranslation();
    delete (zh.blocks as Record<string, unknown>)['s4-p1'];
    expect(problemsOf(writeTranslatedCourse({ zh }))).toEqual([
      `${ZH_FILE}: block s4-p1: not translated (English ${textHash(englishOf('s4-p1'))})`,
    ]);
  });

  it('names a block the article does not have', () => {
    const zh = zhTranslation();
    (zh.blocks as Record<string, unknown>)['s9-p9'] = { source: 'aaaaaaaaaaaa', text: '多余' };
    expect(problemsOf(writeTranslatedCourse({ zh }))).toEqual([
      `${ZH_FILE}: block s9-p9: the article has no such block`,
    ]);
  });

  it('names a block whose source is not a hash', () => {
    const zh = zhTranslation();
    (zh.blocks as Record<string, Yaml>)['s3-p1'] = { source: 'new', text: '译文' };
    expect(problemsOf(writeTranslatedCourse({ zh }))).toEqual([
      `${ZH_FILE}: block s3-p1: blocks.s3-p1.source: must be the 12 hex digits of the English block's hash`,
    ]);
  });

  it('does not mark a translation stale when only the YAML wrapping of the English changes', () => {
    expect(textHash('Good law is   the premise\nof good governance.')).toBe(
      textHash('Good law is the premise of good governance.'),
    );
    expect(textHash('Good law is the premise of governance.')).not.toBe(
      textHash('Good law is the premise of good governance.'),
    );
  });
});

describe('glossary', () => {
  it('names the file and the entry of a broken term', () => {
    const glossary = {
      terms: [
        { en: 'legislation', 'zh-Hans': '立法' },
        { en: 'Standing Committee', 'zh-Hans': '常务委员会', ug: 'دائىمىي كومىتېت', gloss: 'x' },
      ],
    };
    expect(problemsOf(writeTranslatedCourse({ glossary }))).toEqual([
      'content/glossary.yaml: term legislation: terms[0].ug: missing',
      'content/glossary.yaml: term Standing Committee: terms[1].gloss: unknown field',
    ]);
  });

  it('names a term listed twice', () => {
    const glossary = {
      terms: [
        { en: 'legislation', 'zh-Hans': '立法', ug: 'قانۇن چىقىرىش' },
        { en: 'Legislation', 'zh-Hans': '立法工作', ug: 'قانۇن چىقىرىش' },
      ],
    };
    expect(problemsOf(writeTranslatedCourse({ glossary }))).toEqual([
      'content/glossary.yaml: term Legislation: listed twice',
    ]);
  });

  it('reports malformed YAML with the file', () => {
    expect(problemsOf(writeTranslatedCourse({ glossary: 'terms: [\n' }))[0]).toMatch(
      /^content\/glossary\.yaml: malformed YAML/,
    );
  });

  it('lists translated blocks that leave out a glossary term', () => {
    const zh = zhTranslation();
    (zh.blocks as Record<string, Yaml>)['s3-p2'] = {
      source: textHash(englishOf('s3-p2')),
      text: '公共卫生是立法的重要领域。',
    };
    const course = compileCourse(writeTranslatedCourse({ glossary: GLOSSARY, zh }), {
      courseRules: false,
    });
    const report = formatReport(course.report);
    expect(report).not.toContain('block s3-p2 lacks');
    expect(report).toContain(
      'glossary: block s3-p1 lacks the zh-Hans for Standing Committee; legislation',
    );
  });
});

describe('glossaryGaps', () => {
  const terms = [
    { en: "people's congress", 'zh-Hans': '人民代表大会', ug: 'خەلق قۇرۇلتىيى' },
    {
      en: "National People's Congress",
      'zh-Hans': '全国人民代表大会',
      ug: 'مەملىكەتلىك خەلق قۇرۇلتىيى',
    },
    { en: 'Party Group', 'zh-Hans': '党组', ug: 'پارتگۇرۇپپا', forms: { ug: ['پارتگۇرۇپپى'] } },
  ];

  it('finds the longer term first, whatever the quotes and case', () => {
    const gaps = glossaryGaps(
      'The National People\u2019s Congress met.',
      '人民代表大会开会。',
      terms,
      'zh-Hans',
    );
    expect(gaps.map((term) => term.en)).toEqual(["National People's Congress"]);
  });

  it('counts a plural as the term and ignores a word that only contains it', () => {
    expect(glossaryGaps("Local people's congresses", '地方', terms, 'zh-Hans')).toHaveLength(1);
    expect(glossaryGaps('The Party Groupings', '', terms, 'zh-Hans')).toHaveLength(0);
  });

  it('accepts a listed form such as an inflected Uyghur stem', () => {
    expect(
      glossaryGaps('the Party Group', 'دائىمىي كومىتېت پارتگۇرۇپپىسىنىڭ', terms, 'ug'),
    ).toEqual([]);
  });
});
