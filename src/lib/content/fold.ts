/**
 * The one text fold used to decide whether a quote is "verbatim": runs of white space become one
 * space and typographic single and double quotes become straight ones. YAML line wrapping and an
 * author's keyboard should not fail a quote; any other difference (case, dashes, spelling)
 * should. Never widen this fold: a looser match would let a quote drift from the article.
 */

const WHITE_SPACE_RUN = /\s+/g;
const CURLY_SINGLE = /[\u2018\u2019]/g;
const CURLY_DOUBLE = /[\u201C\u201D]/g;

export function foldText(text: string): string {
  return text.replace(WHITE_SPACE_RUN, ' ').replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"');
}
