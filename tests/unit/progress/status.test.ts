// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/lib/study/records';
import { continueTarget, unitCompletion, unitStatus } from '../../../src/lib/progress/status';
import { unitRecord, unitSummary } from '../../factories';

const T0 = Date.UTC(2026, 0, 5, 9, 0);

describe('unitStatus', () => {
  it('is not started for a unit never opened', () => {
    expect(unitStatus(undefined)).toBe('not-started');
  });

  it('is not started for a record with no study and no quiz', () => {
    expect(unitStatus(unitRecord({ unitId: 'legislation' }))).toBe('not-started');
  });

  it('is studying once the unit was studied', () => {
    expect(unitStatus(unitRecord({ unitId: 'legislation', studiedAt: T0 }))).toBe('studying');
  });

  it('is studying after a quiz that was not passed, even without studying first', () => {
    const record = unitRecord({ unitId: 'legislation', attempts: 1, lastScore: 0.5 });
    expect(unitStatus(record)).toBe('studying');
  });

  it('is in progress while a quiz is open', () => {
    const record = unitRecord({ unitId: 'legislation', studiedAt: T0, openAttemptId: 'att-1' });
    expect(unitStatus(record)).toBe('in-progress');
  });

  it('is in progress when a mastered unit is being quizzed again', () => {
    const record = unitRecord({ unitId: 'legislation', masteredAt: T0, openAttemptId: 'att-2' });
    expect(unitStatus(record)).toBe('in-progress');
  });

  it('is mastered once a quiz was passed', () => {
    const record = unitRecord({ unitId: 'legislation', attempts: 2, masteredAt: T0 });
    expect(unitStatus(record)).toBe('mastered');
  });
});

describe('unitCompletion', () => {
  it('is nothing for a unit never opened', () => {
    expect(unitCompletion(undefined)).toBe(0);
    expect(unitCompletion(unitRecord({ unitId: 'legislation' }))).toBe(0);
  });

  it('counts studying as a fifth', () => {
    expect(unitCompletion(unitRecord({ unitId: 'legislation', studiedAt: T0 }))).toBeCloseTo(0.2);
  });

  it('counts the best score towards the pass mark for the rest', () => {
    // Half the pass mark earns half of the four fifths.
    const record = unitRecord({ unitId: 'legislation', studiedAt: T0, bestScore: 0.4 });
    expect(unitCompletion(record)).toBeCloseTo(0.6);
  });

  it('counts a quiz without study for its share alone', () => {
    expect(unitCompletion(unitRecord({ unitId: 'legislation', bestScore: 0.8 }))).toBeCloseTo(0.8);
  });

  it('never goes above complete', () => {
    const record = unitRecord({ unitId: 'legislation', studiedAt: T0, bestScore: 1 });
    expect(unitCompletion(record)).toBe(1);
  });

  it('is complete for a mastered unit, whatever else is recorded', () => {
    expect(unitCompletion(unitRecord({ unitId: 'legislation', masteredAt: T0 }))).toBe(1);
  });
});

describe('continueTarget', () => {
  const units = [
    unitSummary({ id: 'overview', order: 0 }),
    unitSummary({ id: 'legislation', order: 1 }),
    unitSummary({ id: 'supervision', order: 2 }),
  ];

  function records(...list: UnitRecord[]): Record<string, UnitRecord> {
    return Object.fromEntries(list.map((r) => [r.unitId, r]));
  }

  it('starts with studying the first unit when nothing was done', () => {
    expect(continueTarget(units, {})).toEqual({ kind: 'study', unitId: 'overview' });
  });

  it('resumes an open quiz before anything else', () => {
    const target = continueTarget(
      units,
      records(unitRecord({ unitId: 'supervision', openAttemptId: 'att-1', updatedAt: T0 })),
    );
    expect(target).toEqual({ kind: 'resume', unitId: 'supervision' });
  });

  it('resumes the most recently touched of several open quizzes', () => {
    const target = continueTarget(
      units,
      records(
        unitRecord({ unitId: 'overview', openAttemptId: 'att-1', updatedAt: T0 }),
        unitRecord({ unitId: 'legislation', openAttemptId: 'att-2', updatedAt: T0 + 5000 }),
        unitRecord({ unitId: 'supervision', openAttemptId: 'att-3', updatedAt: T0 + 1000 }),
      ),
    );
    expect(target).toEqual({ kind: 'resume', unitId: 'legislation' });
  });

  it('goes to the first unit not mastered, in course order', () => {
    const shuffledUnits = [units[2]!, units[0]!, units[1]!];
    const target = continueTarget(
      shuffledUnits,
      records(unitRecord({ unitId: 'overview', masteredAt: T0 })),
    );
    expect(target).toEqual({ kind: 'study', unitId: 'legislation' });
  });

  it('goes to the quiz of a unit already studied', () => {
    const target = continueTarget(
      units,
      records(
        unitRecord({ unitId: 'overview', masteredAt: T0 }),
        unitRecord({ unitId: 'legislation', studiedAt: T0 }),
      ),
    );
    expect(target).toEqual({ kind: 'quiz', unitId: 'legislation' });
  });

  it('skips every mastered unit', () => {
    const target = continueTarget(
      units,
      records(
        unitRecord({ unitId: 'overview', masteredAt: T0 }),
        unitRecord({ unitId: 'legislation', masteredAt: T0 }),
        unitRecord({ unitId: 'supervision', studiedAt: T0 }),
      ),
    );
    expect(target).toEqual({ kind: 'quiz', unitId: 'supervision' });
  });

  it('has nowhere to go when every unit is mastered', () => {
    const all = records(...units.map((u) => unitRecord({ unitId: u.id, masteredAt: T0 })));
    expect(continueTarget(units, all)).toBeUndefined();
  });

  it('ignores records of units no longer in the course', () => {
    const target = continueTarget(
      units,
      records(unitRecord({ unitId: 'retired', openAttemptId: 'att-9', updatedAt: T0 })),
    );
    expect(target).toEqual({ kind: 'study', unitId: 'overview' });
  });
});
