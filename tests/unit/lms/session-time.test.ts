import { describe, expect, it } from 'vitest';
import { scorm12Time, scorm2004Time } from '../../../src/lib/lms/session-time';

describe('session time', () => {
  it('is HHHH:MM:SS.SS under SCORM 1.2', () => {
    expect(scorm12Time(0)).toBe('0000:00:00.00');
    expect(scorm12Time(3_723_456)).toBe('0001:02:03.46');
    expect(scorm12Time(59_999)).toBe('0000:01:00.00');
  });

  it('is an ISO 8601 duration under SCORM 2004', () => {
    expect(scorm2004Time(0)).toBe('PT0S');
    expect(scorm2004Time(3_723_456)).toBe('PT1H2M3.46S');
    expect(scorm2004Time(90_000)).toBe('PT1M30S');
  });
});
