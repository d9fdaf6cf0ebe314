/**
 * The app shell as a learner (and a screen reader) meets it on the first screen: landmarks, the
 * skip link, the main navigation, the units heading, the footer naming the source, and the
 * notice that progress lives in memory only.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/store';

beforeEach(async () => {
  await progress.start(ProgressStore.inMemory());
});

afterEach(() => {
  cleanup();
});

describe('the app shell', () => {
  it('has a banner with the main navigation to every screen', () => {
    render(App);

    const banner = screen.getByRole('banner');
    const nav = within(banner).getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent?.trim())).toEqual([
      'Units',
      'Progress',
      'Review',
      'Settings',
    ]);
    expect(within(nav).getByRole('link', { name: 'Units' })).toHaveAttribute('href', '#/');
    expect(within(nav).getByRole('link', { name: 'Progress' })).toHaveAttribute(
      'href',
      '#/progress',
    );
    expect(within(nav).getByRole('link', { name: 'Review' })).toHaveAttribute('href', '#/review');
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'href',
      '#/settings',
    );
  });

  it('marks the units link as the current page on the first screen', () => {
    render(App);

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Units' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Progress' })).not.toHaveAttribute('aria-current');
  });

  it('has exactly one main landmark, holding the study units heading', () => {
    render(App);

    const mains = screen.getAllByRole('main');
    expect(mains).toHaveLength(1);
    expect(
      within(mains[0]!).getByRole('heading', { level: 1, name: 'Study units' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('names the article, its author and its publication in the footer', () => {
    render(App);

    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Xiaokaiti Yiming');
    expect(footer).toHaveTextContent('Qiushi');
  });

  it('offers a skip link that moves focus to the main content', async () => {
    const user = userEvent.setup();
    render(App);

    const skip = screen.getByRole('link', { name: 'Skip to content' });
    await user.tab();
    expect(skip).toHaveFocus();

    await user.click(skip);
    expect(screen.getByRole('main')).toHaveFocus();
    // The hash is the route: following the link must not navigate away from the units.
    expect(location.hash).toBe('');
  });

  it('says, in a status region, that progress is kept in memory only', () => {
    render(App);

    const notice = screen.getByText(
      'Your browser is not letting Lectern save anything, so your progress will be lost when you close this page.',
    );
    expect(notice).toHaveAttribute('role', 'status');
  });
});
