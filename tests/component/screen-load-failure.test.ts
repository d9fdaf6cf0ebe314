/**
 * A screen whose code cannot be fetched (offline before the service worker has a copy) says so
 * instead of showing "Loading…" for ever.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/store';

vi.mock('../../src/screens/lazy', () => ({
  loadedScreen: () => undefined,
  loadScreen: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));

beforeEach(async () => {
  await progress.start(ProgressStore.inMemory());
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('a screen that cannot load', () => {
  it('shows why, as an alert, in the interface language', async () => {
    const navigated = new Promise((resolve) =>
      window.addEventListener('hashchange', resolve, { once: true }),
    );
    window.location.hash = '#/settings';
    await navigated;
    render(App);

    const message = await screen.findByText(
      'Something went wrong: Failed to fetch dynamically imported module',
    );
    expect(message).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('main')).toContainElement(message);
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });
});
