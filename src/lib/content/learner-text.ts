/**
 * Authors cite paragraphs by their ids ("(s4-p2)", "in s3-p3") in explanations and notes; the
 * ids are for authors and tools, never for learners. `learnerText` removes a bracketed id and
 * "in s3-p1", and reads any other as "the article" ("what s4-p1 says" → "what the article says").
 * Course text is English, so the replacement is too.
 */
const ID = String.raw`s\d+-(?:p\d+|headline|caption\d*)`;
const BRACKETED = new RegExp(String.raw`\s*\((?:${ID})(?:\s*(?:,|and|–|-)\s*${ID})*\)`, 'g');
const LOCATED = new RegExp(String.raw`\s+(?:in|at)\s+${ID}\b`, 'g');
const BARE = new RegExp(String.raw`\b${ID}\b`, 'g');

export function learnerText(text: string): string {
  return text.replace(BRACKETED, '').replace(LOCATED, '').replace(BARE, 'the article');
}
