/** The real course, compiled from `content/`, and the worst-case progress a learner can have. */
import { fileURLToPath } from 'node:url';
import { compileCourse } from '../../../src/lib/content/compile';
import type { Question } from '../../../src/lib/content/types';
import type { CourseQuestions } from '../../../src/lib/lms/suspend-data';
import type { BackupFile } from '../../../src/lib/progress/backup';
import type {
  AnswerEvent,
  AttemptRecord,
  CardRecord,
  UnitRecord,
} from '../../../src/lib/study/records';
import type { Answer } from '../../../src/lib/quiz/answers';
import { startAttempt } from '../../../src/lib/quiz/attempt';
import { grade } from '../../../src/lib/quiz/grade';
import { drawFinalTest } from '../../../src/lib/quiz/final-draw';
import {
  FINAL_TEST_MIN_PER_UNIT,
  FINAL_TEST_SIZE,
  finalTestId,
} from '../../../src/lib/study/final-test';

export const compiled = compileCourse(
  fileURLToPath(new URL('../../../content/courses/xinjiang-congress', import.meta.url)),
);
export const courseQuestions: CourseQuestions = new Map(
  compiled.units.map((u) => [u.id, u.questions]),
);
export const unitIds = compiled.units.map((u) => u.id);

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

/** The longest answer a learner can give to `question` (a fill-in answer of 500 characters). */
export function longestAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', option: question.options.at(-1)!.id };
    case 'multiple':
      return { type: 'multiple', options: question.options.map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: false };
    case 'fill':
      return { type: 'fill', text: 'x'.repeat(500) };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((i) => i.id) };
    case 'matching':
      return {
        type: 'matching',
        pairs: Object.fromEntries(question.left.map((l, i) => [l.id, question.right[i]!.id])),
      };
  }
}

/** The real course's final test id. */
export const FINAL_ID = finalTestId('xinjiang-congress');

/** Every question of the course by id. */
export const questionById = new Map(
  compiled.units.flatMap((u) => u.questions.map((q) => [q.id, q] as const)),
);

/**
 * An open attempt at `unitId` with `answered` questions answered, or every one. For the final
 * test's id, a final test drawn by `seed` across the course, as the final test screen starts it.
 */
export function openAttempt(unitId: string, seed: number, answered?: number): AttemptRecord {
  const drawn =
    unitId === FINAL_ID
      ? drawFinalTest(compiled.units, {}, FINAL_TEST_SIZE, FINAL_TEST_MIN_PER_UNIT, seed)
      : undefined;
  const questions = drawn ? drawn.map((d) => d.question) : courseQuestions.get(unitId)!;
  const state = startAttempt(`attempt-${unitId}-${seed}`, unitId, questions, seed, T0);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const count = answered ?? state.questionIds.length;
  const answers: AttemptRecord['answers'] = {};
  state.questionIds.slice(0, count).forEach((id, index) => {
    const question = byId.get(id)!;
    const answer = longestAnswer(question);
    answers[id] = {
      ...grade(question, answer),
      answer,
      hash: question.hash,
      at: T0 + (index + 1) * 61_000,
    };
  });
  return {
    ...state,
    v: 2,
    course: 'xinjiang-congress',
    answers,
    position: Math.min(count, state.questionIds.length - 1),
    updatedAt: T0 + count * 61_000,
    ...(drawn && {
      questionUnits: Object.fromEntries(drawn.map((d) => [d.question.id, d.unitId])),
    }),
  };
}

/**
 * Every unit, and the final test, attempted many times and open again with every answer given,
 * every answer event kept and every question in the review deck: more than any learner could
 * gather.
 */
export function worstCase(finishedPerUnit = 5): BackupFile {
  const attempts: AttemptRecord[] = [];
  const answers: AnswerEvent[] = [];
  const units: UnitRecord[] = [];
  const cards: CardRecord[] = [];
  for (const unitId of [...unitIds, FINAL_ID]) {
    for (let n = 0; n < finishedPerUnit; n += 1) {
      const finished = { ...openAttempt(unitId, 1000 + n), status: 'finished' as const };
      attempts.push({ ...finished, id: `finished-${unitId}-${n}`, finishedAt: finished.updatedAt });
      for (const [questionId, given] of Object.entries(finished.answers)) {
        answers.push({
          v: 2,
          course: 'xinjiang-congress',
          id: `event-${unitId}-${n}-${questionId}`,
          attemptId: `finished-${unitId}-${n}`,
          unitId: finished.questionUnits?.[questionId] ?? unitId,
          questionId,
          hash: given.hash,
          answer: given.answer,
          points: given.points,
          correct: given.correct,
          at: given.at,
        });
      }
    }
    const open = openAttempt(unitId, 4_000_000_000 + [...unitIds, FINAL_ID].indexOf(unitId));
    attempts.push(open);
    units.push({
      v: 2,
      course: 'xinjiang-congress',
      unitId,
      studiedAt: T0,
      bestScore: 0.6666666666666666,
      lastScore: 0.3333333333333333,
      attempts: finishedPerUnit,
      timeSpentMs: 987_654_321,
      openAttemptId: open.id,
      updatedAt: T0 + 9_999_000,
    });
    for (const question of courseQuestions.get(unitId) ?? []) {
      cards.push({
        v: 2,
        course: 'xinjiang-congress',
        questionId: question.id,
        unitId,
        hash: question.hash,
        card: {
          due: T0 + 86_400_000,
          stability: 3.123456789,
          difficulty: 6.987654321,
          elapsed_days: 12,
          scheduled_days: 30,
          learning_steps: 2,
          reps: 17,
          lapses: 9,
          state: 2,
          last_review: T0,
        },
        updatedAt: T0 + 1234,
      });
    }
  }
  return {
    app: 'lectern',
    kind: 'progress',
    schemaVersion: 2,
    course: 'xinjiang-congress',
    exportedAt: new Date(T0).toISOString(),
    answers,
    attempts,
    units,
    cards,
  };
}
