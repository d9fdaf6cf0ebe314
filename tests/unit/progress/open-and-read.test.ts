/**
 * `ProgressStore.openAndRead`, the app's start: what the first screen shows is read in the same
 * round as the look for anything to recover, and whatever a crash or version 1 left behind is
 * recovered before it is read, exactly as `open` and a read after it would give.
 */
import { describe, expect, it, vi } from 'vitest';
import { memoryStores, type Stores } from '../../../src/lib/progress/backend';
import { JOURNAL_KEY } from '../../../src/lib/progress/constants';
import { ProgressStore } from '../../../src/lib/progress/store';
import { SCHEMA_VERSION } from '../../../src/lib/study/constants';
import cardsV1 from './fixtures/v1/cards.json';
import unitsV1 from './fixtures/v1/units.json';
import { cardRecord, COURSE, unitRecord } from './factories';

/** What `open` followed by the first screen's reads gives from the same stores. */
async function readAfterOpen(stores: Stores) {
  const store = await ProgressStore.open(async () => stores);
  const [units, cards, settings] = await Promise.all([
    store.units(),
    store.cards(),
    store.settings(),
  ]);
  return { units, cards, settings };
}

async function seeded(): Promise<Stores> {
  const stores = memoryStores();
  await stores.units.set(`${COURSE}/unit-1`, unitRecord({ studiedAt: 5 }));
  await stores.cards.set(`${COURSE}/q-single`, cardRecord());
  await stores.settings.set('settings', { v: SCHEMA_VERSION, locale: 'ug', updatedAt: 1 });
  return stores;
}

describe('openAndRead', () => {
  it('reads the first screen in one walk of units and cards when nothing is to recover', async () => {
    const stores = await seeded();
    const keys = [vi.spyOn(stores.units, 'keys'), vi.spyOn(stores.cards, 'keys')];
    const walks = [vi.spyOn(stores.units, 'entries'), vi.spyOn(stores.cards, 'entries')];

    const { store, first } = await ProgressStore.openAndRead(async () => stores);

    expect(store.memoryOnly).toBe(false);
    for (const spy of keys) {
      expect(spy).not.toHaveBeenCalled();
    }
    for (const spy of walks) {
      expect(spy).toHaveBeenCalledTimes(1);
    }
    expect(first).toEqual(await readAfterOpen(stores));
    expect(first?.settings.locale).toBe('ug');
  });

  it('applies a journal record a crash left, and leaves the read to the caller', async () => {
    const stores = await seeded();
    const late = unitRecord({ studiedAt: 5, attempts: 3 });
    await stores.journal.set(JOURNAL_KEY, {
      v: SCHEMA_VERSION,
      writes: [{ store: 'units', key: `${COURSE}/unit-1`, value: late }],
    });

    const { store, first } = await ProgressStore.openAndRead(async () => stores);

    expect(first).toBeUndefined();
    expect(await stores.journal.get(JOURNAL_KEY)).toBeNull();
    expect(await store.units()).toEqual([late]);
  });

  it('moves version 1 units and cards to their per-course keys before anything is read', async () => {
    const stores = memoryStores();
    for (const unit of unitsV1) {
      await stores.units.set(unit.unitId, unit);
    }
    for (const card of cardsV1) {
      await stores.cards.set(card.questionId, card);
    }

    const { store, first } = await ProgressStore.openAndRead(async () => stores);

    expect(first).toBeUndefined();
    expect(await stores.units.keys()).toEqual(
      unitsV1.map((unit) => `${COURSE}/${unit.unitId}`).sort(),
    );
    expect(await stores.cards.keys()).toEqual(
      cardsV1.map((card) => `${COURSE}/${card.questionId}`).sort(),
    );
    expect((await store.units()).map((unit) => unit.unitId).sort()).toEqual(
      unitsV1.map((unit) => unit.unitId).sort(),
    );
  });

  it('falls back to memory, with nothing read, when IndexedDB is refused', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { store, first } = await ProgressStore.openAndRead(() =>
      Promise.reject(new Error('blocked')),
    );
    expect(store.memoryOnly).toBe(true);
    expect(first).toBeUndefined();
  });
});
