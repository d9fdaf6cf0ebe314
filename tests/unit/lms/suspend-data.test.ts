// @vitest-environment node
/**
 * `cmi.suspend_data`: the fullest tier that fits the standard's limit, history dropped before
 * anything resume needs, and always within SCORM 1.2's 4,096 characters for the real course.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeSuspendData,
  encodeSuspendData,
  fillKeep,
  SuspendDataError,
} from '../../../src/lib/lms/suspend-data';
import type { BackupFile } from '../../../src/lib/progress/backup';
import { StudyActions } from '../../../src/lib/progress/actions';
import { ProgressStore } from '../../../src/lib/progress/store';
import {
  compiled,
  courseQuestions,
  FINAL_ID,
  openAttempt,
  questionById,
  unitIds,
  worstCase,
} from './course';

const COURSE = 'xinjiang-congress';

const SCORM12_LIMIT = 4096;
const SCORM2004_LIMIT = 64000;

function small(): BackupFile {
  const open = openAttempt(unitIds[1]!, 42, 3);
  return {
    ...worstCase(0),
    answers: [],
    cards: [],
    attempts: [open],
    units: [
      {
        v: 2,
        course: COURSE,
        unitId: open.unitId,
        attempts: 0,
        timeSpentMs: 5000,
        openAttemptId: open.id,
        updatedAt: open.updatedAt,
      },
    ],
  };
}

/** Imports `file` into an empty store the way the LMS bridge does, and reads it back. */
async function restoredThroughStore(file: BackupFile): Promise<BackupFile> {
  const actions = new StudyActions(ProgressStore.inMemory());
  const text = JSON.stringify(file);
  const { file: checked } = await actions.previewImport(text, text.length, [COURSE]);
  await actions.importBackup(checked);
  return actions.exportBackup(COURSE);
}

