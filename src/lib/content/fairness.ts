/**
 * The question-bank lint: faults that make a question unfair even though its key and quote are
 * right. A fill answer that only repeats another in another spelling, a question whose answer
 * stands in another question of the same unit, a quote that leaves out what the prompt is about,
 * and a single choice whose key alone repeats the prompt's words. Each rule returns problems as
 * data, like `rules.ts`; none reads files or changes the content. The word model is `words.ts`.
 */
import { normalizeTyped } from '../quiz/normalize.ts';
import type { Problem, UnitEntry } from './rules.ts';
import type { AuthoredQuestion } from './schema.ts';
import type { ArticleBlock } from './types.ts';
import { foldText } from './fold.ts';
import {
  blockFrequency,
  containsRun,
  contentTokens,
  contentWords,
  isNumberWord,
  runsOf,
  topicTokens,
  type Word,
} from './words.ts';

/** Three content words in a row are wording, not chance (see `distinctivePhrases`). */
export const PHRASE_WORDS = 3;
const BLANK = '___';

function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/**
 * Fill answers are graded after `normalizeTyped`, which ignores case and treats a hyphen as a
 * space: two accepted answers that fold to the same text are one answer written twice, and the
 * list then hides which variants really differ (singular/plural, numeral/word).
 */
export function checkFillVariants(question: AuthoredQuestion): string[] {
  if (question.type !== 'fill') {
    return [];
  }
  const byForm = new Map<string, string>();
  const problems: string[] = [];
  for (const answer of question.answers) {
    const form = normalizeTyped(answer);
    const earlier = byForm.get(form);
    if (earlier !== undefined) {
      problems.push(
        `answers ${quoted([earlier, answer])} differ only by hyphen, space or case; grading already treats them alike, keep one`,
      );
    } else {
      byForm.set(form, answer);
    }
  }
  return problems;
}

function optionText(question: AuthoredQuestion, id: string): string[] {
  if (question.type !== 'single' && question.type !== 'multiple') {
    return [];
  }
  return question.options.filter((option) => option.id === id).map((option) => option.text);
}

function keyOptionTexts(question: AuthoredQuestion): string[] {
  switch (question.type) {
    case 'single':
      return optionText(question, question.answer);
    case 'multiple':
      return question.answer.flatMap((id) => optionText(question, id));
    default:
      return [];
  }
}

/** A phrase as stems to search for, and as the author wrote it, for the message. */
interface Phrase {
  stems: string[];
  shown: string;
}

function phrase(words: readonly Word[]): Phrase {
  return {
    stems: words.map((word) => word.stem),
    shown: words.map((word) => word.word).join(' '),
  };
}

/** What the lint knows of the whole article: how many blocks use a word or a phrase. */
export interface ArticleUsage {
  blocks: number;
  words: ReadonlyMap<string, number>;
  phrases: ReadonlyMap<string, number>;
}

export function articleUsage(blocks: ReadonlyMap<string, ArticleBlock>): ArticleUsage {
  const texts = [...blocks.values()].map((block) => block.text);
  return {
    blocks: texts.length,
    words: blockFrequency(texts),
    phrases: blockFrequency(texts, PHRASE_WORDS),
  };
}

/**
 * A phrase in more blocks than this is one of the article's recurring names or formulas ("the
 * Party Committee of the autonomous region", "the implementation of laws and regulations"):
 * seeing it elsewhere tells nothing. One block, because on the bank of issue 14 two let through
 * such formulas while one still caught every giveaway the reviewers listed that a rule can see.
 */
const RARE_PHRASE_BLOCKS = 1;

function isRare(usage: ArticleUsage, run: readonly Word[]): boolean {
  return (usage.phrases.get(run.map((word) => word.stem).join(' ')) ?? 0) <= RARE_PHRASE_BLOCKS;
}

