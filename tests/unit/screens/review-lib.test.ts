import { describe, expect, it } from 'vitest';
import type { CourseIndex } from '../../../src/lib/content/types';
import type { UnitRecord } from '../../../src/lib/study/records';
import { studiedUnitIds, termItems, unitLabel } from '../../../src/screens/review/lib';
import { unit, unitRecord, unitSummary } from '../../factories';

const course: CourseIndex = {
  id: 'course-a',
  article: { title: 'An article', author: 'An Author', authorRole: 'Chair', publication: 'Qiushi' },
  units: [
    unitSummary({ id: 'u1', title: 'First', translations: { 'zh-Hans': { title: '第一' } } }),
    unitSummary({ id: 'u2', title: 'Second' }),
    unitSummary({ id: 'u3', title: 'Third' }),
  ],
};

describe('studiedUnitIds: the units whose key terms are offered', () => {
  it.each<{ name: string; records: Record<string, UnitRecord>; ids: string[] }>([
    { name: 'nothing done', records: {}, ids: [] },
    { name: 'a unit only touched', records: { u2: unitRecord({ unitId: 'u2' }) }, ids: [] },
    {
      name: 'a unit marked as studied',
      records: { u2: unitRecord({ unitId: 'u2', studiedAt: 5 }) },
      ids: ['u2'],
    },
    {
      name: 'a unit whose quiz was finished',
      records: { u3: unitRecord({ unitId: 'u3', attempts: 1 }) },
      ids: ['u3'],
    },
    {
      name: 'a unit whose quiz was begun',
      records: {
        u1: unitRecord({ unitId: 'u1', history: { q1: { seen: 1, lastCorrect: false } } }),
      },
      ids: ['u1'],
    },
    {
      name: 'several, in course order whatever the records’ order',
      records: {
        u3: unitRecord({ unitId: 'u3', studiedAt: 1 }),
        u1: unitRecord({ unitId: 'u1', attempts: 2 }),
      },
      ids: ['u1', 'u3'],
    },
  ])('$name', ({ records, ids }) => {
    expect(studiedUnitIds(course, records)).toEqual(ids);
  });
});

describe('termItems', () => {
  it('lists the loaded units’ key terms in the order given, skipping units not loaded yet', () => {
    const terms = (...names: string[]) =>
      names.map((term) => ({ term, explanation: `${term}.`, paragraph: 'p' }));
    const loaded = {
      u1: unit({ id: 'u1', keyTerms: terms('a', 'b') }),
      u3: unit({ id: 'u3', keyTerms: terms('c') }),
    };
    expect(termItems(['u3', 'u2', 'u1'], loaded).map((item) => item.entry.id)).toEqual([
      'term:u3:c',
      'term:u1:a',
      'term:u1:b',
    ]);
  });
});

describe('unitLabel', () => {
  it.each([
    ['u1', 'zh-Hans', { text: '第一', lang: 'zh-Hans' }],
    ['u1', 'ug', { text: 'First', lang: 'en' }],
    ['u2', 'en', { text: 'Second', lang: 'en' }],
    ['gone', 'en', { text: 'gone', lang: 'en' }],
  ] as const)('%s in %s', (id, locale, label) => {
    expect(unitLabel(course, id, locale)).toEqual(label);
  });
});
