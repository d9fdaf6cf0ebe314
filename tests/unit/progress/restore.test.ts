/**
 * The boundary between stored data and the app: every `restore…` function accepts the records
 * Lectern writes, fills defaults for fields older records may lack, and refuses anything else
 * with a `RecordError` that names the problem. The `fixtures/v1` files are the shapes schema
 * version 1 stored (frozen: never edit them); each must restore to its migrated form in
 * `fixtures/v2`, the shapes version 2 stores, which restore unchanged.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/lib/study/constants';
import {
  RecordError,
  restoreCard,
  restoreSettings,
  restoreUnit,
} from '../../../src/lib/progress/restore';
import {
  restoreAnswer,
  restoreAnswerEvent,
  restoreAttempt,
} from '../../../src/lib/progress/restore-attempt';
import { answerEvent, attemptRecord, cardRecord, unitRecord } from './factories';
import answersV1 from './fixtures/v1/answers.json';
import attemptsV1 from './fixtures/v1/attempts.json';
import cardsV1 from './fixtures/v1/cards.json';
import settingsV1 from './fixtures/v1/settings.json';
import unitsV1 from './fixtures/v1/units.json';
import answersV2 from './fixtures/v2/answers.json';
import attemptsV2 from './fixtures/v2/attempts.json';
import cardsV2 from './fixtures/v2/cards.json';
import settingsV2 from './fixtures/v2/settings.json';
import unitsV2 from './fixtures/v2/units.json';

type Restore = (raw: unknown) => unknown;

/** Freezes a record all the way down, so a restore that changes its input throws. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) {
      frozen(inner);
    }
    Object.freeze(value);
  }
  return value;
}

function expectRefused(restore: Restore, raw: unknown, problem: string) {
  let error: unknown;
  try {
    restore(raw);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RecordError);
  expect((error as RecordError).message).toBe(problem);
}

/** A copy of `record` with `key` removed. */
function without(record: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  delete copy[key];
  return copy;
}

describe('stored fixtures', () => {
  const fixtures: [string, readonly unknown[], readonly unknown[], Restore][] = [
    ['answers', answersV1, answersV2, restoreAnswerEvent],
    ['attempts', attemptsV1, attemptsV2, restoreAttempt],
    ['units', unitsV1, unitsV2, restoreUnit],
    ['cards', cardsV1, cardsV2, restoreCard],
    ['settings', settingsV1, settingsV2, restoreSettings],
  ];

  it.each(fixtures)(
    'migrates every stored v1 record in %s to its v2 form',
    (_name, v1, v2, restore) => {
      expect(v1.length).toBeGreaterThan(0);
      expect(v1.length).toBe(v2.length);
      for (const [index, record] of v1.entries()) {
        expect(restore(frozen(structuredClone(record)))).toStrictEqual(v2[index]);
      }
    },
  );

  it.each(fixtures)(
    'restores every stored v2 record in %s unchanged',
    (_name, _v1, v2, restore) => {
      for (const record of v2) {
        expect(restore(frozen(structuredClone(record)))).toStrictEqual(record);
      }
    },
  );

  it('gives every migrated v1 record the one course version 1 knew', () => {
    for (const record of [...answersV2, ...attemptsV2, ...unitsV2, ...cardsV2]) {
      expect(record.course).toBe('xinjiang-congress');
    }
  });

  it('cover every answer type', () => {
    expect(new Set(answersV1.map((e) => e.answer.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'fill', 'ordering', 'matching']),
    );
  });
});

describe('schema versions', () => {
  const kinds: [string, Restore, unknown][] = [
    ['answer event', restoreAnswerEvent, answerEvent()],
    ['attempt', restoreAttempt, attemptRecord()],
    ['unit summary', restoreUnit, unitRecord()],
    ['review card', restoreCard, cardRecord()],
    ['settings', restoreSettings, { v: 1, persistRequested: true, updatedAt: 5 }],
  ];

  describe.each(kinds)('%s', (what, restore, valid) => {
    it('accepts the current version', () => {
      expect(restore(valid)).toMatchObject({ v: SCHEMA_VERSION });
    });

    it.each([
      ['missing', undefined],
      ['zero', 0],
      ['negative', -1],
      ['a fraction', 1.5],
      ['text', '1'],
      ['null', null],
    ])('refuses a version that is %s', (_case, v) => {
      expectRefused(restore, { ...(valid as object), v }, `${what} has no valid schema version`);
    });

    it('refuses a version newer than this Lectern knows', () => {
      const newer = SCHEMA_VERSION + 1;
      expectRefused(
        restore,
        { ...(valid as object), v: newer },
        `${what} was written by a newer version of Lectern (schema ${newer})`,
      );
      expectRefused(
        restore,
        { ...(valid as object), v: 99 },
        `${what} was written by a newer version of Lectern (schema 99)`,
      );
    });

    it.each([
      ['null', null],
      ['a text', 'record'],
      ['a number', 7],
      ['a list', []],
    ])('refuses a record that is %s', (_case, raw) => {
      expectRefused(restore, raw, `${what} is not an object`);
    });
  });
});

