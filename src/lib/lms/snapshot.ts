/** The report's snapshot, read from a backup of progress and the course's list of units. */
import type { BackupFile } from '../progress/backup';
import { PASS_MARK } from '../quiz/pass-mark';
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
