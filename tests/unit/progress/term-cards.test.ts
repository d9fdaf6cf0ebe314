/**
 * Key-term flashcards in storage: one rating is one write of one card record, stored with the
 * question cards, so backups, reset and other tabs treat them alike; old records and backups,
 * which have no `kind`, still read as question cards.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { StudyActions } from '../../../src/lib/progress/actions';
import { parseBackup } from '../../../src/lib/progress/backup';
import type { ChangeMessage } from '../../../src/lib/progress/locks';
import { RecordError, restoreCard } from '../../../src/lib/progress/restore';
import { ProgressStore } from '../../../src/lib/progress/store';
import {
  actionsOn,
  asFile,
  cardRecord,
  COURSE,
  newAttempt,
  openEmptyIndexedDb,
  playThrough,
  stored,
  unitQuestions,
} from './factories';
import backupV2 from './fixtures/v2/backup.json';
import cardsV1 from './fixtures/v1/cards.json';
import cardsV2 from './fixtures/v2/cards.json';

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);
const TERM = 'term:unit-1:rule-of-law';

let store: ProgressStore;
let actions: StudyActions;

beforeEach(async () => {
  ({ store } = await openEmptyIndexedDb());
  actions = new StudyActions(store);
});

const rate = async (knew: boolean, now = T0) =>
  stored(
    await actions.rateTerm(
      { course: COURSE, unitId: 'unit-1', cardId: TERM, hash: 'abcd1234', knew },
      now,
    ),
  );

describe('rateTerm', () => {
  it('stores one term card in one write, told to every listener', async () => {
    const heard: ChangeMessage[] = [];
    store.changes.listen((message) => heard.push(message));
    await rate(true);
    const cards = await store.cards(COURSE);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ kind: 'term', questionId: TERM, unitId: 'unit-1' });
    expect(heard).toEqual([{ kind: 'records', stores: ['cards'], attemptIds: [], course: COURSE }]);
  });

  it('reschedules the same card on the next rating', async () => {
    await rate(false);
    const first = (await store.cards(COURSE))[0]!;
    await rate(true, first.card.due);
    const cards = await store.cards(COURSE);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.card.reps).toBe(first.card.reps + 1);
  });

  it('leaves question cards as they were, without a kind', async () => {
    const questions = unitQuestions('unit-1');
    const attempt = newAttempt('att-1', 'unit-1', questions, T0);
    await actionsOn(store).createAttempt(attempt);
    await playThrough(store, attempt, questions, { miss: new Set([attempt.questionIds[0]!]) });
    await rate(true);
    const kinds = (await store.cards(COURSE)).map((c) => [c.questionId, c.kind]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        [attempt.questionIds[0], undefined],
        [TERM, 'term'],
      ]),
    );
  });

  it('goes out in a backup and comes back after a reset', async () => {
    await rate(true);
    const exported = await actionsOn(store).exportAll(new Date(T0));
    expect(exported.cards).toEqual([expect.objectContaining({ kind: 'term', questionId: TERM })]);
    await actionsOn(store).reset();
    expect(await store.cards(COURSE)).toEqual([]);

    const file = parseBackup(...asFile(exported), [COURSE]);
    stored(await actions.importBackup(file));
    expect(await store.cards(COURSE)).toEqual(exported.cards);
  });
});

describe('restoreCard and kind', () => {
  it('keeps a term card’s kind and reads a card without one as a question card', () => {
    expect(restoreCard(cardRecord({ kind: 'term' })).kind).toBe('term');
    expect(restoreCard(cardRecord()).kind).toBeUndefined();
    expect(restoreCard({ ...cardRecord(), kind: 'question' }).kind).toBeUndefined();
  });

  it('refuses a kind it does not know, saying so', () => {
    expect(() => restoreCard({ ...cardRecord(), kind: 'picture' })).toThrow(
      new RecordError('"kind" must be "question" or "term"'),
    );
  });

  it('reads the frozen v1 and v2 cards as question cards', () => {
    for (const raw of [...cardsV1, ...cardsV2]) {
      expect(restoreCard(raw).kind).toBeUndefined();
    }
  });

  it('still imports the frozen v2 backup', async () => {
    const file = parseBackup(...asFile(backupV2), [COURSE]);
    stored(await actions.importBackup(file));
    expect((await store.cards(COURSE)).length).toBe(backupV2.cards.length);
  });
});
