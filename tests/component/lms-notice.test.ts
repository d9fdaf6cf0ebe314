/**
 * An LMS that refuses a report: the learner is told once, in plain words, and can dismiss it;
 * every problem is logged.
 */
import { screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemReporter } from '../../src/lib/lms/notice';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LMS problems', () => {
  it('are shown once, in plain words, and every one is logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = problemReporter();
    report({ call: 'LMSCommit', code: '391', text: 'General Commit Failure' });
    report({ call: 'LMSSetValue cmi.suspend_data', code: '405', text: 'Incorrect Data Type' });

    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        "The learning platform did not accept Lectern's report (LMSCommit, error 391).",
      ),
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(alert).not.toHaveTextContent('cmi.suspend_data');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]![0]).toContain('LMSSetValue cmi.suspend_data (405)');

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