describe('restoreAnswer', () => {
  it.each([
    { type: 'single', option: 'b' },
    { type: 'multiple', options: ['a', 'c'] },
    { type: 'multiple', options: [] },
    { type: 'truefalse', value: false },
    { type: 'fill', text: 'governance' },
    { type: 'fill', text: '' },
    { type: 'ordering', order: ['plan', 'draft'] },
    { type: 'matching', pairs: { l1: 'r2' } },
    { type: 'matching', pairs: {} },
  ])('accepts $type answer %j', (answer) => {
    expect(restoreAnswer(frozen(answer))).toStrictEqual(answer);
  });

  it('keeps only the fields of the answer type', () => {
    expect(restoreAnswer({ type: 'single', option: 'b', options: ['a'], note: 'x' })).toStrictEqual(
      {
        type: 'single',
        option: 'b',
      },
    );
  });

  it.each([
    ['an unknown type', { type: 'essay', text: 'x' }, 'unknown answer type "essay"'],
    ['no type', { option: 'b' }, 'unknown answer type undefined'],
    ['a single answer without option', { type: 'single' }, '"option" must be a non-empty text'],
    [
      'a single answer with an empty option',
      { type: 'single', option: '' },
      '"option" must be a non-empty text',
    ],
    [
      'multiple options that are not a list',
      { type: 'multiple', options: 'a' },
      '"options" must be a list of texts',
    ],
    [
      'multiple options that are not texts',
      { type: 'multiple', options: ['a', 1] },
      '"options" must be a list of texts',
    ],
    [
      'a true/false value that is text',
      { type: 'truefalse', value: 'true' },
      '"value" must be true or false',
    ],
    ['a fill answer without text', { type: 'fill' }, '"text" must be a text'],
    [
      'an ordering that is not a list',
      { type: 'ordering', order: null },
      '"order" must be a list of texts',
    ],
    ['pairs that are a list', { type: 'matching', pairs: [] }, '"pairs" is not an object'],
    [
      'pairs to a number',
      { type: 'matching', pairs: { l1: 1 } },
      '"pairs" must map texts to texts',
    ],
    ['no object at all', 'single', 'answer is not an object'],
  ])('refuses %s', (_case, raw, problem) => {
    expectRefused(restoreAnswer, raw, problem);
  });
});

describe('restoreAnswerEvent', () => {
  it('accepts an event and keeps nothing but its fields', () => {
    const event = answerEvent({ answer: { type: 'truefalse', value: true }, points: 0.5 });

    expect(restoreAnswerEvent(frozen({ ...event, extra: 'dropped' }))).toStrictEqual(event);
  });

  it.each([
    ['without id', without(answerEvent(), 'id'), '"id" must be a non-empty text'],
    [
      'with an empty attempt id',
      answerEvent({ attemptId: '' }),
      '"attemptId" must be a non-empty text',
    ],
    [
      'with a numeric unit id',
      { ...answerEvent(), unitId: 5 },
      '"unitId" must be a non-empty text',
    ],
    [
      'without question id',
      without(answerEvent(), 'questionId'),
      '"questionId" must be a non-empty text',
    ],
    ['without hash', without(answerEvent(), 'hash'), '"hash" must be a non-empty text'],
    ['with 7 points', answerEvent({ points: 7 }), '"points" must be between 0 and 1'],
    ['with negative points', answerEvent({ points: -0.5 }), '"points" must be between 0 and 1'],
    ['with points as text', { ...answerEvent(), points: '1' }, '"points" must be a number'],
    ['with infinite points', answerEvent({ points: Infinity }), '"points" must be a number'],
    ['with points NaN', answerEvent({ points: NaN }), '"points" must be a number'],
    [
      'with "correct" as text',
      { ...answerEvent(), correct: 'yes' },
      '"correct" must be true or false',
    ],
    ['without time', without(answerEvent(), 'at'), '"at" must be a number'],
    [
      'with an unknown answer type',
      { ...answerEvent(), answer: { type: 'essay' } },
      'unknown answer type "essay"',
    ],
    ['without answer', without(answerEvent(), 'answer'), 'answer is not an object'],
  ])('refuses an event %s', (_case, raw, problem) => {
    expectRefused(restoreAnswerEvent, raw, problem);
  });
});

