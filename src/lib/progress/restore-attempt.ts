/**
 * Restores answers, answer events and attempts (see `restore.ts` for what restoring means). Apart
 * from the unit and card restores the first screen needs, so the first visit does not carry them:
 * they load with the quiz, the progress screen or a backup.
 */
import type { Answer } from '../quiz/answers';
import type { GivenAnswer } from '../quiz/attempt';
import { SCHEMA_VERSION } from '../study/constants';
import type { AnswerEvent, AttemptRecord } from '../study/records';
import {
  bool,
  fail,
  migrate,
  num,
  object,
  optNum,
  str,
  stringMap,
  strings,
} from './restore-fields';

export function restoreAnswer(raw: unknown): Answer {
  const o = object(raw, 'answer');
  switch (o.type) {
    case 'single':
      return { type: 'single', option: str(o, 'option') };
    case 'multiple':
      return { type: 'multiple', options: strings(o.options, '"options"') };
    case 'truefalse':
      return { type: 'truefalse', value: bool(o, 'value') };
    case 'fill':
      if (typeof o.text !== 'string') {
        fail('"text" must be a text');
      }
      return { type: 'fill', text: o.text };
    case 'ordering':
      return { type: 'ordering', order: strings(o.order, '"order"') };
    case 'matching':
      return { type: 'matching', pairs: stringMap(o.pairs, '"pairs"') };
    default:
      return fail(`unknown answer type ${JSON.stringify(o.type)}`);
  }
}

function restoreGiven(raw: unknown): GivenAnswer {
  const o = object(raw, 'given answer');
  const points = num(o, 'points');
  if (points < 0 || points > 1) {
    fail('"points" must be between 0 and 1');
  }
  const given: GivenAnswer = {
    answer: restoreAnswer(o.answer),
    points,
    correct: bool(o, 'correct'),
    hash: str(o, 'hash'),
    at: num(o, 'at'),
  };
  if (o.hinted === true) {
    given.hinted = true;
  }
  return given;
}

export function restoreAnswerEvent(raw: unknown): AnswerEvent {
  const o = migrate(raw, 'answer event');
  const points = num(o, 'points');
  if (points < 0 || points > 1) {
    fail('"points" must be between 0 and 1');
  }
  return {
    v: SCHEMA_VERSION,
    course: str(o, 'course'),
    id: str(o, 'id'),
    attemptId: str(o, 'attemptId'),
    unitId: str(o, 'unitId'),
    questionId: str(o, 'questionId'),
    hash: str(o, 'hash'),
    answer: restoreAnswer(o.answer),
    points,
    correct: bool(o, 'correct'),
    at: num(o, 'at'),
  };
}

export function restoreAttempt(raw: unknown): AttemptRecord {
  const o = migrate(raw, 'attempt');
  const questionIds = strings(o.questionIds, '"questionIds"');
  const choiceOrder: Record<string, string[]> = {};
  for (const [id, ids] of Object.entries(object(o.choiceOrder ?? {}, '"choiceOrder"'))) {
    choiceOrder[id] = strings(ids, `"choiceOrder.${id}"`);
  }
  const answers: Record<string, GivenAnswer> = {};
  for (const [id, given] of Object.entries(object(o.answers ?? {}, '"answers"'))) {
    answers[id] = restoreGiven(given);
  }
  const stale: Record<string, GivenAnswer> = {};
  for (const [id, given] of Object.entries(object(o.stale ?? {}, '"stale"'))) {
    stale[id] = restoreGiven(given);
  }
  const status = o.status;
  if (status !== 'in-progress' && status !== 'finished') {
    fail('"status" must be in-progress or finished');
  }
  const position = num(o, 'position');
  if (!Number.isInteger(position) || position < 0 || position > questionIds.length) {
    fail('"position" is outside the quiz');
  }
  const record: AttemptRecord = {
    v: SCHEMA_VERSION,
    course: str(o, 'course'),
    id: str(o, 'id'),
    unitId: str(o, 'unitId'),
    seed: num(o, 'seed'),
    questionIds,
    choiceOrder,
    answers,
    position,
    status,
    startedAt: num(o, 'startedAt'),
    updatedAt: num(o, 'updatedAt'),
  };
  const finishedAt = optNum(o, 'finishedAt');
  if (finishedAt !== undefined) {
    record.finishedAt = finishedAt;
  }
  if (Object.keys(stale).length > 0) {
    record.stale = stale;
  }
  if (o.questionUnits !== undefined) {
    record.questionUnits = stringMap(o.questionUnits, '"questionUnits"');
  }
  return record;
}
