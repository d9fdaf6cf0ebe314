// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/lib/content/types';
import type { Answer } from '../../../src/lib/quiz/answers';
import {
  advance,
  answerCurrent,
  currentQuestionId,
  reconcile,
  scoreOf,
  startAttempt,
  type AttemptState,
  type GivenAnswer,
} from '../../../src/lib/quiz/attempt';
import { AnswerError } from '../../../src/lib/quiz/grade';
import {
  attemptRecord,
  fillQuestion,
  HASH,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  OTHER_HASH,
  rightAnswer,
  singleQuestion,
  trueFalseQuestion,
  wrongAnswer,
} from '../../factories';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;

/** A unit's quiz, one question of each type. */
function unitQuestions(): Question[] {
  return [
    singleQuestion({ id: 'leg-01' }),
    multipleQuestion({ id: 'leg-02' }),
    trueFalseQuestion({ id: 'leg-03' }),
    fillQuestion({ id: 'leg-04' }),
    orderingQuestion({ id: 'leg-05' }),
    matchingQuestion({ id: 'leg-06' }),
  ];
}

function indexed(questions: readonly Question[]): Map<string, Question> {
  return new Map(questions.map((q) => [q.id, q]));
}

function start(questions: readonly Question[], seed = 1): AttemptState {
  return startAttempt('attempt-1', 'legislation', questions, seed, T0);
}

/** The question the learner is looking at. */
function onScreen(attempt: AttemptState, questions: ReadonlyMap<string, Question>): Question {
  const id = currentQuestionId(attempt);
  if (!id) {
    throw new Error('No question on screen');
  }
  return questions.get(id)!;
}

/** Answers the question on screen as `pick` says and presses Next, a minute later. */
function answerAndGoOn(
  attempt: AttemptState,
  questions: ReadonlyMap<string, Question>,
  pick: (q: Question) => Answer,
): AttemptState {
  const question = onScreen(attempt, questions);
  const now = attempt.updatedAt + MINUTE;
  const answered = answerCurrent(attempt, question, pick(question), now);
  return advance(answered, now);
}

/** Answers the next `count` questions as `pick` says. */
function answerSome(
  attempt: AttemptState,
  questions: ReadonlyMap<string, Question>,
  count: number,
  pick: (q: Question) => Answer = rightAnswer,
): AttemptState {
  let next = attempt;
  for (let i = 0; i < count; i++) {
    next = answerAndGoOn(next, questions, pick);
  }
  return next;
}

function given(points: number, hash = HASH): GivenAnswer {
  return {
    points,
    correct: points === 1,
    answer: { type: 'truefalse', value: true },
    hash,
    at: T0,
  };
}

/** A finished attempt that earned `points` on each of its questions. */
function attemptScoring(points: number[]): AttemptState {
  const ids = points.map((_, i) => `q-${i}`);
  return attemptRecord({
    questionIds: ids,
    answers: Object.fromEntries(ids.map((id, i) => [id, given(points[i]!)])),
    position: ids.length,
    status: 'finished',
  });
}