describe('restoreAttempt', () => {
  it('accepts an attempt in progress, a finished one and a review', () => {
    const inProgress = attemptRecord();
    const finished = attemptRecord({ position: 2, status: 'finished', finishedAt: 2_000 });
    const review = attemptRecord({ unitId: 'review', questionUnits: { 'q-single': 'unit-1' } });

    for (const attempt of [inProgress, finished, review]) {
      expect(restoreAttempt(frozen(attempt))).toStrictEqual(attempt);
    }
  });

  it('fills an empty choice order and no answers when they are missing', () => {
    const bare = without(without(attemptRecord({ position: 0 }), 'choiceOrder'), 'answers');

    expect(restoreAttempt(bare)).toStrictEqual({
      ...attemptRecord({ position: 0 }),
      choiceOrder: {},
      answers: {},
    });
  });

  it('drops a finishing time that is null', () => {
    expect(restoreAttempt({ ...attemptRecord(), finishedAt: null })).toStrictEqual(attemptRecord());
  });

  const given = attemptRecord().answers['q-single']!;
  it.each([
    ['without id', without(attemptRecord(), 'id'), '"id" must be a non-empty text'],
    ['without unit', without(attemptRecord(), 'unitId'), '"unitId" must be a non-empty text'],
    ['without seed', without(attemptRecord(), 'seed'), '"seed" must be a number'],
    [
      'with question ids as text',
      { ...attemptRecord(), questionIds: 'q-single' },
      '"questionIds" must be a list of texts',
    ],
    [
      'with a choice order that is not a list',
      { ...attemptRecord(), choiceOrder: { 'q-single': 'abc' } },
      '"choiceOrder.q-single" must be a list of texts',
    ],
    ['with answers as a list', { ...attemptRecord(), answers: [] }, '"answers" is not an object'],
    [
      'with an answer worth 2 points',
      attemptRecord({ answers: { 'q-single': { ...given, points: 2 } } }),
      '"points" must be between 0 and 1',
    ],
    [
      'with an answer of unknown type',
      { ...attemptRecord(), answers: { 'q-single': { ...given, answer: { type: 'essay' } } } },
      'unknown answer type "essay"',
    ],
    [
      'with an answer without hash',
      { ...attemptRecord(), answers: { 'q-single': { ...given, hash: '' } } },
      '"hash" must be a non-empty text',
    ],
    [
      'with an answer that is not an object',
      { ...attemptRecord(), answers: { 'q-single': true } },
      'given answer is not an object',
    ],
    [
      'with status "weird"',
      { ...attemptRecord(), status: 'weird' },
      '"status" must be in-progress or finished',
    ],
    [
      'without status',
      without(attemptRecord(), 'status'),
      '"status" must be in-progress or finished',
    ],
    ['with position -1', attemptRecord({ position: -1 }), '"position" is outside the quiz'],
    ['with position 1.5', attemptRecord({ position: 1.5 }), '"position" is outside the quiz'],
    [
      'with position past the end',
      attemptRecord({ position: 3 }),
      '"position" is outside the quiz',
    ],
    ['without start time', without(attemptRecord(), 'startedAt'), '"startedAt" must be a number'],
    ['without update time', without(attemptRecord(), 'updatedAt'), '"updatedAt" must be a number'],
    [
      'with a finishing time as text',
      { ...attemptRecord(), finishedAt: 'today' },
      '"finishedAt" must be a number',
    ],
    [
      'with question units to numbers',
      { ...attemptRecord(), questionUnits: { 'q-single': 3 } },
      '"questionUnits" must map texts to texts',
    ],
  ])('refuses an attempt %s', (_case, raw, problem) => {
    expectRefused(restoreAttempt, raw, problem);
  });
});

