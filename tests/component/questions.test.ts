/**
 * Each question type answered as a learner would, through the quiz runner: choose, type, move
 * or match, press Check, and read the feedback (announced, in words, with the right answer, the
 * explanation, the article's own words and a link back to the paragraph), then see the results.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/content/types';
import {
  fillQuestion,
  matchingQuestion,
  multipleQuestion,
  orderingQuestion,
  singleQuestion,
  trueFalseQuestion,
} from '../factories';
import { announcements, arrange, expectAnnounced, renderQuiz, shownOrder, UNIT_ID } from './quiz';

afterEach(() => {
  cleanup();
});

const QUOTE = '“Good law is the premise of good governance.”';
const EXPLANATION = 'The article says so.';

/** The question on screen, as the region its heading names. */
function questionRegion(number = 1, total = 1): HTMLElement {
  return screen.getByRole('region', { name: `Question ${number} of ${total}` });
}

async function check(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Check' }));
}

/** After Check: the verdict is announced and the learner can move on from the focused button. */
async function expectGraded(verdict: string, moveOn = 'See results'): Promise<void> {
  await expectAnnounced(verdict);
  await waitFor(() => expect(screen.getByRole('button', { name: moveOn })).toHaveFocus());
  expect(screen.queryByRole('button', { name: 'Check' })).not.toBeInTheDocument();
}

/** The feedback every question shows, right or wrong: why, the article's words, the link. */
function expectExplained(question: Question): void {
  expect(screen.getByRole('heading', { name: 'Why' })).toBeInTheDocument();
  expect(screen.getByText(EXPLANATION)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'The article says' })).toBeInTheDocument();
  expect(screen.getByText(QUOTE)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Read it in the unit' })).toHaveAttribute(
    'href',
    `#/unit/${UNIT_ID}/p/${question.source.paragraph}`,
  );
}

/** After a wrong answer: the "Right answer" heading and the key, one line each. */
function expectRightAnswerShown(lines: string[]): void {
  expect(screen.getByRole('heading', { name: 'Right answer' })).toBeInTheDocument();
  for (const line of lines) {
    expect(screen.getByText(line, { selector: 'li' })).toBeInTheDocument();
  }
}

function expectNoRightAnswerShown(): void {
  expect(screen.queryByRole('heading', { name: 'Right answer' })).not.toBeInTheDocument();
}

async function seeResults(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'See results' }));
  await screen.findByRole('heading', { name: /^Your score:/ });
}

function expectPassed(): void {
  expect(screen.getByRole('heading', { name: 'Your score: 100%' })).toBeInTheDocument();
  expect(screen.getByText('Passed. You have mastered this unit.')).toBeInTheDocument();
}

function expectFailed(): void {
  expect(screen.getByRole('heading', { name: 'Your score: 0%' })).toBeInTheDocument();
  expect(screen.getByText('Not passed yet. You need 80% to pass.')).toBeInTheDocument();
}

describe('single choice', () => {
  it('grades a right answer, marks it right and locks the options', async () => {
    const user = userEvent.setup();
    const question = singleQuestion();
    await renderQuiz([question]);

    await user.click(screen.getByRole('radio', { name: 'Good law' }));
    await check(user);

    await expectGraded('Correct.');
    expectNoRightAnswerShown();
    expectExplained(question);
    expect(screen.getByRole('radio', { name: 'Good law right' })).toBeChecked();
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio).toBeDisabled();
    }

    await seeResults(user);
    expectPassed();
  });

  it('grades a wrong answer, marks the choice wrong and shows the right one', async () => {
    const user = userEvent.setup();
    const question = singleQuestion();
    await renderQuiz([question]);

    await user.click(screen.getByRole('radio', { name: 'Good weather' }));
    await check(user);

    await expectGraded('Not correct.');
    expectRightAnswerShown(['Good law']);
    expectExplained(question);
    expect(screen.getByRole('radio', { name: 'Good weather wrong' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Good law missed' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Good luck' })).toBeDisabled();

    await seeResults(user);
    expectFailed();
  });
});

