/**
 * Bidirectional isolation for plain strings. Markup isolates with `<bdi>` or `dir`; a value placed
 * inside a translated message cannot carry markup, so it is wrapped in the Unicode isolate
 * characters that do the same job (a left-to-right isolate and its closing pop).
 */
const LEFT_TO_RIGHT_ISOLATE = String.fromCodePoint(0x2066);
const POP_DIRECTIONAL_ISOLATE = String.fromCodePoint(0x2069);

/** `text` (a Latin name, an English phrase) kept left to right inside right-to-left text. */
export function isolateLtr(text: string): string {
  return `${LEFT_TO_RIGHT_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}