describe('restoreUnit', () => {
  it('counts no attempts and no time when a summary has none', () => {
    const raw = { v: 1, unitId: 'unit-1', studiedAt: 500, updatedAt: 1_000 };

    expect(restoreUnit(raw)).toStrictEqual({
      v: SCHEMA_VERSION,
      course: 'xinjiang-congress',
      unitId: 'unit-1',
      studiedAt: 500,
      attempts: 0,
      timeSpentMs: 0,
      updatedAt: 1_000,
    });
    expect(restoreUnit({ ...raw, attempts: null }).attempts).toBe(0);
  });

  it('keeps every field of a full summary', () => {
    const full = unitRecord({
      studiedAt: 100,
      bestScore: 1,
      lastScore: 0,
      attempts: 4,
      timeSpentMs: 60_000,
      masteredAt: 900,
      openAttemptId: 'att-9',
    });

    expect(restoreUnit(frozen(full))).toStrictEqual(full);
  });

  it('drops an open attempt id that is empty or not a text', () => {
    expect(restoreUnit({ ...unitRecord(), openAttemptId: '' })).toStrictEqual(unitRecord());
    expect(restoreUnit({ ...unitRecord(), openAttemptId: 5 })).toStrictEqual(unitRecord());
  });

  it.each([
    ['without unit id', without(unitRecord(), 'unitId'), '"unitId" must be a non-empty text'],
    ['without update time', without(unitRecord(), 'updatedAt'), '"updatedAt" must be a number'],
    [
      'with attempts as text',
      { ...unitRecord(), attempts: 'three' },
      '"attempts" must be a number',
    ],
    [
      'with a best score above 1',
      unitRecord({ bestScore: 1.5 }),
      '"bestScore" must be between 0 and 1',
    ],
    [
      'with a negative last score',
      unitRecord({ lastScore: -0.1 }),
      '"lastScore" must be between 0 and 1',
    ],
    [
      'with a study date as text',
      { ...unitRecord(), studiedAt: 'yesterday' },
      '"studiedAt" must be a number',
    ],
    [
      'with a mastery date as text',
      { ...unitRecord(), masteredAt: '2024' },
      '"masteredAt" must be a number',
    ],
  ])('refuses a summary %s', (_case, raw, problem) => {
    expectRefused(restoreUnit, raw, problem);
  });
});

describe('restoreCard', () => {
  it('keeps a reviewed card with its last review', () => {
    const reviewed = cardRecord({
      card: { ...cardRecord().card, reps: 2, state: 1, last_review: 1_500, learning_steps: 1 },
    });

    expect(restoreCard(frozen(reviewed))).toStrictEqual(reviewed);
  });

  it('fills learning steps for a card stored without them', () => {
    const card = without(cardRecord().card, 'learning_steps');

    expect(restoreCard({ ...cardRecord(), card }).card.learning_steps).toBe(0);
  });

  it('drops a last review that is null', () => {
    const card = { ...cardRecord().card, last_review: null };

    expect(restoreCard({ ...cardRecord(), card })).toStrictEqual(cardRecord());
  });

  it.each([
    [
      'without question id',
      without(cardRecord(), 'questionId'),
      '"questionId" must be a non-empty text',
    ],
    ['without unit', without(cardRecord(), 'unitId'), '"unitId" must be a non-empty text'],
    ['without hash', without(cardRecord(), 'hash'), '"hash" must be a non-empty text'],
    ['without card', without(cardRecord(), 'card'), 'card is not an object'],
    [
      'without due date',
      { ...cardRecord(), card: without(cardRecord().card, 'due') },
      '"due" must be a number',
    ],
    [
      'with a due date as an ISO text',
      { ...cardRecord(), card: { ...cardRecord().card, due: '2024-05-01T09:00:00.000Z' } },
      '"due" must be a number',
    ],
    [
      'without state',
      { ...cardRecord(), card: without(cardRecord().card, 'state') },
      '"state" must be a number',
    ],
    ['without update time', without(cardRecord(), 'updatedAt'), '"updatedAt" must be a number'],
  ])('refuses a card %s', (_case, raw, problem) => {
    expectRefused(restoreCard, raw, problem);
  });
});

describe('restoreSettings', () => {
  it('fills defaults for settings that hold only a version', () => {
    expect(restoreSettings({ v: 1 })).toStrictEqual({
      v: SCHEMA_VERSION,
      persistRequested: false,
      updatedAt: 0,
    });
  });

  it('keeps a language Lectern speaks and drops one it does not', () => {
    expect(restoreSettings({ v: 1, locale: 'ug' }).locale).toBe('ug');
    expect(restoreSettings({ v: 1, locale: 'fr' })).not.toHaveProperty('locale');
  });

  it('takes only true as "storage already requested"', () => {
    expect(restoreSettings({ v: 1, persistRequested: 'yes' }).persistRequested).toBe(false);
    expect(restoreSettings({ v: 1, persistRequested: true }).persistRequested).toBe(true);
  });

  it('refuses an update time that is not a number', () => {
    expectRefused(restoreSettings, { v: 1, updatedAt: 'now' }, '"updatedAt" must be a number');
  });
});