describe('suspend data', () => {
  it('keeps everything, unchanged, when it fits', () => {
    const file = small();
    const text = encodeSuspendData(file, SCORM12_LIMIT, courseQuestions);
    expect(text.startsWith('1F')).toBe(true);
    const back = decodeSuspendData(text, courseQuestions, COURSE)!;
    expect(back.attempts).toEqual(file.attempts);
    expect(back.units).toEqual(file.units);
  });

  it('drops answer history and finished attempts before the review deck', () => {
    // Every unit quiz open with every answer (500 characters typed in each blank), the final
    // test not taken: history goes, the deck stays.
    const file = worstCase(1);
    file.attempts = file.attempts.filter((a) => a.unitId !== FINAL_ID);
    file.units = file.units.filter((u) => u.unitId !== FINAL_ID);
    const text = encodeSuspendData(file, SCORM2004_LIMIT, courseQuestions);
    expect(text.length).toBeLessThanOrEqual(SCORM2004_LIMIT);
    const back = decodeSuspendData(text, courseQuestions, COURSE)!;
    expect(back.answers).toEqual([]);
    expect(back.attempts.every((a) => a.status === 'in-progress')).toBe(true);
    expect(back.cards).toHaveLength(compiled.units.flatMap((u) => u.questions).length);
    expect(back.attempts).toHaveLength(7);
  });

  it('drops the review deck before any open attempt when even that does not fit', () => {
    // As above with the final test open too: over 64,000 characters with the deck.
    const file = worstCase(1);
    const text = encodeSuspendData(file, SCORM2004_LIMIT, courseQuestions);
    expect(text.length).toBeLessThanOrEqual(SCORM2004_LIMIT);
    const back = decodeSuspendData(text, courseQuestions, COURSE)!;
    expect(back.cards).toEqual([]);
    // Seven unit quizzes and the final test, each open, all kept in full.
    expect(back.attempts).toHaveLength(8);
    expect(back.attempts).toEqual(file.attempts.filter((a) => a.status === 'in-progress'));
  });

  it('stays within 4,096 characters in the worst case and keeps what resume needs', async () => {
    const file = worstCase();
    expect(JSON.stringify(file).length).toBeGreaterThan(SCORM2004_LIMIT);
    const text = encodeSuspendData(file, SCORM12_LIMIT, courseQuestions);
    expect(text.length).toBeLessThanOrEqual(SCORM12_LIMIT);
    expect(text.startsWith('1C')).toBe(true);

    const restored = await restoredThroughStore(decodeSuspendData(text, courseQuestions, COURSE)!);
    const open = file.attempts.filter((a) => a.status === 'in-progress');
    expect(restored.attempts).toHaveLength(open.length);
    for (const before of open) {
      const after = restored.attempts.find((a) => a.id === before.id)!;
      expect(after.questionIds).toEqual(before.questionIds);
      expect(after.choiceOrder).toEqual(before.choiceOrder);
      expect(after.position).toBe(before.position);
      expect(Object.keys(after.answers)).toEqual(Object.keys(before.answers));
      for (const [id, given] of Object.entries(before.answers)) {
        const back = after.answers[id]!;
        if (given.answer.type === 'fill') {
          const question = questionById.get(id)!;
          expect(back.answer).toEqual({ type: 'fill', text: 'x'.repeat(fillKeep(question)) });
        } else {
          expect(back.answer).toEqual(given.answer);
          expect(back.points).toBe(given.points);
        }
        expect(back.hash).toBe(given.hash);
      }
    }
    // The open final test comes back whole: its drawn questions, their units, its order.
    const finalBefore = open.find((a) => a.unitId === FINAL_ID)!;
    const finalAfter = restored.attempts.find((a) => a.unitId === FINAL_ID)!;
    expect(finalAfter.questionIds).toHaveLength(20);
    expect(finalAfter.questionUnits).toEqual(finalBefore.questionUnits);
    for (const before of file.units) {
      const after = restored.units.find((u) => u.unitId === before.unitId)!;
      expect(after.bestScore).toBeCloseTo(before.bestScore!, 4);
      expect(after.openAttemptId).toBe(before.openAttemptId);
      expect(after.attempts).toBe(before.attempts);
    }
  });

  it('leaves out of the compact form an open attempt the course cannot rebuild from its seed', () => {
    const file = worstCase();
    const changed = file.attempts.find((a) => a.status === 'in-progress')!;
    // As if the unit's questions had changed since the attempt began.
    changed.questionIds = [...changed.questionIds].reverse();
    const back = decodeSuspendData(
      encodeSuspendData(file, SCORM12_LIMIT, courseQuestions),
      courseQuestions,
      COURSE,
    )!;
    expect(back.attempts.map((a) => a.id)).not.toContain(changed.id);
    expect(back.attempts).toHaveLength(7);
    expect(back.units.find((u) => u.unitId === changed.unitId)!.openAttemptId).toBeUndefined();
  });

  it('keeps an open final test in the compact form only while its questions are in the course', () => {
    const file = worstCase();
    const text = encodeSuspendData(file, SCORM12_LIMIT, courseQuestions);
    const final = decodeSuspendData(text, courseQuestions, COURSE)!.attempts.find(
      (a) => a.unitId === FINAL_ID,
    );
    expect(final?.position).toBe(file.attempts.find((a) => a.id === final?.id)?.position);
    // A course that lost one of the drawn questions cannot rebuild the test: it is left out.
    const drawnId = final!.questionIds[0]!;
    const shrunk = new Map(
      [...courseQuestions].map(([id, qs]) => [id, qs.filter((q) => q.id !== drawnId)]),
    );
    const back = decodeSuspendData(encodeSuspendData(file, SCORM12_LIMIT, shrunk), shrunk, COURSE)!;
    expect(back.attempts.map((a) => a.unitId)).not.toContain(FINAL_ID);
    expect(back.units.find((u) => u.unitId === FINAL_ID)!.openAttemptId).toBeUndefined();
  });

  it('says an unknown or foreign string is not Lectern’s', () => {
    expect(decodeSuspendData('', courseQuestions, COURSE)).toBeUndefined();
    expect(() => decodeSuspendData('9X[]', courseQuestions, COURSE)).toThrow(SuspendDataError);
    expect(() => decodeSuspendData('progress=50', courseQuestions, COURSE)).toThrow(
      SuspendDataError,
    );
  });
});
