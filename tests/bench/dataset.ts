/**
 * A realistic learner history for the storage figures, made by the app's own code: the compiled
 * course (`content/`), the quiz engine (start, grade, advance, score) and the review scheduler.
 * About 800 unit-quiz attempts over half a year, most finished and some abandoned part-way, whose
 * answers add up to exactly the number of answer events asked for; unit summaries and review
 * cards follow from them. Every record passes the app's `restore…` functions before it is used.
 */
import { compileCourse } from '../../src/lib/content/compile';
import type { Question, Unit } from '../../src/lib/content/types';
import { SCHEMA_VERSION, MAX_COUNTED_GAP_MS } from '../../src/lib/study/constants';
import type {
  AnswerEvent,
  AttemptRecord,
  CardRecord,
  UnitRecord,
} from '../../src/lib/study/records';
import { restoreCard, restoreUnit } from '../../src/lib/progress/restore';
import { restoreAnswerEvent, restoreAttempt } from '../../src/lib/progress/restore-attempt';
import type { Answer } from '../../src/lib/quiz/answers';
import { advance, answerCurrent, scoreOf, startAttempt } from '../../src/lib/quiz/attempt';
import { seededRandom, shuffled } from '../../src/lib/quiz/random';
import { newCard } from '../../src/lib/review/schedule';

export interface Dataset {
  units: Unit[];
  answers: AnswerEvent[];
  attempts: AttemptRecord[];
  unitRecords: UnitRecord[];
  cards: CardRecord[];
}

const HOUR = 3_600_000;

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** An answer a learner might give: right with probability `skill`, else a plausible wrong one. */
function answerFor(
  question: Question,
  order: string[] | undefined,
  skill: number,
  random: () => number,
): Answer {
  const right = random() < skill;
  switch (question.type) {
    case 'single': {
      const wrong = question.options.filter((o) => o.id !== question.answer);
      const pick = right ? question.answer : wrong[Math.floor(random() * wrong.length)]!.id;
      return { type: 'single', option: pick };
    }
    case 'multiple':
      return {
        type: 'multiple',
        options: right ? [...question.answer] : question.answer.slice(0, 1),
      };
    case 'truefalse':
      return { type: 'truefalse', value: right ? question.answer : !question.answer };
    case 'fill':
      return { type: 'fill', text: right ? question.answers[0]! : 'not sure' };
    case 'ordering':
      return {
        type: 'ordering',
        order: right ? [...question.answer] : (order ?? question.items.map((i) => i.id)),
      };
    case 'matching': {
      const pairs: Record<string, string> = { ...question.answer };
      if (!right) {
        const rights = shuffled(
          question.right.map((r) => r.id),
          random,
        );
        question.left.forEach((l, i) => {
          pairs[l.id] = rights[i % rights.length]!;
        });
      }
      return { type: 'matching', pairs };
    }
  }
}

/** How many questions each attempt answers, so the total is exactly `answers`. */
function plan(sizes: number[], answers: number, random: () => number): number[] {
  const answered = [...sizes];
  let excess = sizes.reduce((a, b) => a + b, 0) - answers;
  if (excess < 0) {
    throw new Error(`${sizes.length} attempts hold at most ${answers + excess} answers`);
  }
  // Abandon attempts part-way (after at least two answers), picked in a seeded order.
  for (const i of shuffled(
    sizes.map((_, i) => i),
    random,
  )) {
    if (excess === 0) {
      break;
    }
    const cut = Math.min(excess, sizes[i]! - 2);
    answered[i] = sizes[i]! - cut;
    excess -= cut;
  }
  if (excess > 0) {
    throw new Error('Could not spread the answers over the attempts');
  }
  return answered;
}

/** The real course, whose units the dataset answers. */
export const COURSE = 'xinjiang-congress';

