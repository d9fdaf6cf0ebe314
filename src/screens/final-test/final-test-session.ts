/**
 * Starting and resuming the course's final test. It runs as a quiz session like any other; what
 * differs is the draw (across every unit, `drawFinalTest`) and where it is kept: under the final
 * test's own id, so its open attempt, best score and pass are stored as a unit quiz's are.
 */
import type { Unit } from '../../lib/content/types';
import { progress } from '../../lib/progress/progress.svelte';
import { drawFinalTest } from '../../lib/quiz/final-draw';
import type { PoolHistory } from '../../lib/quiz/pool';
import { newSeed } from '../../lib/quiz/random';
import { FINAL_TEST_MIN_PER_UNIT, FINAL_TEST_SIZE, finalTestId } from '../../lib/study/final-test';
import { QuizSession, startQuiz, type QuizQuestion } from '../quiz/quiz-session.svelte';
import { indexQuestions } from '../quiz/lib';

/** Every unit's question history in one, read untracked: the draw prefers what was missed. */
function courseHistory(units: readonly Unit[]): PoolHistory {
  return Object.assign({}, ...units.map((unit) => progress.unitNow(unit.id)?.history ?? {}));
}

/** A new final test over `units` (the course's, in course order), shown at once. */
export function startFinalTest(courseId: string, units: readonly Unit[]): QuizSession {
  const drawn = drawFinalTest(
    units,
    courseHistory(units),
    FINAL_TEST_SIZE,
    FINAL_TEST_MIN_PER_UNIT,
    newSeed(),
  );
  return startQuiz(courseId, finalTestId(courseId), drawn, true);
}

/** The final test the learner left open, if any, read back from storage. */
export async function resumeFinalTest(
  courseId: string,
  units: readonly Unit[],
): Promise<QuizSession | undefined> {
  const openId = progress.unitNow(finalTestId(courseId))?.openAttemptId;
  const open = openId ? await progress.store.attempt(openId).catch(() => undefined) : undefined;
  if (open?.status !== 'in-progress' || !open.questionUnits) {
    return undefined;
  }
  const asked = open.questionUnits;
  const questions: QuizQuestion[] = units.flatMap((unit) =>
    unit.questions
      .filter((question) => asked[question.id] === unit.id)
      .map((question) => ({ question, unitId: unit.id })),
  );
  const session = new QuizSession(indexQuestions(questions), open);
  return session.attempt.questionIds.length > 0 ? session : undefined;
}
