/** The report's snapshot, read from a backup of progress and the course's list of units. */
import type { BackupFile } from '../progress/backup';
import { PASS_MARK } from '../quiz/pass-mark';
import { finalTestId, isPassed } from '../study/final-test';
import type { FinalTestSnapshot, ProgressSnapshot } from './report';

/**
 * `finalTest` is given when the course has a final test: then it must be passed to complete, and
 * its `result` (once taken) decides the score.
 */
export function snapshotOf(
  file: Pick<BackupFile, 'units'>,
  unitIds: readonly string[],
  finalTest?: { result?: FinalTestSnapshot },
): ProgressSnapshot {
  const byId = new Map(file.units.map((u) => [u.unitId, u]));
  return {
    units: unitIds.map((unitId) => {
      const unit = byId.get(unitId);
      const best = unit?.bestScore;
      return {
        unitId,
        ...(best === undefined ? {} : { bestScore: best }),
        passed: unit?.masteredAt !== undefined || (best ?? 0) >= PASS_MARK,
      };
    }),
    ...(finalTest ? { hasFinalTest: true } : {}),
    ...(finalTest?.result ? { finalTest: finalTest.result } : {}),
  };
}

/**
 * The final test of `course` as the backup holds it (its summary travels with the units'): every
 * course has one, so it is always required; its result exists once an attempt was finished.
 */
export function finalTestOf(
  file: Pick<BackupFile, 'units'>,
  course: string,
): { result?: FinalTestSnapshot } {
  const record = file.units.find((u) => u.unitId === finalTestId(course));
  if (record?.bestScore === undefined) {
    return {};
  }
  return { result: { bestScore: record.bestScore, passed: isPassed(record) } };
}