export function buildDataset(options: {
  attempts: number;
  answers: number;
  now: number;
  seed?: number;
}): Dataset {
  const random = seededRandom(options.seed ?? 20240501);
  const units = compileCourse(`content/courses/${COURSE}`).units;
  const unitOf = (i: number) => units[i % units.length]!;
  const counts = plan(
    Array.from({ length: options.attempts }, (_, i) => unitOf(i).questions.length),
    options.answers,
    random,
  );

  const answers: AnswerEvent[] = [];
  const attempts: AttemptRecord[] = [];
  const lastAnswer = new Map<string, AnswerEvent>();
  // Half a year back, a study session every few hours.
  let t = options.now - 183 * 24 * HOUR;
  const spacing = (182 * 24 * HOUR) / options.attempts;

  for (let i = 0; i < options.attempts; i++) {
    const unit = unitOf(i);
    const byId = new Map(unit.questions.map((q) => [q.id, q]));
    const skill = 0.5 + 0.4 * (i / options.attempts);
    const id = uuid(random);
    let at = Math.round(t);
    let state = startAttempt(id, unit.id, unit.questions, Math.floor(random() * 2 ** 32), at);
    for (let n = 0; n < counts[i]!; n++) {
      const question = byId.get(state.questionIds[state.position]!)!;
      at += 15_000 + Math.floor(random() * 60_000);
      const answer = answerFor(question, state.choiceOrder[question.id], skill, random);
      state = answerCurrent(state, question, answer, at);
      const given = state.answers[question.id]!;
      const event: AnswerEvent = {
        v: SCHEMA_VERSION,
        course: COURSE,
        id: uuid(random),
        attemptId: id,
        unitId: unit.id,
        questionId: question.id,
        hash: question.hash,
        answer,
        points: given.points,
        correct: given.correct,
        at,
      };
      answers.push(event);
      lastAnswer.set(question.id, event);
      at += 5_000 + Math.floor(random() * 20_000);
      state = advance(state, at);
    }
    attempts.push({ v: SCHEMA_VERSION, course: COURSE, ...state });
    t += spacing * (0.5 + random());
  }

  const unitRecords = units.map((unit): UnitRecord => {
    const mine = attempts.filter((a) => a.unitId === unit.id);
    const record: UnitRecord = {
      v: SCHEMA_VERSION,
      course: COURSE,
      unitId: unit.id,
      attempts: 0,
      timeSpentMs: 0,
      updatedAt: mine.at(-1)?.updatedAt ?? options.now,
    };
    if (mine.length > 0) {
      record.studiedAt = mine[0]!.startedAt - 20 * 60_000;
    }
    for (const a of mine) {
      const times = [a.startedAt, ...Object.values(a.answers).map((g) => g.at)].sort(
        (x, y) => x - y,
      );
      for (let k = 1; k < times.length; k++) {
        record.timeSpentMs += Math.min(times[k]! - times[k - 1]!, MAX_COUNTED_GAP_MS);
      }
      if (a.status === 'finished') {
        const score = scoreOf(a);
        record.attempts += 1;
        record.lastScore = score.ratio;
        record.bestScore = Math.max(record.bestScore ?? 0, score.ratio);
        if (score.passed && record.masteredAt === undefined) {
          record.masteredAt = a.finishedAt!;
        }
      }
    }
    const last = mine.at(-1);
    if (last && last.status === 'in-progress') {
      record.openAttemptId = last.id;
    }
    return record;
  });

  const unitOfQuestion = new Map(units.flatMap((u) => u.questions.map((q) => [q.id, u.id])));
  const cards = [...lastAnswer.values()]
    .filter((e) => !e.correct)
    .map((e): CardRecord => ({
      v: SCHEMA_VERSION,
      course: COURSE,
      questionId: e.questionId,
      unitId: unitOfQuestion.get(e.questionId)!,
      hash: e.hash,
      card: newCard(e.at),
      updatedAt: e.at,
    }));

  // The app must accept every record as it is.
  answers.forEach(restoreAnswerEvent);
  attempts.forEach(restoreAttempt);
  unitRecords.forEach(restoreUnit);
  cards.forEach(restoreCard);
  return { units, answers, attempts, unitRecords, cards };
}
