/**
 * Authors cite paragraphs by their ids ("(s4-p2)", "in s3-p3") in explanations and notes; the
 * ids are for authors and tools, never for learners. `learnerText` removes a bracketed id and
 * "in s3-p1", and reads any other as "the article" ("what s4-p1 says" → "what the article says").
 * The replacement is in the text's own language; translators may bracket ids in full-width
 * parentheses, which go too.
 */
const ID = String.raw`s\d+-(?:p\d+|headline|caption\d*)`;
const BRACKETED = new RegExp(
  String.raw`\s*[(（](?:${ID})(?:\s*(?:,|，|、|and|–|-)\s*${ID})*[)）]`,
  'g',
);
const LOCATED = new RegExp(String.raw`\s+(?:in|at)\s+${ID}\b`, 'g');
const BARE = new RegExp(String.raw`\b${ID}\b`, 'g');

/** "The article" in each language a text can be in. */
const THE_ARTICLE: Readonly<Record<string, string>> = {
  en: 'the article',
  'zh-Hans': '文章',
  ug: 'ماقالە',
};

export function learnerText(text: string, lang = 'en'): string {
  return text
    .replace(BRACKETED, '')
    .replace(LOCATED, '')
    .replace(BARE, THE_ARTICLE[lang] ?? 'the article');
}
