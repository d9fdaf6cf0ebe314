/**
 * Whether the app is on the page. It is, except while `main.ts` builds it off the page as the
 * learner's progress is read: until it is put on the page, no screen that acts on progress or on
 * the page's layout (resuming a quiz, scrolling to a paragraph, moving focus) is built.
 */
class AppShown {
  value = $state(true);
}

export const appShown = new AppShown();
