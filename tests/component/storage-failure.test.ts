/**
 * A storage failure is said in plain words: what happened and what happens next, never the
 * error's own text, which is written for developers and may carry record ids.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import StatusBanners from '../../src/lib/components/StatusBanners.svelte';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore, StorageError } from '../../src/lib/progress/store';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const INTERNAL = 'Attempt 80c7fe46-0d2b-4c8e-9f7a-3b1e2d4c5a6f is not stored';

beforeEach(async () => {
  await progress.start(ProgressStore.inMemory());
});

afterEach(() => {
  cleanup();
  progress.dismissFailure();
});

describe('a storage failure', () => {
  it.each([
    ['failed', 'could not save your progress'],
    ['quota', 'no storage space left for Lectern, so your latest progress is not saved yet'],
  ] as const)(
    'of kind "%s" is announced in plain words, with no internal id',
    async (reason, words) => {
      progress.report(new StorageError(reason, new Error(INTERNAL)));
      render(StatusBanners);

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(new RegExp(words));
      expect(alert.textContent).not.toMatch(UUID);
      expect(document.body.textContent).not.toContain('is not stored');
    },
  );
});
