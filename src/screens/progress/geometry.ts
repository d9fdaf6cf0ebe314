/**
 * SVG geometry for the progress screen's ring and bars, in both writing directions: right to
 * left, the ring runs counter-clockwise from the top and bars grow from the right, as a reader
 * of Uyghur reads. SVG coordinates do not mirror with CSS `direction`, so the mirroring is done
 * here, in numbers that tests can check. Pure functions; no Svelte.
 */
export type Direction = 'ltr' | 'rtl';

/** The ring's drawing box: a square `RING_BOX` wide, the ring centred in it. */
export const RING_BOX = 120;
export const RING_RADIUS = 50;
/** Degrees left empty between two segments, so each unit reads as its own piece. */
const RING_GAP = 4;

const round = (n: number) => Math.round(n * 100) / 100;

/** The point at `degrees` clockwise from the top (counter-clockwise right to left). */
function pointAt(degrees: number, dir: Direction): [number, number] {
  const radians = (degrees * Math.PI) / 180;
  const side = dir === 'rtl' ? -1 : 1;
  const centre = RING_BOX / 2;
  return [
    round(centre + side * RING_RADIUS * Math.sin(radians)),
    round(centre - RING_RADIUS * Math.cos(radians)),
  ];
}

function arc(from: number, to: number, dir: Direction): string {
  const [x0, y0] = pointAt(from, dir);
  const [x1, y1] = pointAt(to, dir);
  const large = to - from > 180 ? 1 : 0;
  const sweep = dir === 'rtl' ? 0 : 1;
  return `M${x0},${y0} A${RING_RADIUS},${RING_RADIUS} 0 ${large} ${sweep} ${x1},${y1}`;
}

/**
 * One path per segment of a ring split into `count` equal parts, the first starting at the top.
 * A single part is the whole circle, drawn as two halves (one arc cannot close on itself).
 */
export function ringSegments(count: number, dir: Direction): string[] {
  if (count <= 0) {
    return [];
  }
  if (count === 1) {
    return [`${arc(0, 180, dir)} ${arc(180, 360, dir).replace(/^M[^ ]+ /, '')}`];
  }
  const span = 360 / count;
  return Array.from({ length: count }, (_, i) =>
    arc(i * span + RING_GAP / 2, (i + 1) * span - RING_GAP / 2, dir),
  );
}

/** Bars are drawn in a box `BAR_WIDTH` units wide, stretched to the row's width. */
export const BAR_WIDTH = 100;

/** Where a bar for `ratio` (0 to 1) starts and how wide it is: from the start side. */
export function barSpan(ratio: number, dir: Direction): { x: number; width: number } {
  const width = round(Math.min(1, Math.max(0, ratio)) * BAR_WIDTH);
  return { x: dir === 'rtl' ? round(BAR_WIDTH - width) : 0, width };
}

/** Where the pass-mark line stands, measured from the start side. */
export function markAt(ratio: number, dir: Direction): number {
  const at = round(ratio * BAR_WIDTH);
  return dir === 'rtl' ? round(BAR_WIDTH - at) : at;
}
