/**
 * Folding for typed answers: a fill-in answer counts whatever its case, surrounding white space,
 * width (full-width letters from a Chinese keyboard) or typographic quotes and dashes.
 */
export function normalizeTyped(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.。!！]+$/u, '')
    .trim()
    .toLocaleLowerCase('en');
}