/**
 * The distinctive phrases of a question's key: what another question must not show.
 * - A run of three content words of a key option that only one block of the article uses,
 *   unless all three already stand in the prompt (then the run names what is asked about, not the
 *   answer). Two words ("good law") recur all over one article; three in a row that only one
 *   passage uses ("ethnic affairs governance") are that passage's wording.
 * - A number of a key option that the prompt lacks (digits or an ordinal word: a date, an
 *   anniversary, a plan): alone it decides a question about that date.
 * - For a fill question, each such run of three words around the blank once an answer fills it
 *   ("congress follow up"): another question that shows those words shows the answer in place.
 * True/false, ordering and matching keys are not text (a verdict, an order, pairs) and have no
 * phrase of their own; their prompts and choices are still searched as the other question.
 */
export function distinctivePhrases(question: AuthoredQuestion, usage: ArticleUsage): Phrase[] {
  const isRarePhrase = (run: readonly Word[]) => isRare(usage, run);
  const promptWords = new Set(contentWords(question.prompt));
  if (question.type === 'fill') {
    return question.answers.flatMap((answer) => {
      const [before = '', after = ''] = question.prompt.split(BLANK);
      const start = contentTokens(before).length;
      const end = start + contentTokens(answer).length;
      const filled = contentTokens(`${before} ${answer} ${after}`);
      return runsOf(filled, PHRASE_WORDS)
        .filter((run, index) => index < end && index + PHRASE_WORDS > start && isRarePhrase(run))
        .map(phrase);
    });
  }
  return keyOptionTexts(question).flatMap((text) => {
    const words = contentTokens(text);
    const runs = runsOf(words, PHRASE_WORDS).filter(
      (run) => run.some((word) => !promptWords.has(word.stem)) && isRarePhrase(run),
    );
    const numbers = words.filter((word) => isNumberWord(word.word) && !promptWords.has(word.stem));
    return [...runs, ...numbers.map((word) => [word])].map(phrase);
  });
}

/**
 * What a learner reads as true in another question: its prompt, and the choices that are part
 * of what it asserts (right options, items to order, both sides of a matching). Distractors are
 * left out: an option the learner should reject gives nothing away.
 */
function shownAsTrue(question: AuthoredQuestion): { where: string; text: string }[] {
  const prompt = { where: 'prompt', text: question.prompt };
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const keys = new Set(
        typeof question.answer === 'string' ? [question.answer] : question.answer,
      );
      const options = question.options
        .filter((option) => keys.has(option.id))
        .map((option) => ({ where: `option ${option.id}`, text: option.text }));
      return [prompt, ...options];
    }
    case 'ordering':
      return [
        prompt,
        ...question.items.map((item) => ({ where: `item ${item.id}`, text: item.text })),
      ];
    case 'matching':
      return [
        prompt,
        ...question.left.map((item) => ({ where: `left ${item.id}`, text: item.text })),
        ...question.right.map((item) => ({ where: `right ${item.id}`, text: item.text })),
      ];
    case 'truefalse':
    case 'fill':
      return [prompt];
  }
}

/** One question's answer shown by another of the same unit, which a quiz may put side by side. */
export function checkGiveaways({ file, unit }: UnitEntry, usage: ArticleUsage): Problem[] {
  const problems: Problem[] = [];
  for (const question of unit.questions) {
    const phrases = distinctivePhrases(question, usage);
    for (const other of unit.questions.filter((candidate) => candidate !== question)) {
      for (const { where, text } of shownAsTrue(other)) {
        const words = contentWords(text);
        const found = phrases.find((candidate) => containsRun(words, candidate.stems));
        if (found !== undefined) {
          problems.push({
            file,
            subject: `question ${question.id}`,
            message: `the key's phrase "${found.shown}" stands in question ${other.id}'s ${where}, which gives this answer away`,
          });
          break;
        }
      }
    }
  }
  return problems;
}

/**
 * The words of the quoted sentence that come before the quote: where a subject stands when the
 * author cut it off ("General Secretary Xi Jinping pointed out that local people's congresses
 * … must" before "exercise their functions"). Undefined when the quote is not in the text.
 */