describe('startAttempt', () => {
  it('asks every question once, starting with the first, with nothing answered', () => {
    const questions = unitQuestions();
    const attempt = start(questions);
    expect([...attempt.questionIds].sort()).toEqual(questions.map((q) => q.id).sort());
    expect(attempt.position).toBe(0);
    expect(currentQuestionId(attempt)).toBe(attempt.questionIds[0]);
    expect(attempt.status).toBe('in-progress');
    expect(attempt.answers).toEqual({});
    expect(attempt.startedAt).toBe(T0);
    expect(attempt.updatedAt).toBe(T0);
    expect(attempt.finishedAt).toBeUndefined();
  });

  it('keeps the seed, so a restored attempt can be told how it was shuffled', () => {
    expect(start(unitQuestions(), 1234).seed).toBe(1234);
  });

  it('shows the same questions and choices in the same order for the same seed', () => {
    const first = start(unitQuestions(), 77);
    const again = start(unitQuestions(), 77);
    expect(again.questionIds).toEqual(first.questionIds);
    expect(again.choiceOrder).toEqual(first.choiceOrder);
  });

  it('shuffles differently for different seeds', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => start(unitQuestions(), seed).questionIds.join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shuffles the options, the right-hand side of a matching and the items to order', () => {
    const single = singleQuestion({ id: 'leg-01' });
    const multiple = multipleQuestion({ id: 'leg-02' });
    const ordering = orderingQuestion({ id: 'leg-05' });
    const matching = matchingQuestion({ id: 'leg-06' });
    const attempt = start([single, multiple, ordering, matching]);
    const sortedIds = (choices: { id: string }[]) => choices.map((c) => c.id).sort();
    expect([...attempt.choiceOrder['leg-01']!].sort()).toEqual(sortedIds(single.options));
    expect([...attempt.choiceOrder['leg-02']!].sort()).toEqual(sortedIds(multiple.options));
    expect([...attempt.choiceOrder['leg-05']!].sort()).toEqual(sortedIds(ordering.items));
    expect([...attempt.choiceOrder['leg-06']!].sort()).toEqual(sortedIds(matching.right));
  });

  it('has no choices to shuffle for true/false and fill in the blank', () => {
    const attempt = start(unitQuestions());
    expect(attempt.choiceOrder).not.toHaveProperty('leg-03');
    expect(attempt.choiceOrder).not.toHaveProperty('leg-04');
  });

  it('never shows an ordering question already solved', () => {
    const two = orderingQuestion({
      id: 'two',
      items: [
        { id: 'plan', text: 'Plan' },
        { id: 'draft', text: 'Draft' },
      ],
      answer: ['plan', 'draft'],
    });
    const four = orderingQuestion({ id: 'four' });
    for (let seed = 0; seed < 300; seed++) {
      const attempt = start([two, four], seed);
      expect(attempt.choiceOrder['two']).not.toEqual(two.answer);
      expect(attempt.choiceOrder['four']).not.toEqual(four.answer);
      expect([...attempt.choiceOrder['four']!].sort()).toEqual([...four.answer].sort());
    }
  });

  it('leaves the list of questions as it was', () => {
    const questions = unitQuestions();
    const before = questions.map((q) => q.id);
    start(questions, 5);
    expect(questions.map((q) => q.id)).toEqual(before);
  });
});

