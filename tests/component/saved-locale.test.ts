/**
 * A language saved outside this page (chosen in another tab, or brought in by an imported backup)
 * reaches the open page at once, as a choice made in it does.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { setLocale } from '../../src/lib/i18n';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/store';

beforeEach(async () => {
  await progress.start(ProgressStore.inMemory());
});

afterEach(async () => {
  cleanup();
  await setLocale('en');
});

describe('a language saved elsewhere', () => {
  it('switches the open page to it when progress is read again', async () => {
    render(App);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    // What another tab's choice, or an import, leaves in storage before this page rereads it.
    await progress.store.saveSettings({ locale: 'ug' });
    await progress.refresh();

    // The page is mirrored once the Uyghur messages have loaded.
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ug');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('does not undo a choice made here while storage still holds the old one', async () => {
    await progress.store.saveSettings({ locale: 'en' });
    await progress.refresh();
    render(App);

    // A choice applied here, and a reread of storage that lands before it is saved.
    await setLocale('zh-Hans');
    await progress.refresh();
    await tick();
    // Long enough for a switch back to English, whose messages are loaded, to finish.
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
  });
});
