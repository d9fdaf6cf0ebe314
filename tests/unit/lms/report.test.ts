/** What the LMS is told: status and score from unit best scores, with and without a final test. */
import { describe, expect, it } from 'vitest';
import { lmsReport, type ProgressSnapshot, type UnitSnapshot } from '../../../src/lib/lms/report';
import { snapshotOf } from '../../../src/lib/lms/snapshot';

const unit = (unitId: string, bestScore?: number): UnitSnapshot => ({
  unitId,
  ...(bestScore === undefined ? {} : { bestScore }),
  passed: (bestScore ?? 0) >= 0.8,
});

describe('LMS report without a final test', () => {
  it('is incomplete with the mean of unit best scores, an unfinished unit counting 0', () => {
    const snapshot: ProgressSnapshot = { units: [unit('a', 0.9), unit('b', 0.6), unit('c')] };
    expect(lmsReport(snapshot)).toEqual({ status: 'incomplete', score: 50 });
  });

  it('is completed and passed once every unit is passed', () => {
    const snapshot: ProgressSnapshot = { units: [unit('a', 0.8), unit('b', 1)] };
    expect(lmsReport(snapshot)).toEqual({ status: 'completed-passed', score: 90 });
  });

  it('never says failed: a unit below the mark only keeps the course incomplete', () => {
    expect(lmsReport({ units: [unit('a', 0.1), unit('b', 0.2)] }).status).toBe('incomplete');
  });

  it('waits for a final test the course has but the learner has not taken', () => {
    const snapshot: ProgressSnapshot = { units: [unit('a', 1)], hasFinalTest: true };
    expect(lmsReport(snapshot)).toEqual({ status: 'incomplete', score: 100 });
  });

  it('rounds the score to two decimals', () => {
    expect(lmsReport({ units: [unit('a', 2 / 3)] }).score).toBe(66.67);
  });
});

describe('LMS report with a final test', () => {
  it('scores the final test’s best instead of the units', () => {
    const snapshot: ProgressSnapshot = {
      units: [unit('a', 1), unit('b', 1)],
      finalTest: { bestScore: 0.85, passed: true },
    };
    expect(lmsReport(snapshot)).toEqual({ status: 'completed-passed', score: 85 });
  });

  it('is failed when the final test was failed and not passed since', () => {
    const snapshot: ProgressSnapshot = {
      units: [unit('a', 1), unit('b', 0.9)],
      finalTest: { bestScore: 0.55, passed: false },
    };
    expect(lmsReport(snapshot)).toEqual({ status: 'failed', score: 55 });
  });

  it('stays incomplete after a passed final test while a unit is not passed', () => {
    const snapshot: ProgressSnapshot = {
      units: [unit('a', 1), unit('b', 0.5)],
      finalTest: { bestScore: 0.9, passed: true },
    };
    expect(lmsReport(snapshot).status).toBe('incomplete');
  });
});

describe('snapshot from a backup', () => {
  it('lists every course unit, passed by mastery or best score', () => {
    const units = [
      {
        v: 2,
        course: 'xinjiang-congress',
        unitId: 'a',
        bestScore: 0.8,
        attempts: 1,
        timeSpentMs: 0,
        updatedAt: 1,
      },
      {
        v: 2,
        course: 'xinjiang-congress',
        unitId: 'b',
        bestScore: 0.5,
        attempts: 2,
        timeSpentMs: 0,
        updatedAt: 1,
      },
    ];
    expect(snapshotOf({ units }, ['a', 'b', 'c'])).toEqual({
      units: [
        { unitId: 'a', bestScore: 0.8, passed: true },
        { unitId: 'b', bestScore: 0.5, passed: false },
        { unitId: 'c', passed: false },
      ],
    });
  });

  it('marks a course with a final test, with or without a result yet', () => {
    const units = [
      {
        v: 2,
        course: 'xinjiang-congress',
        unitId: 'a',
        bestScore: 1,
        attempts: 1,
        timeSpentMs: 0,
        updatedAt: 1,
      },
    ];
    const untaken = snapshotOf({ units }, ['a'], {});
    expect(untaken).toEqual({
      units: [{ unitId: 'a', bestScore: 1, passed: true }],
      hasFinalTest: true,
    });
    expect(lmsReport(untaken).status).toBe('incomplete');
    const failed = snapshotOf({ units }, ['a'], { result: { bestScore: 0.5, passed: false } });
    expect(lmsReport(failed)).toEqual({ status: 'failed', score: 50 });
  });
});