describe('answerCurrent', () => {
  it('records the grade, the answer, the question hash and the time', () => {
    const questions = indexed(unitQuestions());
    const attempt = start([...questions.values()]);
    const question = onScreen(attempt, questions);
    const answer = rightAnswer(question);

    const answered = answerCurrent(attempt, question, answer, T0 + MINUTE);

    expect(answered.answers[question.id]).toEqual({
      points: 1,
      correct: true,
      answer,
      hash: HASH,
      at: T0 + MINUTE,
    });
    expect(answered.updatedAt).toBe(T0 + MINUTE);
  });

  it('records partial credit', () => {
    const question = multipleQuestion({ id: 'leg-02' });
    const attempt = start([question]);
    const answered = answerCurrent(
      attempt,
      question,
      { type: 'multiple', options: ['plan'] },
      T0 + MINUTE,
    );
    expect(answered.answers['leg-02']).toMatchObject({ points: 0.5, correct: false });
  });

  it('stays on the question until the learner moves on', () => {
    const questions = indexed(unitQuestions());
    const attempt = start([...questions.values()]);
    const question = onScreen(attempt, questions);
    const answered = answerCurrent(attempt, question, wrongAnswer(question), T0 + MINUTE);
    expect(answered.position).toBe(0);
    expect(currentQuestionId(answered)).toBe(question.id);
  });

  it('leaves the attempt it was given unchanged', () => {
    const questions = indexed(unitQuestions());
    const attempt = start([...questions.values()]);
    const question = onScreen(attempt, questions);
    answerCurrent(attempt, question, rightAnswer(question), T0 + MINUTE);
    expect(attempt.answers).toEqual({});
    expect(attempt.updatedAt).toBe(T0);
  });

  it('refuses an answer to a question that is not on screen', () => {
    const questions = indexed(unitQuestions());
    const attempt = start([...questions.values()]);
    const later = questions.get(attempt.questionIds[1]!)!;
    expect(() => answerCurrent(attempt, later, rightAnswer(later), T0 + MINUTE)).toThrow(
      /not the one being asked/,
    );
  });

  it('refuses an answer to a question that is not in the attempt', () => {
    const attempt = start(unitQuestions());
    const stranger = singleQuestion({ id: 'elsewhere-01' });
    expect(() => answerCurrent(attempt, stranger, rightAnswer(stranger), T0)).toThrow();
  });

  it('refuses any answer once the attempt is finished', () => {
    const question = trueFalseQuestion({ id: 'only' });
    const finished = answerSome(start([question]), indexed([question]), 1);
    expect(finished.status).toBe('finished');
    expect(() => answerCurrent(finished, question, rightAnswer(question), T0)).toThrow();
  });

  it('keeps the first answer: a second one to the same question changes nothing', () => {
    const question = trueFalseQuestion({ id: 'only' });
    const attempt = start([question]);
    const first = answerCurrent(attempt, question, wrongAnswer(question), T0 + MINUTE);
    const second = answerCurrent(first, question, rightAnswer(question), T0 + 2 * MINUTE);
    expect(second.answers['only']).toMatchObject({ correct: false, at: T0 + MINUTE });
  });

  it('throws AnswerError for an answer that does not fit, recording nothing', () => {
    const question = singleQuestion({ id: 'only' });
    const attempt = start([question]);
    expect(() =>
      answerCurrent(attempt, question, { type: 'single', option: 'nonsense' }, T0),
    ).toThrow(AnswerError);
    expect(attempt.answers).toEqual({});
  });
});

describe('advance', () => {
  it('does not move on before the question is answered', () => {
    const attempt = start(unitQuestions());
    const after = advance(attempt, T0 + MINUTE);
    expect(after.position).toBe(0);
    expect(after.status).toBe('in-progress');
  });

  it('moves to the next question once the current one is answered', () => {
    const questions = indexed(unitQuestions());
    const attempt = start([...questions.values()]);
    const question = onScreen(attempt, questions);
    const answered = answerCurrent(attempt, question, rightAnswer(question), T0 + MINUTE);

    const next = advance(answered, T0 + 2 * MINUTE);

    expect(next.position).toBe(1);
    expect(currentQuestionId(next)).toBe(attempt.questionIds[1]);
    expect(next.status).toBe('in-progress');
    expect(next.updatedAt).toBe(T0 + 2 * MINUTE);
  });

  it('finishes the attempt after the last question', () => {
    const questions = indexed(unitQuestions());
    const beforeLast = answerSome(start([...questions.values()]), questions, 5);
    expect(beforeLast.status).toBe('in-progress');

    const last = onScreen(beforeLast, questions);
    const answered = answerCurrent(beforeLast, last, rightAnswer(last), T0 + 60 * MINUTE);
    const done = advance(answered, T0 + 61 * MINUTE);

    expect(done.status).toBe('finished');
    expect(done.finishedAt).toBe(T0 + 61 * MINUTE);
    expect(currentQuestionId(done)).toBeUndefined();
  });

  it('does nothing more once finished', () => {
    const question = trueFalseQuestion({ id: 'only' });
    const done = answerSome(start([question]), indexed([question]), 1);
    const again = advance(done, T0 + 99 * MINUTE);
    expect(again.finishedAt).toBe(done.finishedAt);
    expect(again.position).toBe(done.position);
  });
});

