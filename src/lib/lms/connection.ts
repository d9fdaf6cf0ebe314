/**
 * One connection to the LMS per standard, behind the same small interface. Every call is
 * guarded: a missing function, a thrown error, a `false` return or an error code becomes an
 * `LmsProblem` handed to `onProblem`, never an exception into the quiz.
 */
import type { LmsReport } from './report';
import { scorm12Time, scorm2004Time } from './session-time';

export interface LmsProblem {
  /** The API call that failed, e.g. `LMSCommit` or `SetValue cmi.suspend_data`. */
  call: string;
  code: string;
  text: string;
}

export interface LmsConnection {
  readonly version: '1.2' | '2004';
  /** Characters `cmi.suspend_data` may hold under this standard. */
  readonly suspendLimit: number;
  initialize(): boolean;
  /** True when the LMS says this is a return to a suspended session. */
  resuming(): boolean;
  suspendData(): string;
  bookmark(): string;
  /** Sets status, score, exit, bookmark and suspend data; does not commit. */
  save(report: LmsReport, bookmark: string, suspendData: string): void;
  sessionTime(ms: number): void;
  commit(): void;
  finish(): void;
}

type ApiFunction = (...args: string[]) => unknown;

/** Calls the LMS's functions by name, turning every failure into a problem report. */
class Caller {
  constructor(
    private readonly api: Record<string, unknown>,
    private readonly names: { lastError: string; errorString: string },
    private readonly onProblem: (problem: LmsProblem) => void,
  ) {}

  call(name: string, args: string[], label = name): string {
    const fn = this.api[name];
    if (typeof fn !== 'function') {
      this.onProblem({ call: label, code: 'missing', text: `${name} is not offered by the LMS` });
      return '';
    }
    let result: unknown;
    try {
      result = (fn as ApiFunction).apply(this.api, args);
    } catch (error) {
      this.onProblem({ call: label, code: 'exception', text: String(error) });
      return '';
    }
    const value = String(result ?? '');
    const code = this.lastError();
    const failed = code !== '' && code !== '0';
    if (value === 'false' || failed) {
      this.onProblem({
        call: label,
        code: failed ? code : 'false',
        text: failed ? this.errorString(code) : `${name} returned false`,
      });
    }
    return value;
  }

  private lastError(): string {
    try {
      const fn = this.api[this.names.lastError];
      return typeof fn === 'function' ? String((fn as ApiFunction).call(this.api) ?? '') : '';
    } catch {
      return '';
    }
  }

  private errorString(code: string): string {
    try {
      const fn = this.api[this.names.errorString];
      return typeof fn === 'function' ? String((fn as ApiFunction).call(this.api, code) ?? '') : '';
    } catch {
      return '';
    }
  }
}

function asRecord(api: unknown): Record<string, unknown> {
  return typeof api === 'object' && api !== null ? (api as Record<string, unknown>) : {};
}

/** SCORM 1.2: `LMSInitialize`, `LMSGetValue`, …, with `cmi.core.*` elements. */
export function scorm12Connection(
  api: unknown,
  onProblem: (problem: LmsProblem) => void,
): LmsConnection {
  const caller = new Caller(
    asRecord(api),
    { lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString' },
    onProblem,
  );
  const get = (element: string) => caller.call('LMSGetValue', [element], `LMSGetValue ${element}`);
  const set = (element: string, value: string) =>
    caller.call('LMSSetValue', [element, value], `LMSSetValue ${element}`);
  return {
    version: '1.2',
    suspendLimit: 4096,
    initialize: () => caller.call('LMSInitialize', ['']) === 'true',
    resuming: () => get('cmi.core.entry') === 'resume',
    suspendData: () => get('cmi.suspend_data'),
    bookmark: () => get('cmi.core.lesson_location'),
    save(report, bookmark, suspendData) {
      // 1.2 has one status: "passed" says completed and passed at once.
      const status = report.status === 'completed-passed' ? 'passed' : report.status;
      set('cmi.core.lesson_status', status);
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(report.score));
      set('cmi.core.exit', report.status === 'completed-passed' ? '' : 'suspend');
      set('cmi.core.lesson_location', bookmark.slice(0, 255));
      set('cmi.suspend_data', suspendData);
    },
    sessionTime: (ms) => void set('cmi.core.session_time', scorm12Time(ms)),
    commit: () => void caller.call('LMSCommit', ['']),
    finish: () => void caller.call('LMSFinish', ['']),
  };
}

/** SCORM 2004: `Initialize`, `GetValue`, …, with separate completion and success. */
export function scorm2004Connection(
  api: unknown,
  onProblem: (problem: LmsProblem) => void,
): LmsConnection {
  const caller = new Caller(
    asRecord(api),
    { lastError: 'GetLastError', errorString: 'GetErrorString' },
    onProblem,
  );
  const get = (element: string) => caller.call('GetValue', [element], `GetValue ${element}`);
  const set = (element: string, value: string) =>
    caller.call('SetValue', [element, value], `SetValue ${element}`);
  return {
    version: '2004',
    suspendLimit: 64000,
    initialize: () => caller.call('Initialize', ['']) === 'true',
    resuming: () => get('cmi.entry') === 'resume',
    suspendData: () => get('cmi.suspend_data'),
    bookmark: () => get('cmi.location'),
    save(report, bookmark, suspendData) {
      const done = report.status === 'completed-passed';
      set('cmi.completion_status', done ? 'completed' : 'incomplete');
      set(
        'cmi.success_status',
        done ? 'passed' : report.status === 'failed' ? 'failed' : 'unknown',
      );
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
      set('cmi.score.raw', String(report.score));
      set('cmi.score.scaled', String(Math.round(report.score * 100) / 10000));
      set('cmi.exit', done ? 'normal' : 'suspend');
      set('cmi.location', bookmark.slice(0, 1000));
      set('cmi.suspend_data', suspendData);
    },
    sessionTime: (ms) => void set('cmi.session_time', scorm2004Time(ms)),
    commit: () => void caller.call('Commit', ['']),
    finish: () => void caller.call('Terminate', ['']),
  };
}
