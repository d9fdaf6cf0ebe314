import { describe, expect, it } from 'vitest';
import {
  courseSize,
  passedCount,
  roughTime,
  startKind,
  unitPassed,
} from '../../../src/screens/units/lib';
import { unitRecord, unitSummary } from '../../factories';

describe('the course at a glance', () => {
  it('counts units and questions', () => {
    const units = [unitSummary({ questionCount: 8 }), unitSummary({ questionCount: 15 })];
    expect(courseSize(units)).toEqual({ units: 2, questions: 23 });
  });

  it('gives a rough time in minutes under an hour and in half hours above', () => {
    // 5 reading minutes and a minute per question.
    expect(roughTime([unitSummary({ readingMinutes: 5, questionCount: 8 })])).toEqual({
      unit: 'minutes',
      count: 15,
    });
    expect(roughTime([unitSummary({ readingMinutes: 1, questionCount: 1 })])).toEqual({
      unit: 'minutes',
      count: 5,
    });
    const course = Array.from({ length: 7 }, () =>
      unitSummary({ readingMinutes: 7, questionCount: 15 }),
    );
    // 7 × 22 = 154 minutes: about two and a half hours.
    expect(roughTime(course)).toEqual({ unit: 'hours', count: 2.5 });
  });

  it('counts a unit passed at the pass mark, not below', () => {
    expect(unitPassed(undefined)).toBe(false);
    expect(unitPassed(unitRecord({ unitId: 'a', bestScore: 0.79 }))).toBe(false);
    expect(unitPassed(unitRecord({ unitId: 'a', bestScore: 0.8 }))).toBe(true);
    expect(unitPassed(unitRecord({ unitId: 'a', masteredAt: 1 }))).toBe(true);
    const units = [unitSummary({ id: 'a' }), unitSummary({ id: 'b' }), unitSummary({ id: 'c' })];
    const records = {
      a: unitRecord({ unitId: 'a', bestScore: 1, masteredAt: 1 }),
      b: unitRecord({ unitId: 'b', bestScore: 0.5 }),
    };
    expect(passedCount(units, records)).toBe(1);
  });
});

describe('the main button', () => {
  it('starts for a new learner', () => {
    expect(startKind({ kind: 'study', unitId: 'a' }, {})).toBe('start');
  });

  it('continues once a unit was studied or a quiz taken', () => {
    const studied = { a: unitRecord({ unitId: 'a', studiedAt: 5 }) };
    expect(startKind({ kind: 'quiz', unitId: 'a' }, studied)).toBe('continue');
    const tried = { a: unitRecord({ unitId: 'a', attempts: 1 }) };
    expect(startKind({ kind: 'study', unitId: 'b' }, tried)).toBe('continue');
  });

  it('resumes an open quiz', () => {
    const open = { a: unitRecord({ unitId: 'a', openAttemptId: 'x' }) };
    expect(startKind({ kind: 'resume', unitId: 'a' }, open)).toBe('resume');
  });
});