describe('scoreOf: a quiz is passed at 80% of the points', () => {
  it('adds up the points of a played quiz', () => {
    const questions = indexed(unitQuestions());
    const attempt = start([...questions.values()]);
    // Three right, then three wrong: 3 of 6.
    const played = answerSome(answerSome(attempt, questions, 3), questions, 3, wrongAnswer);
    expect(played.status).toBe('finished');
    expect(scoreOf(played)).toEqual({ points: 3, total: 6, ratio: 0.5, passed: false });
  });

  it('passes with 4 of 5 right, exactly on the mark', () => {
    expect(scoreOf(attemptScoring([1, 1, 1, 1, 0]))).toEqual({
      points: 4,
      total: 5,
      ratio: 0.8,
      passed: true,
    });
  });

  it('does not pass with 3.9 of 5, partial credit just under the mark', () => {
    const score = scoreOf(attemptScoring([1, 1, 1, 0.9, 0]));
    expect(score).toMatchObject({ points: 3.9, total: 5, passed: false });
    expect(score.ratio).toBeCloseTo(0.78);
  });

  it('passes at exactly 0.8 even when partial credit adds up to 0.7999…', () => {
    // 1 + 0.4 + 1 = 2.4, and 2.4 / 3 is 0.7999999999999999 in floating point.
    const score = scoreOf(attemptScoring([1, 0.4, 1]));
    expect(score.passed).toBe(true);
  });

  it('counts unanswered questions as no points but still in the total', () => {
    const attempt = attemptRecord({
      questionIds: ['a', 'b', 'c', 'd'],
      answers: { a: given(1), b: given(1) },
      status: 'in-progress',
      position: 2,
    });
    expect(scoreOf(attempt)).toMatchObject({ points: 2, total: 4, ratio: 0.5 });
  });

  it('does not pass an empty quiz', () => {
    expect(scoreOf(attemptScoring([]))).toEqual({ points: 0, total: 0, ratio: 0, passed: false });
  });
});

