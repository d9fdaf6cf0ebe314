/** The final test's results by unit: how many of each unit's questions were asked and right. */
import type { AttemptRecord } from '../../lib/study/records';

export interface UnitResult {
  unitId: string;
  asked: number;
  /** Answers given full marks. */
  right: number;
}

/** One row per unit in `unitIds` order, units the attempt did not ask included with 0 asked. */
export function resultsByUnit(attempt: AttemptRecord, unitIds: readonly string[]): UnitResult[] {
  const rows = new Map(unitIds.map((unitId) => [unitId, { unitId, asked: 0, right: 0 }]));
  for (const questionId of attempt.questionIds) {
    const row = rows.get(attempt.questionUnits?.[questionId] ?? '');
    if (!row) {
      continue;
    }
    row.asked += 1;
    if (attempt.answers[questionId]?.correct) {
      row.right += 1;
    }
  }
  return [...rows.values()];
}
