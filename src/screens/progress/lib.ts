/**
 * What the progress screens show, as pure functions over the course index, the unit summaries
 * and the attempts: the course's completion, one row per unit, and the attempt list's pages.
 * Everything read from storage comes in as arguments, so how the records are read can change
 * underneath without touching these rules. No storage, no Svelte.
 */
import { courseOfUnit } from 'virtual:lectern/course';
import { unitTitle } from '../../lib/content/localize';
import { isolateLtr } from '../../lib/i18n/bidi';
import type { LocaleCode, UnitSummary } from '../../lib/content/types';
import { unitStatus, type UnitStatus } from '../../lib/progress/status';
import type { UnitRecord } from '../../lib/study/records';
import { unitPassed } from '../units/lib';

/** How many attempts the list shows at first, and adds with each "Show more". */
export const ATTEMPT_PAGE = 20;

/** A unit's title in `code`, or undefined for a review (which spans units) or a unit since removed. */
export function unitTitleById(unitId: string, code: LocaleCode): string | undefined {
  const unit = courseOfUnit(unitId)?.units.find((u) => u.id === unitId);
  return unit ? unitTitle(unit, code) : undefined;
}

/** A unit's title and the language it is in, so markup can keep an English title left to right. */
export interface LearnerTitle {
  text: string;
  lang: LocaleCode;
}

/** The title in the learner's language when the course translates it, else the English. */
export function learnerTitle(unit: UnitSummary, code: LocaleCode): LearnerTitle {
  const translated = unit.translations?.[code]?.title;
  return translated !== undefined
    ? { text: translated, lang: code }
    : { text: unit.title, lang: 'en' };
}

/**
 * A unit's title for a place inside a translated sentence: an English title on a page in another
 * language is isolated, so its words and the sentence's punctuation keep their own order.
 */
export function titleInSentence(unitId: string, code: LocaleCode): string | undefined {
  const unit = courseOfUnit(unitId)?.units.find((u) => u.id === unitId);
  if (!unit) {
    return undefined;
  }
  const title = learnerTitle(unit, code);
  return title.lang !== code ? isolateLtr(title.text) : title.text;
}

/**
 * A course's final test as the completion ring needs it: given (even without a result) when the
 * course has one, with `result` once it was taken. The same shape the LMS report reads
 * (`src/lib/lms/snapshot.ts`), so one source can feed both.
 */
export interface FinalTestState {
  result?: { passed: boolean };
}

export type FinalTestStatus = 'not-taken' | 'failed' | 'passed';

/** One segment of the completion ring: a unit, or the final test after the units. */
export type CompletionPart =
  { kind: 'unit'; unitId: string; passed: boolean } | { kind: 'final-test'; passed: boolean };

export interface CourseCompletion {
  parts: CompletionPart[];
  unitsPassed: number;
  unitCount: number;
  /** Absent while the course has no final test. */
  finalTest?: FinalTestStatus;
  /** Parts passed, units and final test alike. */
  partsPassed: number;
  /** Every unit passed, and the final test too when the course has one. */
  complete: boolean;
}

/**
 * How far the learner is through a course: each unit is one part, passed at the pass mark, and
 * a final test (when the course has one) is one more part at the end.
 */
export function courseCompletion(
  units: readonly UnitSummary[],
  records: Readonly<Record<string, UnitRecord>>,
  finalTest?: FinalTestState,
): CourseCompletion {
  const parts: CompletionPart[] = [...units]
    .sort((a, b) => a.order - b.order)
    .map((u) => ({ kind: 'unit', unitId: u.id, passed: unitPassed(records[u.id]) }));
  const unitsPassed = parts.filter((p) => p.passed).length;
  let status: FinalTestStatus | undefined;
  if (finalTest) {
    const passed = finalTest.result?.passed === true;
    status = finalTest.result ? (passed ? 'passed' : 'failed') : 'not-taken';
    parts.push({ kind: 'final-test', passed });
  }
  const partsPassed = parts.filter((p) => p.passed).length;
  return {
    parts,
    unitsPassed,
    unitCount: units.length,
    ...(status ? { finalTest: status } : {}),
    partsPassed,
    complete: parts.length > 0 && partsPassed === parts.length,
  };
}

/** What the progress screen says about one unit. */
export interface UnitRow {
  unitId: string;
  status: UnitStatus;
  passed: boolean;
  /** Best and last finished score, 0 to 1; absent before the first finished quiz. */
  best?: number;
  last?: number;
  attempts: number;
  timeSpentMs: number;
}

export function unitRows(
  units: readonly UnitSummary[],
  records: Readonly<Record<string, UnitRecord>>,
): UnitRow[] {
  return units.map((unit) => {
    const record = records[unit.id];
    return {
      unitId: unit.id,
      status: unitStatus(record),
      passed: unitPassed(record),
      ...(record?.bestScore !== undefined ? { best: record.bestScore } : {}),
      ...(record?.lastScore !== undefined ? { last: record.lastScore } : {}),
      attempts: record?.attempts ?? 0,
      timeSpentMs: record?.timeSpentMs ?? 0,
    };
  });
}

/** One bar of the best-score chart. */
export interface ChartRow {
  unitId: string;
  title: LearnerTitle;
  /** Best finished score, 0 to 1; absent before the first finished quiz. */
  best?: number;
  passed: boolean;
}

/**
 * The first `shown` attempts, the newest first (by when they began, whatever order storage gave
 * them in), and how many the next "Show more" adds.
 */
export function attemptPage<T extends { startedAt: number }>(
  attempts: readonly T[],
  shown: number,
): { items: T[]; more: number } {
  const items = [...attempts].sort((a, b) => b.startedAt - a.startedAt).slice(0, shown);
  return { items, more: Math.max(0, Math.min(ATTEMPT_PAGE, attempts.length - shown)) };
}