describe('reconcile with the content of today', () => {
  /** An attempt over six questions with the first `answered` of them answered right. */
  function played(answered: number, seed = 3) {
    const questions = unitQuestions();
    const attempt = answerSome(start(questions, seed), indexed(questions), answered);
    return { questions, attempt };
  }

  /** Today's content: the same questions, with `id` given another hash. */
  function changed(questions: Question[], id: string): Map<string, Question> {
    return indexed(questions.map((q) => (q.id === id ? { ...q, hash: OTHER_HASH } : q)));
  }

  it('changes nothing when the content is unchanged', () => {
    const { questions, attempt } = played(3);
    const { attempt: now, staleAnswers } = reconcile(attempt, indexed(questions));
    expect(now.questionIds).toEqual(attempt.questionIds);
    expect(now.answers).toEqual(attempt.answers);
    expect(now.position).toBe(3);
    expect(staleAnswers).toEqual({});
  });

  it('drops a question removed from the course, answered or not', () => {
    const { questions, attempt } = played(3);
    const answeredId = attempt.questionIds[0]!;
    const laterId = attempt.questionIds[5]!;
    const today = indexed(questions.filter((q) => q.id !== answeredId && q.id !== laterId));

    const { attempt: now } = reconcile(attempt, today);

    expect(now.questionIds).not.toContain(answeredId);
    expect(now.questionIds).not.toContain(laterId);
    expect(now.questionIds).toHaveLength(4);
    expect(now.answers).not.toHaveProperty(answeredId);
    expect(scoreOf(now)).toMatchObject({ points: 2, total: 4 });
  });

  it('keeps the learner on the same question when an earlier one is removed', () => {
    const { questions, attempt } = played(3);
    const current = currentQuestionId(attempt);
    const today = indexed(questions.filter((q) => q.id !== attempt.questionIds[0]));

    const { attempt: now } = reconcile(attempt, today);

    expect(currentQuestionId(now)).toBe(current);
    expect(now.position).toBe(2);
  });

  it('moves on to the next open question when the one on screen is removed', () => {
    const { questions, attempt } = played(3);
    const removed = currentQuestionId(attempt);
    const today = indexed(questions.filter((q) => q.id !== removed));

    const { attempt: now } = reconcile(attempt, today);

    expect(currentQuestionId(now)).toBe(attempt.questionIds[4]);
  });

  it('keeps an answer to a changed question as stale, and does not count it', () => {
    const { questions, attempt } = played(3);
    const changedId = attempt.questionIds[1]!;

    const { attempt: now, staleAnswers } = reconcile(attempt, changed(questions, changedId));

    expect(staleAnswers[changedId]).toEqual(attempt.answers[changedId]);
    expect(now.answers).not.toHaveProperty(changedId);
    expect(now.questionIds).toContain(changedId);
    expect(scoreOf(now)).toMatchObject({ points: 2, total: 6 });
  });

  it('asks a changed question again while the attempt is in progress', () => {
    const { questions, attempt } = played(3);
    const changedId = attempt.questionIds[1]!;
    const { attempt: now } = reconcile(attempt, changed(questions, changedId));
    expect(now.status).toBe('in-progress');
    expect(currentQuestionId(now)).toBe(changedId);
  });

  it('asks the question on screen again when it changed after being answered', () => {
    const questions = unitQuestions();
    const attempt = start(questions, 3);
    const first = onScreen(attempt, indexed(questions));
    const answered = answerCurrent(attempt, first, rightAnswer(first), T0 + MINUTE);

    const { attempt: now, staleAnswers } = reconcile(answered, changed(questions, first.id));

    expect(currentQuestionId(now)).toBe(first.id);
    expect(now.answers).not.toHaveProperty(first.id);
    expect(staleAnswers).toHaveProperty(first.id);
  });

  it('counts the new answer to a changed question, with the new hash', () => {
    const { questions, attempt } = played(3);
    const changedId = attempt.questionIds[1]!;
    const today = changed(questions, changedId);
    const { attempt: now } = reconcile(attempt, today);

    const question = onScreen(now, today);
    const reanswered = answerCurrent(now, question, rightAnswer(question), T0 + 90 * MINUTE);

    expect(reanswered.answers[changedId]).toMatchObject({ correct: true, hash: OTHER_HASH });
    expect(scoreOf(reanswered).points).toBe(3);
  });

  it('keeps counting answers to questions that did not change', () => {
    const { questions, attempt } = played(3);
    const [a, b, c] = attempt.questionIds as [string, string, string];
    const { attempt: now } = reconcile(attempt, changed(questions, b));
    expect(now.answers[a]).toEqual(attempt.answers[a]);
    expect(now.answers[c]).toEqual(attempt.answers[c]);
  });

  it('lets an attempt finish when the only open question is removed', () => {
    // Five answered; the sixth, on screen, is removed from the course: nothing is left to ask.
    const { questions, attempt } = played(5);
    const removed = currentQuestionId(attempt);
    const today = indexed(questions.filter((q) => q.id !== removed));

    const { attempt: now } = reconcile(attempt, today);
    expect(currentQuestionId(now)).toBeUndefined();

    // Whether reconcile finishes it or the next step does, the learner must reach the results.
    expect(advance(now, T0 + 90 * MINUTE).status).toBe('finished');
  });

  it('does not reopen a finished attempt: a changed answer simply stops counting', () => {
    const { questions, attempt } = played(6);
    expect(attempt.status).toBe('finished');
    const changedId = attempt.questionIds[2]!;

    const { attempt: now, staleAnswers } = reconcile(attempt, changed(questions, changedId));

    expect(now.status).toBe('finished');
    expect(currentQuestionId(now)).toBeUndefined();
    expect(staleAnswers).toHaveProperty(changedId);
    expect(scoreOf(now)).toMatchObject({ points: 5, total: 6 });
  });
});
