/** The LMS wrappers: the right elements per standard, and no LMS failure ever reaches the quiz. */
import { describe, expect, it } from 'vitest';
import {
  scorm12Connection,
  scorm2004Connection,
  type LmsProblem,
} from '../../../src/lib/lms/connection';

/** A minimal LMS that records every call and can be told to refuse one. */
function fakeApi(names: { set: string; get: string; lastError: string; errorString: string }) {
  const values = new Map<string, string>();
  let lastError = '0';
  const refuse = new Set<string>();
  const api: Record<string, (...args: string[]) => string> = {
    [names.set]: (element, value) => {
      if (refuse.has(element!)) {
        lastError = '405';
        return 'false';
      }
      lastError = '0';
      values.set(element!, value!);
      return 'true';
    },
    [names.get]: (element) => {
      lastError = '0';
      return values.get(element!) ?? '';
    },
    [names.lastError]: () => lastError,
    [names.errorString]: (code) => (code === '405' ? 'Incorrect Data Type' : 'No error'),
  };
  return { api, values, refuse };
}

describe('SCORM 1.2 connection', () => {
  it('writes 1.2 elements: one status, score 0–100, exit suspend while incomplete', () => {
    const fake = fakeApi({
      set: 'LMSSetValue',
      get: 'LMSGetValue',
      lastError: 'LMSGetLastError',
      errorString: 'LMSGetErrorString',
    });
    const lms = scorm12Connection(fake.api, () => {});
    lms.save({ status: 'incomplete', score: 42.5 }, '#/unit/a/quiz', '1F{}');
    expect(Object.fromEntries(fake.values)).toEqual({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.score.raw': '42.5',
      'cmi.core.exit': 'suspend',
      'cmi.core.lesson_location': '#/unit/a/quiz',
      'cmi.suspend_data': '1F{}',
    });
    lms.save({ status: 'completed-passed', score: 90 }, '#/', '');
    expect(fake.values.get('cmi.core.lesson_status')).toBe('passed');
    expect(fake.values.get('cmi.core.exit')).toBe('');
  });

  it('reports a refused value and a missing function as problems, never throwing', () => {
    const fake = fakeApi({
      set: 'LMSSetValue',
      get: 'LMSGetValue',
      lastError: 'LMSGetLastError',
      errorString: 'LMSGetErrorString',
    });
    fake.refuse.add('cmi.core.score.raw');
    const problems: LmsProblem[] = [];
    const lms = scorm12Connection(fake.api, (p) => problems.push(p));
    expect(() => lms.save({ status: 'incomplete', score: 10 }, '#/', '')).not.toThrow();
    expect(() => lms.commit()).not.toThrow();
    expect(problems).toEqual([
      { call: 'LMSSetValue cmi.core.score.raw', code: '405', text: 'Incorrect Data Type' },
      { call: 'LMSCommit', code: 'missing', text: 'LMSCommit is not offered by the LMS' },
    ]);
  });

  it('reports an LMS that throws', () => {
    const problems: LmsProblem[] = [];
    const lms = scorm12Connection(
      {
        LMSInitialize: () => {
          throw new Error('boom');
        },
      },
      (p) => problems.push(p),
    );
    expect(lms.initialize()).toBe(false);
    expect(problems[0]).toMatchObject({ call: 'LMSInitialize', code: 'exception' });
  });
});

describe('SCORM 2004 connection', () => {
  it('writes completion and success apart, a scaled score and exit', () => {
    const fake = fakeApi({
      set: 'SetValue',
      get: 'GetValue',
      lastError: 'GetLastError',
      errorString: 'GetErrorString',
    });
    const lms = scorm2004Connection(fake.api, () => {});
    lms.save({ status: 'failed', score: 55 }, '#/progress', 'x');
    expect(Object.fromEntries(fake.values)).toEqual({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'failed',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.raw': '55',
      'cmi.score.scaled': '0.55',
      'cmi.exit': 'suspend',
      'cmi.location': '#/progress',
      'cmi.suspend_data': 'x',
    });
    lms.save({ status: 'completed-passed', score: 100 }, '#/', 'x');
    expect(fake.values.get('cmi.completion_status')).toBe('completed');
    expect(fake.values.get('cmi.success_status')).toBe('passed');
    expect(fake.values.get('cmi.exit')).toBe('normal');
  });
});
