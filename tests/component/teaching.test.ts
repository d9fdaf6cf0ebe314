/**
 * The teaching parts of a unit and its quiz: learning objectives at the top of the unit, the
 * article's byline on the overview, a hint shown only on request, and what the article says about
 * each option, shown after Check next to that option.
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import HintToggle from '../../src/screens/quiz/HintToggle.svelte';
import ArticleByline from '../../src/screens/unit/ArticleByline.svelte';
import LearningObjectives from '../../src/screens/unit/LearningObjectives.svelte';
import { multipleQuestion, singleQuestion, unit } from '../factories';
import { renderQuiz } from './quiz';

afterEach(() => {
  cleanup();
});

describe('LearningObjectives', () => {
  it('lists each objective under its heading', () => {
    render(LearningObjectives, {
      unit: unit({
        objectives: [
          { id: 'leg-o1', text: 'Say what the article names as the premise of good governance.' },
          { id: 'leg-o2', text: 'Name the areas of legislation the article lists.' },
        ],
      }),
      locale: 'en',
    });
    const region = screen.getByRole('region', { name: 'What you will learn' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Say what the article names as the premise of good governance.',
      'Name the areas of legislation the article lists.',
    ]);
    expect(items[0]).toHaveAttribute('lang', 'en');
  });

  it('shows nothing for a unit without objectives', () => {
    render(LearningObjectives, { unit: unit({ objectives: [] }), locale: 'en' });
    expect(screen.queryByRole('region', { name: 'What you will learn' })).not.toBeInTheDocument();
  });

  it('shows an objective translated into the learner’s language, marked with it', () => {
    render(LearningObjectives, {
      unit: unit({
        objectives: [
          { id: 'leg-o1', text: 'Say what the article names as the premise of good governance.' },
          { id: 'leg-o2', text: 'Name the areas of legislation the article lists.' },
        ],
        translations: { 'zh-Hans': { objectives: { 'leg-o1': '说出文章所说的良治的前提。' } } },
      }),
      locale: 'zh-Hans',
    });
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('说出文章所说的良治的前提。');
    expect(items[0]).toHaveAttribute('lang', 'zh-Hans');
    expect(items[1]).toHaveAttribute('lang', 'en');
  });
});

describe('ArticleByline', () => {
  it('names the author, the role and the publication', () => {
    render(ArticleByline, {
      article: {
        title: 'A test article',
        author: 'An Author',
        authorRole: 'Chair of a committee',
        publication: 'Qiushi',
      },
    });
    const region = screen.getByRole('region', { name: 'About the article' });
    const terms = within(region)
      .getAllByRole('term')
      .map((term) => term.textContent);
    const values = within(region)
      .getAllByRole('definition')
      .map((value) => value.textContent);
    expect(terms).toEqual(['Author', 'Author’s role', 'Published in']);
    expect(values).toEqual(['An Author', 'Chair of a committee', 'Qiushi']);
  });
});

describe('HintToggle', () => {
  const HINT = 'Look at the second sentence of the paragraph.';

  it('hides the hint until asked, and reports the first use only', async () => {
    const user = userEvent.setup();
    const onhint = vi.fn();
    render(HintToggle, { id: 'q-1', hint: HINT, onhint });
    const show = screen.getByRole('button', { name: 'Show hint' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(HINT)).not.toBeVisible();

    await user.click(show);
    expect(screen.getByText(HINT)).toBeVisible();
    expect(onhint).toHaveBeenCalledTimes(1);
    const hide = screen.getByRole('button', { name: 'Hide hint' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');

    await user.click(hide);
    expect(screen.queryByText(HINT)).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show hint' }));
    expect(onhint).toHaveBeenCalledTimes(1);
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    render(HintToggle, { id: 'q-1', hint: HINT });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show hint' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(HINT)).toBeVisible();
  });
});

describe('the quiz with hints and option feedback', () => {
  const RIGHT = 'The article says: "Good law is the premise of good governance."';
  const WRONG = 'The article does not mention the weather.';

  function questionWithFeedback() {
    const question = singleQuestion({ hint: 'Read the second sentence.' });
    question.options = question.options.map((option) => ({
      ...option,
      feedback: option.id === 'law' ? RIGHT : option.id === 'weather' ? WRONG : undefined,
    }));
    return question;
  }

  it('offers the hint of the question on screen', async () => {
    await renderQuiz([questionWithFeedback()]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show hint' }));
    expect(screen.getByText('Read the second sentence.')).toBeVisible();
  });

  it('offers no hint button for a question without a hint', async () => {
    await renderQuiz([singleQuestion()]);
    expect(screen.queryByRole('button', { name: 'Show hint' })).not.toBeInTheDocument();
  });

  it('shows each option’s feedback only after Check, as that option’s description', async () => {
    const user = userEvent.setup();
    await renderQuiz([questionWithFeedback()]);
    expect(screen.queryByText(WRONG)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Good weather' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText(RIGHT);
    expect(screen.getByRole('radio', { name: /Good law/ })).toHaveAccessibleDescription(RIGHT);
    expect(screen.getByRole('radio', { name: /Good weather/ })).toHaveAccessibleDescription(WRONG);
    expect(screen.getByRole('radio', { name: /Good luck/ })).not.toHaveAccessibleDescription();
  });

  it('shows feedback next to every option of a multiple question, chosen or not', async () => {
    const user = userEvent.setup();
    const question = multipleQuestion();
    question.options = question.options.map((option) => ({
      ...option,
      feedback: `About ${option.text}.`,
    }));
    await renderQuiz([question]);
    const [first] = screen.getAllByRole('checkbox');
    await user.click(first!);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText(`About ${question.options[0]!.text}.`);
    for (const option of question.options) {
      expect(
        screen.getByRole('checkbox', { name: new RegExp(option.text) }),
      ).toHaveAccessibleDescription(`About ${option.text}.`);
    }
  });
});
