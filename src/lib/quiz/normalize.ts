/**
 * Folding for typed answers: a fill-in answer counts whatever its case, surrounding white space,
 * width (full-width letters from a Chinese keyboard) or typographic quotes. Hyphens and dashes
 * of every kind count as a space, so "rule-of-law", "rule of law" and "Rule of Law" are one
 * answer: whether a compound is hyphenated is spelling, not knowledge of the article. The content
 * lint (`fairness.ts`) uses this same fold to reject accepted answers that only differ by it.
 */
export function normalizeTyped(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[-\u2010-\u2015\u2212]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.。!！]+$/u, '')
    .trim()
    .toLocaleLowerCase('en');
}
