/**
 * Two tabs on one quiz. When another tab answers the question on screen, this tab shows that
 * answer, and then settles: it reads the attempt back once, not over and over.
 *
 * The tabs share one set of stores, as two tabs share one IndexedDB, and each has its own
 * progress store and so its own BroadcastChannel. Every storage call waits a turn of the event
 * loop, as IndexedDB does, so a reload that never stops shows up as a growing count of reads
 * instead of freezing the test run.
 */
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStores, type KeyValueStore, type Stores } from '../../src/lib/progress/backend';
import { STORE_NAMES } from '../../src/lib/progress/constants';
import { StudyActions } from '../../src/lib/progress/actions';
import { ProgressStore } from '../../src/lib/progress/store';
import { rightAnswer, singleQuestion } from '../factories';
import { renderQuiz, UNIT_ID } from './quiz';

afterEach(() => {
  cleanup();
});

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Stores that answer a turn later, like IndexedDB, and count reads of attempts. */
function sharedStores(): { stores: Stores; attemptReads: () => number } {
  const inner = memoryStores();
  let reads = 0;
  const stores = {} as Stores;
  for (const name of STORE_NAMES) {
    const store: KeyValueStore = inner[name];
    stores[name] = {
      async get(key) {
        if (name === 'attempts') {
          reads += 1;
        }
        await nextTurn();
        return store.get(key);
      },
      async set(key, value) {
        await nextTurn();
        return store.set(key, value);
      },
      async remove(key) {
        await nextTurn();
        return store.remove(key);
      },
      async entries() {
        await nextTurn();
        return store.entries();
      },
      async keys() {
        await nextTurn();
        return store.keys();
      },
      async count() {
        await nextTurn();
        return store.count();
      },
      async clear() {
        await nextTurn();
        return store.clear();
      },
    };
  }
  return { stores, attemptReads: () => reads };
}

describe('a quiz open in two tabs', () => {
  it('shows the answer given in the other tab, then stops reloading', async () => {
    const { stores, attemptReads } = sharedStores();
    const thisTab = await ProgressStore.open(async () => stores);
    const otherTab = await ProgressStore.open(async () => stores);
    const question = singleQuestion();
    const session = await renderQuiz([question], { store: thisTab });

    await new StudyActions(otherTab).answer(session.attempt.id, {
      question,
      answer: rightAnswer(question),
      unitId: UNIT_ID,
    });

    expect(await screen.findByRole('button', { name: 'See results' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Good law right' })).toBeChecked(),
    );
    await pause(100);
    const readsOnceSettled = attemptReads();
    await pause(300);
    expect(attemptReads() - readsOnceSettled).toBe(0);
  });
});
