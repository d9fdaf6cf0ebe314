/**
 * Ordering without a mouse: a keyboard user tabs to an item's Move up or Move down button and
 * presses it. Focus stays with the moved item, each move is announced, and the buttons that
 * would move an item off either end are disabled.
 */
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { orderingQuestion } from '../factories';
import { expectAnnounced, renderQuiz, shownOrder } from './quiz';

afterEach(() => {
  cleanup();
});

const STEPS = { Plan: 'plan', Draft: 'draft', Adopt: 'adopt' } as const;
type Step = keyof typeof STEPS;

/** Three steps (the article's order is Plan, Draft, Adopt), shown in the order given. */
async function renderSteps(shown: Step[]): Promise<void> {
  const question = orderingQuestion({
    items: [
      { id: 'plan', text: 'Plan' },
      { id: 'draft', text: 'Draft' },
      { id: 'adopt', text: 'Adopt' },
    ],
    answer: ['plan', 'draft', 'adopt'],
  });
  await renderQuiz([question], {
    choiceOrder: { [question.id]: shown.map((step) => STEPS[step]) },
  });
  expect(shownOrder()).toEqual(shown);
}

const button = (name: string) => screen.getByRole('button', { name });

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(user: UserEvent, target: HTMLElement): Promise<void> {
  for (let presses = 0; presses < 20 && document.activeElement !== target; presses += 1) {
    await user.tab();
  }
  expect(target).toHaveFocus();
}

/** Tabs to the named button and presses Enter on it. */
async function press(user: UserEvent, name: string): Promise<void> {
  await tabTo(user, button(name));
  await user.keyboard('{Enter}');
}

describe('ordering with the keyboard', () => {
  it('disables Move up on the first item and Move down on the last', async () => {
    await renderSteps(['Draft', 'Adopt', 'Plan']);

    expect(button('Move up: Draft')).toBeDisabled();
    expect(button('Move down: Draft')).toBeEnabled();
    expect(button('Move up: Adopt')).toBeEnabled();
    expect(button('Move down: Adopt')).toBeEnabled();
    expect(button('Move up: Plan')).toBeEnabled();
    expect(button('Move down: Plan')).toBeDisabled();
  });

  it('moves the item and keeps the ends disabled after the move', async () => {
    const user = userEvent.setup();
    await renderSteps(['Draft', 'Adopt', 'Plan']);

    await press(user, 'Move down: Draft');

    await waitFor(() => expect(shownOrder()).toEqual(['Adopt', 'Draft', 'Plan']));
    expect(button('Move up: Adopt')).toBeDisabled();
    expect(button('Move up: Draft')).toBeEnabled();
    expect(button('Move down: Draft')).toBeEnabled();
    expect(button('Move down: Plan')).toBeDisabled();
  });

  it('announces the moved item and its new place', async () => {
    const user = userEvent.setup();
    await renderSteps(['Draft', 'Adopt', 'Plan']);

    await press(user, 'Move down: Draft');

    await expectAnnounced('Draft: now 2 of 3.');
  });

  it('keeps focus on the same button of the moved item', async () => {
    const user = userEvent.setup();
    await renderSteps(['Draft', 'Adopt', 'Plan']);

    await press(user, 'Move down: Draft');

    await waitFor(() => expect(shownOrder()).toEqual(['Adopt', 'Draft', 'Plan']));
    await waitFor(() => expect(button('Move down: Draft')).toHaveFocus());
  });

  it('hands focus to Move up when the item reaches the bottom', async () => {
    const user = userEvent.setup();
    await renderSteps(['Adopt', 'Draft', 'Plan']);

    await press(user, 'Move down: Draft');

    await waitFor(() => expect(shownOrder()).toEqual(['Adopt', 'Plan', 'Draft']));
    expect(button('Move down: Draft')).toBeDisabled();
    await expectAnnounced('Draft: now 3 of 3.');
    await waitFor(() => expect(button('Move up: Draft')).toHaveFocus());
  });

  it('hands focus to Move down when the item reaches the top', async () => {
    const user = userEvent.setup();
    await renderSteps(['Draft', 'Plan', 'Adopt']);

    await press(user, 'Move up: Plan');

    await waitFor(() => expect(shownOrder()).toEqual(['Plan', 'Draft', 'Adopt']));
    expect(button('Move up: Plan')).toBeDisabled();
    await expectAnnounced('Plan: now 1 of 3.');
    await waitFor(() => expect(button('Move down: Plan')).toHaveFocus());
  });

  it('moves one item two places with two key presses, then grades the order', async () => {
    const user = userEvent.setup();
    await renderSteps(['Draft', 'Adopt', 'Plan']);

    await press(user, 'Move up: Plan');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(shownOrder()).toEqual(['Plan', 'Draft', 'Adopt']));
    await press(user, 'Check');
    await expectAnnounced('Correct.');
    await waitFor(() => expect(button('See results')).toHaveFocus());
  });
});