function leadIn(text: string, quote: string): string | undefined {
  const folded = foldText(text);
  const at = folded.indexOf(foldText(quote).trim());
  if (at < 0) {
    return undefined;
  }
  const before = folded.slice(0, at);
  const start = Math.max(...['. ', '; ', '? ', '! '].map((end) => before.lastIndexOf(end)));
  return before.slice(start < 0 ? 0 : start + 2);
}

/**
 * A quote is the proof shown after Check, so it must show what the prompt is about, not only the
 * answer. What a rule can tell: the prompt relies on the words of the quoted sentence that come
 * before the quote (in English, where its subject stands) when it repeats three of them in a row,
 * frame words like "according to the article" and the article's common names aside. Such a run
 * ("local people's congresses at all levels", "enriching the content and forms") is the subject
 * the quote cut off. A prompt that paraphrases, or that adds detail from after the quote or from
 * another sentence, is not judged: a rule cannot tell its subject.
 */
export function checkQuoteSubject(
  question: AuthoredQuestion,
  blocks: ReadonlyMap<string, ArticleBlock>,
  usage: ArticleUsage,
): string[] {
  const block = blocks.get(question.source.paragraph);
  const before = block && leadIn(block.text, question.source.quote);
  if (before === undefined) {
    return [];
  }
  const context = contentWords(before);
  const quote = contentWords(question.source.quote);
  const missing = runsOf(topicTokens(question.prompt), PHRASE_WORDS).find((run) => {
    const stems = run.map((word) => word.stem);
    return containsRun(context, stems) && !containsRun(quote, stems) && isRare(usage, run);
  });
  return missing === undefined
    ? []
    : [
        `the prompt relies on the article's "${phrase(missing).shown}", which stands before the quote in its sentence; start the quote where the prompt's subject stands`,
      ];
}

/**
 * A word in more than this share of the article's blocks ("people", "congress", "law") is the
 * article's subject, not a clue: an option repeating it matches every question.
 */
const COMMON_SHARE = 1 / 3;

/**
 * A single choice whose key is the only option that repeats a word of the prompt (frame words
 * and the article's common words aside) is answered by matching words, not by knowing the
 * article.
 */
export function checkEchoedKey(question: AuthoredQuestion, usage: ArticleUsage): string[] {
  if (question.type !== 'single') {
    return [];
  }
  const isCommon = (word: string) => (usage.words.get(word) ?? 0) > usage.blocks * COMMON_SHARE;
  const optionWords = question.options.map((option) => ({
    id: option.id,
    words: new Set(contentWords(option.text)),
  }));
  // Compare stems; name each word as the prompt wrote it.
  const written = new Map(topicTokens(question.prompt).map((token) => [token.stem, token.word]));
  const echoed = [...written.keys()].filter((word) => {
    if (isCommon(word)) {
      return false;
    }
    const holders = optionWords.filter((option) => option.words.has(word));
    return holders.length === 1 && holders[0]?.id === question.answer;
  });
  return echoed.length === 0
    ? []
    : [
        `only the key repeats the prompt's ${quoted(echoed.map((word) => written.get(word) ?? word))}; word a distractor with it too, or the prompt without it`,
      ];
}

/** Every fairness rule of one unit, located by file and question. */
export function checkFairness(
  entry: UnitEntry,
  blocks: ReadonlyMap<string, ArticleBlock>,
): Problem[] {
  const { file, unit } = entry;
  const usage = articleUsage(blocks);
  const perQuestion = unit.questions.flatMap((question) =>
    [
      ...checkFillVariants(question),
      ...checkQuoteSubject(question, blocks, usage),
      ...checkEchoedKey(question, usage),
    ].map((message) => ({ file, subject: `question ${question.id}`, message })),
  );
  return [...perQuestion, ...checkGiveaways(entry, usage)];
}
