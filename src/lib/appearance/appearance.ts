/**
 * The learner's theme and text size: their values, and applying them to the page as
 * `data-theme` and `data-text-size` on the root element, where `app.css` picks them up.
 *
 * The settings record in IndexedDB is the truth, but IndexedDB answers only asynchronously, after
 * the page could already have been painted. So every applied choice is mirrored in localStorage,
 * and `start.ts` applies the mirror synchronously as the first thing the app's script does, before
 * anything is mounted. (An extra classic script in `index.html` would run even earlier, but costs
 * a third request on the first visit, and the CSP forbids inline scripts.)
 * Nothing here may throw: a refused localStorage only loses the early start.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEMES)[number];
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSizeSetting = (typeof TEXT_SIZES)[number];

export interface Appearance {
  theme: ThemeSetting;
  textSize: TextSizeSetting;
}

const MIRROR_KEY = 'lectern.appearance';

export function isThemeSetting(value: unknown): value is ThemeSetting {
  return (THEMES as readonly unknown[]).includes(value);
}

export function isTextSizeSetting(value: unknown): value is TextSizeSetting {
  return (TEXT_SIZES as readonly unknown[]).includes(value);
}

/** Sets the root element's attributes; "system" and "normal" leave them off. */
export function applyAppearance(appearance: Appearance, root = document.documentElement): void {
  if (appearance.theme === 'system') {
    root.removeAttribute('data-theme');
  } else {
    root.setAttribute('data-theme', appearance.theme);
  }
  if (appearance.textSize === 'normal') {
    root.removeAttribute('data-text-size');
  } else {
    root.setAttribute('data-text-size', appearance.textSize);
  }
}

/** The mirrored choice, or the defaults when there is none or it cannot be read. */
export function readMirror(storage: Pick<Storage, 'getItem'> | undefined): Appearance {
  const fallback: Appearance = { theme: 'system', textSize: 'normal' };
  try {
    const raw: unknown = JSON.parse(storage?.getItem(MIRROR_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) {
      return fallback;
    }
    const { theme, textSize } = raw as Record<string, unknown>;
    return {
      theme: isThemeSetting(theme) ? theme : fallback.theme,
      textSize: isTextSizeSetting(textSize) ? textSize : fallback.textSize,
    };
  } catch {
    return fallback;
  }
}

export function writeMirror(
  storage: Pick<Storage, 'setItem'> | undefined,
  appearance: Appearance,
): void {
  try {
    storage?.setItem(
      MIRROR_KEY,
      JSON.stringify({ theme: appearance.theme, textSize: appearance.textSize }),
    );
  } catch {
    // Storage refused (private mode, quota): the next visit starts with the defaults until the
    // settings record is read, which is all that is lost.
  }
}

/** localStorage, or undefined where even touching it throws (some privacy settings). */
export function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
