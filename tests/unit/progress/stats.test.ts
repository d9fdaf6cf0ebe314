// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GivenAnswer } from '../../../src/lib/quiz/attempt';
import { summarizeAttempt } from '../../../src/lib/progress/activity';
import { dayKey, studyDays, studyStreak as streakOfDays } from '../../../src/lib/progress/stats';
import { attemptRecord, HASH } from '../../factories';

const HOUR = 3_600_000;

/** A moment on the learner's own calendar: 2026, month 1–12, day, hour and minute. */
function at(month: number, day: number, hour = 12, minute = 0): number {
  return new Date(2026, month - 1, day, hour, minute).getTime();
}

function given(points: number, time: number): GivenAnswer {
  return {
    points,
    correct: points === 1,
    answer: { type: 'truefalse', value: true },
    hash: HASH,
    at: time,
  };
}

/** The streak over the days of these moments. */
function studyStreak(times: readonly number[], now: number): number {
  return streakOfDays(times.map(dayKey), now);
}

describe('dayKey', () => {
  it('names the local calendar day', () => {
    expect(dayKey(at(3, 7, 0, 1))).toBe('2026-03-07');
    expect(dayKey(at(3, 7, 23, 59))).toBe('2026-03-07');
  });
});

describe('studyStreak', () => {
  const now = at(3, 10, 18);

  it('is zero for a learner who never studied', () => {
    expect(studyStreak([], now)).toBe(0);
  });

  it('counts today', () => {
    expect(studyStreak([at(3, 10, 8)], now)).toBe(1);
  });

  it('counts each day once, however often the learner studied on it', () => {
    expect(studyStreak([at(3, 10, 8), at(3, 10, 9), at(3, 9, 20), at(3, 9, 21)], now)).toBe(2);
  });

  it('counts days in a row ending today', () => {
    expect(studyStreak([at(3, 8), at(3, 9), at(3, 10)], now)).toBe(3);
  });

  it('keeps a streak that ended yesterday: today is not over yet', () => {
    expect(studyStreak([at(3, 7), at(3, 8), at(3, 9)], now)).toBe(3);
  });

  it('is broken by a day without study', () => {
    expect(studyStreak([at(3, 6), at(3, 7), at(3, 9), at(3, 10)], now)).toBe(2);
  });

  it('is zero when the last study was the day before yesterday', () => {
    expect(studyStreak([at(3, 6), at(3, 7), at(3, 8)], now)).toBe(0);
  });

  it('goes by calendar days, not by 24 hours', () => {
    // Five minutes before and after midnight are two days.
    expect(studyStreak([at(3, 9, 23, 55), at(3, 10, 0, 5)], at(3, 10, 0, 10))).toBe(2);
  });

  it('runs across the end of a month', () => {
    expect(studyStreak([at(2, 27), at(2, 28), at(3, 1)], at(3, 1, 20))).toBe(3);
  });

  it('does not count study in the future', () => {
    expect(studyStreak([at(3, 11)], now)).toBe(0);
  });

  describe('where clocks change', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('counts the days around the spring change of clocks as days', () => {
      vi.stubEnv('TZ', 'Europe/Berlin');
      // Clocks go forward on 29 March 2026 in Berlin: that day has 23 hours.
      const days = [at(3, 28, 0, 30), at(3, 29, 0, 30), at(3, 30, 0, 30)];
      expect(days[2]! - days[1]!).toBe(23 * HOUR);
      expect(studyStreak(days, at(3, 30, 0, 45))).toBe(3);
    });

    it('counts the days around the autumn change of clocks as days', () => {
      vi.stubEnv('TZ', 'America/New_York');
      // Clocks go back on 1 November 2026 in New York: that day has 25 hours.
      const days = [at(10, 31, 23, 30), at(11, 1, 23, 30), at(11, 2, 23, 30)];
      expect(days[1]! - days[0]!).toBe(25 * HOUR);
      expect(studyStreak(days, at(11, 2, 23, 45))).toBe(3);
    });
  });
});

describe('studyDays', () => {
  it('lists the days of study sessions, quiz starts and every answer', () => {
    const attempt = attemptRecord({
      startedAt: at(3, 1, 9),
      questionIds: ['a', 'b'],
      answers: { a: given(1, at(3, 1, 10)), b: given(0, at(3, 2, 10)) },
    });
    expect([...studyDays([summarizeAttempt(attempt)], [at(2, 27)])].sort()).toEqual([
      '2026-02-27',
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});
