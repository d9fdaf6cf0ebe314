/**
 * Key-term flashcards: the term first, turned over by the button or by Space and Enter, the new
 * side announced through the card's live region, and rated only once turned. A run stores each
 * rating as a term card before the next card shows.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KeyTermText } from '../../src/lib/content/localize';
import type { CourseIndex } from '../../src/lib/content/types';
import { progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/store';
import { termEntries } from '../../src/lib/review/term-cards';
import Flashcard from '../../src/screens/review/Flashcard.svelte';
import FlashcardRun from '../../src/screens/review/FlashcardRun.svelte';
import { TEST_COURSE, unit, unitSummary } from '../factories';

afterEach(() => {
  cleanup();
});

const text: KeyTermText = {
  term: 'democratic centralism',
  explanation: 'The organising principle the article names for the congresses.',
  background: 'A principle of Leninist party organisation.',
  lang: 'en',
};

function renderCard(onrate = vi.fn(), overrides: Partial<KeyTermText> = {}) {
  render(Flashcard, {
    id: 'card-0',
    text: { ...text, ...overrides },
    unit: { text: 'Party leadership', lang: 'en' },
    number: 2,
    total: 10,
    onrate,
  });
  return onrate;
}

const face = () => screen.getByRole('status');
const flipButton = () => screen.getByRole('button', { name: 'Turn over: show the explanation' });

describe('Flashcard', () => {
  it('shows the term, its unit and where it is in the session, and opens at its heading', () => {
    renderCard();
    const heading = screen.getByRole('heading', { name: 'Key term 2 of 10' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Party leadership')).toHaveAttribute('lang', 'en');
    expect(face()).toHaveTextContent('Term');
    expect(within(face()).getByText('democratic centralism')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(text.explanation)).not.toBeInTheDocument();
  });

  it('cannot be rated before it is turned over', () => {
    renderCard();
    expect(screen.queryByRole('button', { name: 'Knew it' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Didn't know" })).not.toBeInTheDocument();
  });

  it('turns over with its button, and the live region then holds the explanation', async () => {
    const user = userEvent.setup();
    renderCard();
    await user.click(flipButton());
    expect(face()).toHaveTextContent(
      `Explanation ${text.term} ${text.explanation} Background (not from the article): ${text.background}`,
    );
    expect(screen.getByRole('group', { name: 'Did you know it?' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Turn back to the term' }));
    expect(face()).toHaveTextContent(/^Term/);
    expect(screen.queryByText(text.explanation)).not.toBeInTheDocument();
  });

  it.each([
    ['Space', ' '],
    ['Enter', '{Enter}'],
  ])('turns over with %s from the card’s heading', async (_name, key) => {
    const user = userEvent.setup();
    renderCard();
    expect(screen.getByRole('heading', { name: 'Key term 2 of 10' })).toHaveFocus();
    await user.keyboard(key);
    expect(face()).toHaveTextContent(text.explanation);
  });

  it('turns over with Space on its button, as any button does', async () => {
    const user = userEvent.setup();
    renderCard();
    flipButton().focus();
    await user.keyboard(' ');
    expect(face()).toHaveTextContent(text.explanation);
  });

  it.each([
    ['Knew it', true],
    ["Didn't know", false],
  ])('rates “%s”', async (label, knew) => {
    const user = userEvent.setup();
    const onrate = renderCard();
    await user.click(flipButton());
    await user.click(screen.getByRole('button', { name: label }));
    expect(onrate).toHaveBeenCalledExactlyOnceWith(knew);
  });

  it('marks the card with the language it is in', async () => {
    const user = userEvent.setup();
    renderCard(vi.fn(), {
      term: '民主集中制',
      explanation: '文章为人大提出的组织原则。',
      background: '列宁主义政党的组织原则。',
      lang: 'zh-Hans',
    });
    await user.click(flipButton());
    expect(screen.getByText('民主集中制')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('文章为人大提出的组织原则。')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('列宁主义政党的组织原则。')).toHaveAttribute('lang', 'zh-Hans');
  });
});

describe('FlashcardRun', () => {
  beforeAll(async () => {
    await progress.start(ProgressStore.inMemory());
  });

  it('stores each rating as a term card, then says how it went', async () => {
    const user = userEvent.setup();
    const u = unit({
      id: 'deputies',
      keyTerms: [
        { term: 'deputy', explanation: 'A member of a congress.', paragraph: 's3-p1' },
        { term: 'standing committee', explanation: 'Works between sessions.', paragraph: 's3-p1' },
      ],
    });
    const course: CourseIndex = {
      id: TEST_COURSE,
      article: {
        title: 'A test article',
        author: 'An Author',
        authorRole: 'Chair',
        publication: 'Qiushi',
      },
      units: [unitSummary({ id: 'deputies', title: 'Deputies' })],
    };
    const items = termEntries(u.id, u.keyTerms).map((entry) => ({ entry, unit: u }));
    const actions = createRawSnippet(() => ({ render: () => '<a href="#/">Way on</a>' }));
    render(FlashcardRun, { course, items, actions });

    expect(screen.getByRole('heading', { name: 'Key term 1 of 2' })).toBeVisible();
    expect(screen.getByText('Deputies')).toBeVisible();
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Knew it' }));
    expect(await screen.findByRole('heading', { name: 'Key term 2 of 2' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: "Didn't know" }));

    const done = await screen.findByRole('heading', { name: 'Key terms done: 1 of 2 known.' });
    expect(done).toBeVisible();
    expect(screen.getByRole('link', { name: 'Way on' })).toBeVisible();
    await waitFor(() =>
      expect(progress.cards.map((c) => [c.questionId, c.kind, c.card.reps]).sort()).toEqual([
        ['term:deputies:deputy', 'term', 1],
        ['term:deputies:standing-committee', 'term', 1],
      ]),
    );
  });
});
