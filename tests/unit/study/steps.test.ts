/**
 * The study steps, one table per step: given the stored records and what the learner did, each
 * returns exactly the records to store. Pure: no storage, no clock, no Svelte.
 */
import { describe, expect, it } from 'vitest';
import { AttemptConflict } from '../../../src/lib/quiz/attempt';
import { MAX_COUNTED_GAP_MS, SCHEMA_VERSION } from '../../../src/lib/study/constants';
import type { AttemptRecord, CardRecord, UnitRecord } from '../../../src/lib/study/records';
import {
  advanceStep,
  answerStep,
  reconcileStep,
  startStep,
  studiedStep,
  type Change,
} from '../../../src/lib/study/steps';
import { newCard } from '../../../src/lib/review/schedule';
import {
  COURSE,
  newAttempt,
  rightAnswer,
  unitQuestions,
  unitRecord,
  wrongAnswer,
} from '../progress/factories';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);
const questions = unitQuestions('unit-1');
const byId = new Map(questions.map((q) => [q.id, q]));
const fresh = () => newAttempt('att-1', 'unit-1', questions, T0);
const asked = (attempt: AttemptRecord) => byId.get(attempt.questionIds[attempt.position]!)!;

/** Which stores a change puts records in, in order. */
const stores = (change: Change) => change.puts.map((put) => put.store);
const put = <S extends Change['puts'][number]['store']>(change: Change, store: S) =>
  change.puts.find((p) => p.store === store)?.value as
    Extract<Change['puts'][number], { store: S }>['value'] | undefined;

function answered(attempt: AttemptRecord, correct: boolean, at: number): AttemptRecord {
  const question = asked(attempt);
  const answer = correct ? rightAnswer(question) : wrongAnswer(question);
  return answerStep(attempt, undefined, undefined, {
    question,
    answer,
    unitId: 'unit-1',
    eventId: `ev-${at}`,
    now: at,
  }).attempt;
}

/** Answers every question of `attempt` (all right unless `wrong` says), advancing after each. */
function played(wrong = 0): AttemptRecord {
  let attempt = fresh();
  for (let i = 0; i < questions.length; i++) {
    attempt = answered(attempt, i >= wrong, T0 + (2 * i + 1) * 1000);
    attempt = advanceStep(
      attempt,
      undefined,
      attempt.questionIds[i]!,
      T0 + (2 * i + 2) * 1000,
    ).attempt;
  }
  return attempt;
}

describe('startStep', () => {
  it.each([
    ['a unit quiz with no summary yet', undefined],
    ['a unit quiz whose unit was studied', unitRecord({ unitId: 'unit-1', studiedAt: 5 })],
  ])('stores the attempt and opens it on its unit: %s', (_name, unit) => {
    const change = startStep(fresh(), unit);

    expect(stores(change)).toEqual(['attempts', 'units']);
    expect(put(change, 'units')).toMatchObject({
      course: COURSE,
      unitId: 'unit-1',
      openAttemptId: 'att-1',
    });
    expect(put(change, 'units')?.studiedAt).toBe(unit?.studiedAt);
  });

  it('stores a review attempt alone: a review opens on no unit', () => {
    const review = { ...fresh(), unitId: 'review', questionUnits: { x: 'unit-1' } };

    expect(stores(startStep(review, undefined))).toEqual(['attempts']);
  });
});

describe('studiedStep', () => {
  it.each([
    ['no summary', undefined, [T0]],
    ['a summary never studied', unitRecord({ unitId: 'unit-1', attempts: 2 }), [T0]],
    ['a summary studied before', unitRecord({ unitId: 'unit-1', studiedAt: 7 }), []],
  ])('from %s, stores the first study date only', (_name, unit, dates) => {
    const change = studiedStep(COURSE, 'unit-1', unit, T0);

    expect(change.puts.map((p) => (p.value as UnitRecord).studiedAt)).toEqual(dates);
  });
});

