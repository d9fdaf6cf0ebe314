/**
 * How LMS problems reach the learner: every one is logged, the first is shown once, in plain
 * words, above the page. Nothing here throws: the quiz never waits on the LMS.
 */
import { mount, unmount } from 'svelte';
import { loadScreenMessages } from '../i18n';
import type { LmsProblem } from './connection';
import LmsNotice from './LmsNotice.svelte';

export function problemReporter(doc: Document = document): (problem: LmsProblem) => void {
  let shown = false;
  return (problem) => {
    console.warn(`Lectern: the LMS refused ${problem.call} (${problem.code}) ${problem.text}`);
    if (shown) {
      return;
    }
    shown = true;
    const target = doc.createElement('div');
    doc.body.prepend(target);
    void loadScreenMessages().then(() => {
      const notice = mount(LmsNotice, {
        target,
        props: {
          problem,
          ondismiss: () => {
            void unmount(notice);
            target.remove();
          },
        },
      });
    });
  };
}
