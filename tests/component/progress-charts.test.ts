/**
 * The progress screen's pictures and their words: the completion ring says in text what it
 * shows (and grows a final-test part), the best-score chart lists each unit with its score and
 * verdict, marks the pass mark, and draws from the start side in either direction; the unit list
 * gives a phone its short form.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CompletionRing from '../../src/screens/progress/CompletionRing.svelte';
import UnitList from '../../src/screens/progress/UnitList.svelte';
import UnitScoreChart from '../../src/screens/progress/UnitScoreChart.svelte';
import { courseCompletion, unitRows, type ChartRow } from '../../src/screens/progress/lib';
import { unitRecord, unitSummary } from '../factories';

afterEach(cleanup);

const units = Array.from({ length: 7 }, (_, i) => unitSummary({ id: `u${i}`, order: i }));
const threePassed = {
  u0: unitRecord({ unitId: 'u0', bestScore: 1, masteredAt: 1 }),
  u1: unitRecord({ unitId: 'u1', bestScore: 0.8, masteredAt: 1 }),
  u2: unitRecord({ unitId: 'u2', bestScore: 0.9, masteredAt: 1 }),
  u3: unitRecord({ unitId: 'u3', bestScore: 0.5, attempts: 1 }),
};

describe('CompletionRing', () => {
  it('says how much of the course is done and how many units are passed', () => {
    const { container } = render(CompletionRing, {
      completion: courseCompletion(units, threePassed),
      dir: 'ltr',
    });
    expect(screen.getByText('43% of the course done')).toBeVisible();
    expect(screen.getByText('3 of 7 units passed')).toBeVisible();
    expect(screen.queryByText(/Course test/)).toBeNull();
    // The ring is a picture of those words: hidden from screen readers, one arc per unit.
    const ring = container.querySelector('svg')!;
    expect(ring).toHaveAttribute('aria-hidden', 'true');
    expect(ring.querySelectorAll('path')).toHaveLength(7);
  });

  it('grows a last part for the final test and says how the test went', async () => {
    const { container, rerender } = render(CompletionRing, {
      completion: courseCompletion(units, threePassed, {}),
      dir: 'ltr',
    });
    expect(container.querySelectorAll('svg path')).toHaveLength(8);
    expect(screen.getByText('Course test: not taken yet')).toBeVisible();
    expect(screen.getByText('38% of the course done')).toBeVisible();

    const allUnits = Object.fromEntries(
      units.map((u) => [u.id, unitRecord({ unitId: u.id, masteredAt: 1 })]),
    );
    await rerender({
      completion: courseCompletion(units, allUnits, { result: { passed: false } }),
      dir: 'ltr',
    });
    expect(screen.getByText('Course test: not passed yet')).toBeVisible();
    expect(screen.getByText('88% of the course done')).toBeVisible();
  });

  it('says the course is complete once every part is passed', async () => {
    const allUnits = Object.fromEntries(
      units.map((u) => [u.id, unitRecord({ unitId: u.id, masteredAt: 1 })]),
    );
    render(CompletionRing, {
      completion: courseCompletion(units, allUnits, { result: { passed: true } }),
      dir: 'rtl',
    });
    expect(await screen.findByText('Course complete. Well done!')).toBeVisible();
    expect(screen.getByText('Course test: passed')).toBeVisible();
  });
});

const rows: ChartRow[] = [
  { unitId: 'a', title: { text: 'Overview', lang: 'en' }, best: 1, passed: true },
  { unitId: 'b', title: { text: 'Legislative work', lang: 'en' }, best: 0.45, passed: false },
  { unitId: 'c', title: { text: 'Supervision work', lang: 'en' }, passed: false },
];

describe('UnitScoreChart', () => {
  it('lists every unit with its best score and verdict in words, and names the pass mark', () => {
    render(UnitScoreChart, { rows, dir: 'ltr' });
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Overview 100% passed',
      'Legislative work 45% below the pass mark',
      'Supervision work No quiz yet',
    ]);
    expect(screen.getByText('Dashed line: the pass mark, 80%')).toBeVisible();
  });

  it('draws each bar from the left and the pass mark at 80% left to right', () => {
    render(UnitScoreChart, { rows, dir: 'ltr' });
    const list = screen.getByRole('list');
    expect(list.closest('[dir]')).toHaveAttribute('dir', 'ltr');
    const bar = within(list).getAllByRole('listitem')[1]!.querySelector('svg')!;
    const fill = bar.querySelectorAll('rect')[1]!;
    expect(fill).toHaveAttribute('x', '0');
    expect(fill).toHaveAttribute('width', '45');
    expect(bar.querySelector('line')).toHaveAttribute('x1', '80');
  });

  it('draws each bar from the right and the pass mark 80% from the right, right to left', () => {
    render(UnitScoreChart, { rows, dir: 'rtl' });
    const list = screen.getByRole('list');
    expect(list.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    const bar = within(list).getAllByRole('listitem')[1]!.querySelector('svg')!;
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    const fill = bar.querySelectorAll('rect')[1]!;
    expect(fill).toHaveAttribute('x', '55');
    expect(fill).toHaveAttribute('width', '45');
    expect(bar.querySelector('line')).toHaveAttribute('x1', '20');
  });
});

describe('UnitList', () => {
  it('gives each unit a short entry of title, status, best score and attempts', () => {
    const listed = unitRows(units.slice(0, 4), threePassed).map((row, i) => ({
      ...row,
      title: { text: `Unit ${i + 1}`, lang: 'en' as const },
    }));
    render(UnitList, { rows: listed });
    // jsdom applies no media queries: the table and the phone's list are both in the document.
    const compact = screen.getAllByRole('list')[0]!;
    const entries = within(compact).getAllByRole('listitem');
    expect(entries).toHaveLength(4);
    expect(within(entries[0]!).getByRole('link', { name: 'Unit 1' })).toHaveAttribute(
      'href',
      '#/unit/u0',
    );
    expect(entries[0]).toHaveTextContent(/Mastered\s*Best 100%/);
    expect(entries[3]).toHaveTextContent(/Studying\s*Best 50%\s*1 attempt$/);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });
});