describe('multiple select', () => {
  it('grades every right option chosen as correct', async () => {
    const user = userEvent.setup();
    const question = multipleQuestion();
    await renderQuiz([question]);

    await user.click(screen.getByRole('checkbox', { name: 'Plan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Draft' }));
    await check(user);

    await expectGraded('Correct.');
    expectNoRightAnswerShown();
    expectExplained(question);
    expect(screen.getByRole('checkbox', { name: 'Plan right' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Draft right' })).toBeChecked();
    for (const checkbox of screen.getAllByRole('checkbox')) {
      expect(checkbox).toBeDisabled();
    }

    await seeResults(user);
    expectPassed();
  });

  it('grades the wrong options as not correct and marks the right ones missed', async () => {
    const user = userEvent.setup();
    const question = multipleQuestion();
    await renderQuiz([question]);

    await user.click(screen.getByRole('checkbox', { name: 'Vote' }));
    await user.click(screen.getByRole('checkbox', { name: 'Delay' }));
    await check(user);

    await expectGraded('Not correct.');
    expectRightAnswerShown(['Plan', 'Draft']);
    expectExplained(question);
    expect(screen.getByRole('checkbox', { name: 'Vote wrong' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Delay wrong' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Plan missed' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Draft missed' })).not.toBeChecked();

    await seeResults(user);
    expectFailed();
  });

  it('announces partial credit for some of the right options', async () => {
    const user = userEvent.setup();
    const question = multipleQuestion();
    await renderQuiz([question]);

    await user.click(screen.getByRole('checkbox', { name: 'Plan' }));
    await check(user);

    await waitFor(() => expect(screen.getByRole('button', { name: 'See results' })).toHaveFocus());
    // Shown next to the way on (and, separately, announced: checked below).
    const partial = 'Partly right: 1 of 2 right answers chosen.';
    expect(screen.getAllByText(partial).some((el) => el.getAttribute('role') !== 'status')).toBe(
      true,
    );
    expectRightAnswerShown(['Plan', 'Draft']);
    expectExplained(question);
    expect(screen.getByRole('checkbox', { name: 'Plan right' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Draft missed' })).not.toBeChecked();
    // A screen reader hears what the panel shows, not a flat "Not correct."
    expect(announcements()).toContain(partial);
  });
});

describe('true or false', () => {
  it('grades a right answer', async () => {
    const user = userEvent.setup();
    const question = trueFalseQuestion();
    await renderQuiz([question]);

    await user.click(screen.getByRole('radio', { name: 'True' }));
    await check(user);

    await expectGraded('Correct.');
    expectNoRightAnswerShown();
    expectExplained(question);
    expect(screen.getByRole('radio', { name: 'True right' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'False' })).toBeDisabled();

    await seeResults(user);
    expectPassed();
  });

  it('grades a wrong answer and shows the right one', async () => {
    const user = userEvent.setup();
    const question = trueFalseQuestion();
    await renderQuiz([question]);

    await user.click(screen.getByRole('radio', { name: 'False' }));
    await check(user);

    await expectGraded('Not correct.');
    expectRightAnswerShown(['True']);
    expectExplained(question);
    expect(screen.getByRole('radio', { name: 'False wrong' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'True missed' })).toBeDisabled();

    await seeResults(user);
    expectFailed();
  });
});

describe('fill in the blank', () => {
  const blank = () => screen.getByRole('textbox', { name: 'Your answer for the blank' });

  it('grades a typed right answer and locks the field', async () => {
    const user = userEvent.setup();
    const question = fillQuestion();
    await renderQuiz([question]);

    await user.type(blank(), 'governance');
    await check(user);

    await expectGraded('Correct.');
    expectNoRightAnswerShown();
    expectExplained(question);
    expect(blank()).toHaveValue('governance');
    expect(blank()).toBeDisabled();
    expect(blank()).not.toBeInvalid();

    await seeResults(user);
    expectPassed();
  });

  it('accepts one slip in a long word and says how it is spelled', async () => {
    const user = userEvent.setup();
    await renderQuiz([fillQuestion()]);

    await user.type(blank(), 'goverance');
    await check(user);

    await expectGraded('Correct.');
    expect(
      screen.getByText('Accepted with one small slip. It is spelled “governance”.'),
    ).toBeVisible();
  });

  it('grades a wrong answer, marks the field invalid and shows the right one', async () => {
    const user = userEvent.setup();
    const question = fillQuestion();
    await renderQuiz([question]);

    await user.type(blank(), 'weather');
    await check(user);

    await expectGraded('Not correct.');
    expectRightAnswerShown(['governance']);
    expectExplained(question);
    expect(blank()).toBeInvalid();
    expect(blank()).toBeDisabled();

    await seeResults(user);
    expectFailed();
  });

  it('checks the answer when the learner presses Enter in the field', async () => {
    const user = userEvent.setup();
    await renderQuiz([fillQuestion()]);

    await user.type(blank(), 'governance{Enter}');

    await expectGraded('Correct.');
  });
});

describe('ordering', () => {
  // Shown in an order where no item stands in its place.
  const shown = ['draft', 'adopt', 'plan', 'deliberate'];

  it('grades items moved into the right order and takes the move buttons away', async () => {
    const user = userEvent.setup();
    const question = orderingQuestion();
    await renderQuiz([question], { choiceOrder: { [question.id]: shown } });

    await arrange(user, ['Plan', 'Draft', 'Deliberate', 'Adopt']);
    await check(user);

    await expectGraded('Correct.');
    expectNoRightAnswerShown();
    expectExplained(question);
    const items = within(within(questionRegion()).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/Plan.*right/),
      expect.stringMatching(/Draft.*right/),
      expect.stringMatching(/Deliberate.*right/),
      expect.stringMatching(/Adopt.*right/),
    ]);
    expect(screen.queryByRole('button', { name: /^Move (up|down):/ })).not.toBeInTheDocument();

    await seeResults(user);
    expectPassed();
  });

  it('grades a wrong order, marks each misplaced item wrong and shows the right order', async () => {
    const user = userEvent.setup();
    const question = orderingQuestion();
    await renderQuiz([question], { choiceOrder: { [question.id]: shown } });

    await arrange(user, ['Draft', 'Deliberate', 'Adopt', 'Plan']);
    expect(shownOrder()).toEqual(['Draft', 'Deliberate', 'Adopt', 'Plan']);
    await check(user);

    await expectGraded('Not correct.');
    expectRightAnswerShown(['1. Plan', '2. Draft', '3. Deliberate', '4. Adopt']);
    expectExplained(question);
    const items = within(within(questionRegion()).getByRole('list')).getAllByRole('listitem');
    for (const item of items) {
      expect(item).toHaveTextContent(/wrong$/);
    }
    expect(screen.queryByRole('button', { name: /^Move (up|down):/ })).not.toBeInTheDocument();

    await seeResults(user);
    expectFailed();
  });
});

describe('matching', () => {
  async function match(user: UserEvent, pairs: Record<string, string>): Promise<void> {
    for (const [left, right] of Object.entries(pairs)) {
      await user.selectOptions(screen.getByRole('combobox', { name: left }), right);
    }
  }

  it('grades every item matched to its partner and locks the choices', async () => {
    const user = userEvent.setup();
    const question = matchingQuestion();
    await renderQuiz([question]);

    await match(user, {
      Legislation: 'must improve in quality',
      Supervision: 'is carried out in accordance with the law',
      'Public health': 'is an important area of legislation',
    });
    await check(user);

    await expectGraded('Correct.');
    expectNoRightAnswerShown();
    expectExplained(question);
    expect(within(questionRegion()).getAllByText('right')).toHaveLength(3);
    expect(within(questionRegion()).queryByText('wrong')).not.toBeInTheDocument();
    for (const select of screen.getAllByRole('combobox')) {
      expect(select).toBeDisabled();
    }

    await seeResults(user);
    expectPassed();
  });

  it('grades wrong partners, marks them wrong and shows the right pairs', async () => {
    const user = userEvent.setup();
    const question = matchingQuestion();
    await renderQuiz([question]);

    await match(user, {
      Legislation: 'is carried out in accordance with the law',
      Supervision: 'is an important area of legislation',
      'Public health': 'must improve in quality',
    });
    await check(user);

    await expectGraded('Not correct.');
    expectRightAnswerShown([
      'Legislation → must improve in quality',
      'Supervision → is carried out in accordance with the law',
      'Public health → is an important area of legislation',
    ]);
    expectExplained(question);
    expect(within(questionRegion()).getAllByText('wrong')).toHaveLength(3);
    expect(screen.getByRole('combobox', { name: 'Legislation' })).toBeDisabled();

    await seeResults(user);
    expectFailed();
  });
});

describe('Check with nothing answered', () => {
  const unanswerable: [string, () => Question][] = [
    ['single choice', singleQuestion],
    ['multiple select', multipleQuestion],
    ['true or false', trueFalseQuestion],
    ['fill in the blank', fillQuestion],
    ['matching', matchingQuestion],
  ];

  it.each(unanswerable)('%s: asks for an answer and does not grade', async (_type, make) => {
    const user = userEvent.setup();
    const session = await renderQuiz([make()]);

    await check(user);

    await expectAnnounced('Answer the question before you check it.');
    expect(screen.getByRole('button', { name: 'Check' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'See results' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Why' })).not.toBeInTheDocument();
    expect(announcements()).not.toContain('Not correct.');
    expect(session.attempt.answers).toEqual({});
  });

  it('stops asking once the learner answers', async () => {
    const user = userEvent.setup();
    await renderQuiz([singleQuestion()]);

    await check(user);
    await expectAnnounced('Answer the question before you check it.');
    await user.click(screen.getByRole('radio', { name: 'Good law' }));

    expect(announcements()).not.toContain('Answer the question before you check it.');
    await check(user);
    await expectGraded('Correct.');
  });
});

describe('a quiz of two questions', () => {
  it('moves on with Next question and puts focus on the next question', async () => {
    const user = userEvent.setup();
    await renderQuiz([singleQuestion(), trueFalseQuestion()]);

    expect(questionRegion(1, 2)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Good law' }));
    await check(user);
    await expectGraded('Correct.', 'Next question');

    await user.click(screen.getByRole('button', { name: 'Next question' }));

    const heading = await screen.findByRole('heading', { name: 'Question 2 of 2' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(announcements()).not.toContain('Correct.');
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await check(user);
    await expectGraded('Not correct.', 'See results');

    await seeResults(user);
    expect(screen.getByRole('heading', { name: 'Your score: 50%' })).toBeInTheDocument();
    expect(screen.getByText('Not passed yet. You need 80% to pass.')).toBeInTheDocument();
  });
});
