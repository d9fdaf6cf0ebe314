/**
 * The unit's passage with a translation: each translated block in the learner's language and
 * direction with its English original in a disclosure; a block the translation lacks stays
 * English, marked so, with no disclosure.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../src/lib/content/types';
import Passage from '../../src/screens/unit/Passage.svelte';

afterEach(cleanup);

const blocks: ArticleBlock[] = [
  { id: 's4-headline', kind: 'heading', text: 'Promote the efficiency of supervision work.' },
  {
    id: 's4-p1',
    kind: 'paragraph',
    text: 'Supervision is carried out in accordance with the law.',
  },
  { id: 's4-p2', kind: 'paragraph', text: 'Reports were reviewed for four consecutive years.' },
];

const uyghur = {
  's4-headline': 'نازارەت خىزمىتىنىڭ ئۈنۈمىنى ئۆستۈرۈش.',
  's4-p1': 'نازارەت قانۇن بويىچە ئېلىپ بېرىلىدۇ.',
};

describe('Passage with a translation', () => {
  it('shows each translated block right to left, with the English a click away', async () => {
    render(Passage, { blocks, translation: uyghur, locale: 'ug' });
    const translated = screen.getByText(uyghur['s4-p1']);
    const wrapper = translated.parentElement!;
    expect(wrapper).toHaveAttribute('lang', 'ug');
    expect(wrapper).toHaveAttribute('dir', 'rtl');

    const disclosure = within(wrapper).getByRole('group');
    const english = within(disclosure).getByText(blocks[1]!.text);
    expect(english).not.toBeVisible();
    await userEvent.click(within(disclosure).getByText('English original'));
    expect(english).toBeVisible();
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('dir', 'ltr');
  });

  it('keeps a block the translation lacks in English, without a disclosure', () => {
    render(Passage, { blocks, translation: uyghur, locale: 'ug' });
    const untranslated = screen.getByText(blocks[2]!.text);
    const wrapper = untranslated.parentElement!;
    expect(wrapper).toHaveAttribute('lang', 'en');
    expect(wrapper).toHaveAttribute('dir', 'ltr');
    expect(within(wrapper).queryByRole('group')).toBeNull();
  });

  it('says the text is a translation of the published English, naming the app in isolation', () => {
    render(Passage, { blocks, translation: uyghur, locale: 'ug' });
    expect(
      screen.getByText(
        "\u2066Lectern\u2069's translation of the published English, not of the Chinese original.",
      ),
    ).toBeInTheDocument();
  });

  it('without a translation shows the English with the usual note and no disclosure', () => {
    render(Passage, { blocks });
    expect(
      screen.getByText("The article's own words, in its published English translation."),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
