/**
 * Finds the SCORM run-time API an LMS offers, the way both standards tell content to look: up
 * the chain of parent frames, then in the window that opened this one (and its parents). This
 * module ships with the first screen, so it stays tiny; everything that talks to the LMS loads
 * only once an API is found (see `start.ts`).
 */

/** Which standard the API found speaks, and the API object itself (checked later, when used). */
export type FoundApi = { version: '2004'; api: unknown } | { version: '1.2'; api: unknown };

/** The standards' own bound on how far up to look; a deeper chain is not an LMS. */
const MAX_DEPTH = 500;

/** Reads `name` on `win`, or nothing when the frame belongs to another origin. */
function read(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name] ?? undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: Window): Window | undefined {
  try {
    return win.parent && win.parent !== win ? win.parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: Window): Window | undefined {
  try {
    return (win.opener as Window | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Looks in `start` and its parents; 2004 wins where a frame offers both. */
function searchUp(start: Window): FoundApi | undefined {
  let win: Window | undefined = start;
  for (let depth = 0; win && depth < MAX_DEPTH; depth += 1) {
    const api2004 = read(win, 'API_1484_11');
    if (api2004) {
      return { version: '2004', api: api2004 };
    }
    const api12 = read(win, 'API');
    if (api12) {
      return { version: '1.2', api: api12 };
    }
    win = parentOf(win);
  }
  return undefined;
}

/** The LMS API for this page, or undefined when Lectern runs on its own. */
export function findLmsApi(win: Window = window): FoundApi | undefined {
  const found = searchUp(win);
  if (found) {
    return found;
  }
  const opener = openerOf(win);
  return opener ? searchUp(opener) : undefined;
}