describe('answerStep', () => {
  it.each([
    ['right', true, ['answers', 'attempts', 'units']],
    ['wrong', false, ['answers', 'attempts', 'units', 'cards']],
  ])(
    'a %s answer stores its event, the attempt and the time; a miss adds a card',
    (_n, correct, expected) => {
      const attempt = fresh();
      const question = asked(attempt);
      const outcome = answerStep(attempt, undefined, undefined, {
        question,
        answer: correct ? rightAnswer(question) : wrongAnswer(question),
        unitId: 'unit-1',
        eventId: 'ev-1',
        now: T0 + 30_000,
      });

      expect(stores(outcome.change)).toEqual(expected);
      expect(outcome.event).toMatchObject({
        v: SCHEMA_VERSION,
        course: COURSE,
        id: 'ev-1',
        attemptId: 'att-1',
        questionId: question.id,
        correct,
        at: T0 + 30_000,
      });
      expect(outcome.attempt.answers[question.id]?.correct).toBe(correct);
      expect(put(outcome.change, 'units')?.timeSpentMs).toBe(30_000);
    },
  );

  it.each([
    ['a short pause', 45_000, 45_000],
    ['an hour away', 60 * 60_000, MAX_COUNTED_GAP_MS],
  ])('counts %s as time spent up to the cap', (_name, gap, counted) => {
    const attempt = fresh();
    const outcome = answerStep(
      attempt,
      unitRecord({ unitId: 'unit-1', timeSpentMs: 1000 }),
      undefined,
      {
        question: asked(attempt),
        answer: rightAnswer(asked(attempt)),
        unitId: 'unit-1',
        eventId: 'ev-1',
        now: T0 + gap,
      },
    );

    expect(put(outcome.change, 'units')?.timeSpentMs).toBe(1000 + counted);
  });

  it('records that the hint was used', () => {
    const attempt = fresh();
    const outcome = answerStep(attempt, undefined, undefined, {
      question: asked(attempt),
      answer: rightAnswer(asked(attempt)),
      unitId: 'unit-1',
      hinted: true,
      eventId: 'ev-1',
      now: T0 + 1,
    });

    expect(outcome.attempt.answers[asked(attempt).id]?.hinted).toBe(true);
  });

  it('stores nothing for a question already answered (a double submit)', () => {
    const once = answered(fresh(), true, T0 + 1000);
    const question = asked(once);
    const again = answerStep(once, undefined, undefined, {
      question,
      answer: wrongAnswer(question),
      unitId: 'unit-1',
      eventId: 'ev-2',
      now: T0 + 2000,
    });

    expect(again.change.puts).toEqual([]);
    expect(again.event).toBeUndefined();
    expect(again.attempt).toBe(once);
  });

  it('refuses a question that is not the one being asked', () => {
    const attempt = fresh();
    const later = byId.get(attempt.questionIds[2]!)!;

    expect(() =>
      answerStep(attempt, undefined, undefined, {
        question: later,
        answer: rightAnswer(later),
        unitId: 'unit-1',
        eventId: 'ev-1',
        now: T0,
      }),
    ).toThrow(AttemptConflict);
  });

  const card = (overrides: Partial<CardRecord> = {}): CardRecord => ({
    v: SCHEMA_VERSION,
    course: COURSE,
    questionId: asked(fresh()).id,
    unitId: 'unit-1',
    hash: asked(fresh()).hash,
    card: newCard(T0 - 1000),
    updatedAt: T0 - 1000,
    ...overrides,
  });

  it.each([
    ['a unit quiz, right, with a card', false, true, card(), 'none'],
    ['a unit quiz, wrong, with a card', false, false, card(), 'rescheduled'],
    [
      'a unit quiz, wrong, with a card of a changed question',
      false,
      false,
      card({ hash: 'old' }),
      'new',
    ],
    ['a review, right', true, true, card(), 'rescheduled'],
    ['a review, wrong', true, false, card(), 'rescheduled'],
  ])('cards: %s → %s', (_name, review, correct, existing, expected) => {
    const base = fresh();
    const attempt = review ? { ...base, questionUnits: {} } : base;
    const question = asked(attempt);
    const outcome = answerStep(attempt, undefined, existing, {
      question,
      answer: correct ? rightAnswer(question) : wrongAnswer(question),
      unitId: 'unit-1',
      eventId: 'ev-1',
      now: T0,
    });
    const stored = put(outcome.change, 'cards');

    if (expected === 'none') {
      expect(stored).toBeUndefined();
    } else {
      expect(stored?.hash).toBe(question.hash);
      expect(stored?.card.reps).toBe(expected === 'new' ? 0 : existing.card.reps + 1);
    }
  });
});

describe('advanceStep', () => {
  it('moves past an answered question and stores only the attempt', () => {
    const attempt = answered(fresh(), true, T0 + 1000);
    const { change, attempt: next } = advanceStep(
      attempt,
      undefined,
      attempt.questionIds[0]!,
      T0 + 2000,
    );

    expect(stores(change)).toEqual(['attempts']);
    expect(next.position).toBe(1);
  });

  it.each([
    ['the question is not answered yet', fresh(), (a: AttemptRecord) => a.questionIds[0]!],
    [
      'the screen shows an earlier question',
      advanceStep(answered(fresh(), true, T0 + 1), undefined, fresh().questionIds[0]!, T0 + 2)
        .attempt,
      (a: AttemptRecord) => a.questionIds[0]!,
    ],
  ])('stores nothing when %s', (_name, attempt, expected) => {
    const { change, attempt: next } = advanceStep(attempt, undefined, expected(attempt), T0 + 5000);

    expect(change.puts).toEqual([]);
    expect(next).toBe(attempt);
  });

  it.each([
    // 5 questions: 4 right of 5 is the pass mark; 3 right is not.
    ['a pass', 1, 0.8, true],
    ['a fail', 2, 0.6, false],
  ])(
    'finishing with %s records the score, and mastery only on a pass',
    (_name, wrong, score, mastered) => {
      const finished = played(wrong);
      const summary = unitRecord({ unitId: 'unit-1', openAttemptId: 'att-1', bestScore: 0.7 });
      const last = finished.questionIds.at(-1)!;
      const beforeLast = {
        ...finished,
        position: finished.questionIds.length - 1,
        status: 'in-progress' as const,
      };
      delete (beforeLast as Partial<AttemptRecord>).finishedAt;
      const { change, attempt } = advanceStep(beforeLast, summary, last, T0 + 99_000);

      expect(attempt.status).toBe('finished');
      expect(stores(change)).toEqual(['attempts', 'units']);
      const unit = put(change, 'units')!;
      expect(unit.lastScore).toBeCloseTo(score);
      expect(unit.bestScore).toBeCloseTo(Math.max(0.7, score));
      expect(unit.attempts).toBe(1);
      expect(unit.openAttemptId).toBeUndefined();
      expect(unit.masteredAt).toBe(mastered ? T0 + 99_000 : undefined);
    },
  );
});

describe('reconcileStep', () => {
  it('stores a reconciled attempt, and counts it in its unit when reconciling finished it', () => {
    const finished = played(0);

    expect(stores(reconcileStep(fresh(), undefined, T0))).toEqual(['attempts']);
    expect(stores(reconcileStep(finished, undefined, T0))).toEqual(['attempts', 'units']);
  });
});
