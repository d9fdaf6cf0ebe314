/**
 * The rules for one unit's translation file (`translations/<locale>/units/<name>.yaml`, format in
 * `unit-translation.ts`) against the English unit as it is now, and what the app gets from it:
 * only the text that is really translated, so anything else shows in English and is marked so.
 * Like `rules.ts` it returns problems as data and never reads files.
 *
 * Problems come in two kinds. `problems` are always errors: a wrong unit, an entry made from older
 * English (stale), an id the English lacks, a blank or choice keys that do not fit the question.
 * `incomplete` names what is still to do (an entry missing, or a field still in English); in a
 * finished translation these are errors too, and `compile.ts` decides (drafts are allowed only
 * while trying translations out locally).
 */
import { foldText } from './fold.ts';
import type { Problem } from './rules.ts';
import type { AuthoredQuestion, AuthoredUnit } from './schema.ts';
import {
  glossaryGaps,
  textHash,
  type GlossaryTerm,
  type TranslatedLocale,
} from './translations.ts';
import type { KeyTermTranslation, QuestionTranslation, UnitTranslationChunk } from './types.ts';
import {
  keyTermHash,
  questionChoices,
  questionFeedback,
  translatableQuestionHash,
  type TranslatedQuestionEntry,
  type UnitTranslationFile,
} from './unit-translation.ts';

/** The blank a fill prompt holds, in every language: three or more underscores. */
const BLANK = /_{3,}/g;
const LETTER = /\p{L}/u;

/** One language's translated text of one unit, as its chunk ships to the app. */
export type CompiledUnitTranslation = UnitTranslationChunk;

/** A glossary term an entry's English uses and its translation lacks. */
export interface GlossaryGap {
  subject: string;
  terms: string[];
}

export interface UnitTranslationResult {
  problems: Problem[];
  incomplete: Problem[];
  gaps: GlossaryGap[];
  /** Entries translated from the English as it is now, with no field left in English. */
  translated: number;
  /** Entries the English unit has. */
  total: number;
  compiled: CompiledUnitTranslation;
}

/** Whether a translated field still holds the English; text with no letters may stay as it is. */
export function stillEnglish(translated: string, english: string): boolean {
  const same = foldText(translated).trim() === foldText(english).trim();
  return same && LETTER.test(english);
}

function blanks(text: string): number {
  return text.match(BLANK)?.length ?? 0;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}

/** Collects one file's problems, and counts entries as they are judged. */
class Judge {
  readonly problems: Problem[] = [];
  readonly incomplete: Problem[] = [];
  readonly gaps: GlossaryGap[] = [];
  translated = 0;
  total = 0;
  /** The fields of the entry being judged that still hold the English, said in one line. */
  #english: string[] = [];

  constructor(
    readonly file: string,
    readonly glossary: readonly GlossaryTerm[],
    readonly locale: TranslatedLocale,
  ) {}

  error(subject: string, message: string): void {
    this.problems.push({ file: this.file, subject, message });
  }

  todo(subject: string, message: string): void {
    this.incomplete.push({ file: this.file, subject, message });
  }

  /**
   * Judges one entry: missing, stale or current. Returns whether its text may be used, i.e. it
   * was made from the English as it is now.
   */
  entry(subject: string, source: string | undefined, englishHash: string): boolean {
    this.total += 1;
    if (source === undefined) {
      this.todo(subject, `not translated (English ${englishHash})`);
      return false;
    }
    if (source !== englishHash) {
      this.error(
        subject,
        `stale: translated from English ${source}, the English is now ${englishHash}; update the translation, then its source`,
      );
      return false;
    }
    return true;
  }

  /**
   * The translated text of one field, or undefined where it is still English (reported).
   * `label` names the field inside the entry, if the entry has several.
   */
  field(label: string | undefined, translated: string, english: string) {
    if (stillEnglish(translated, english)) {
      this.#english.push(label ?? '');
      return undefined;
    }
    return translated.trim();
  }

  /** Glossary terms the English uses whose rendering the translation lacks. */
  glossaryCheck(subject: string, english: readonly string[], translated: readonly string[]) {
    const terms = glossaryGaps(
      english.join('\n'),
      translated.join('\n'),
      this.glossary,
      this.locale,
    );
    if (terms.length > 0) {
      this.gaps.push({ subject, terms: terms.map((term) => term.en) });
    }
  }

  /** Counts an entry as translated when every one of its fields is. */
  done(subject: string, fields: readonly (string | undefined)[]): boolean {
    const labels = this.#english.filter(Boolean);
    if (this.#english.length > 0) {
      this.todo(
        subject,
        labels.length > 0 ? `still English: ${labels.join(', ')}` : 'still English',
      );
    }
    this.#english = [];
    const complete = fields.every((field) => field !== undefined);
    if (complete) {
      this.translated += 1;
    }
    return complete;
  }
}

/** A single text entry (title, principle, summary, objective, key point, quote). */
function textEntry(
  judge: Judge,
  subject: string,
  entry: { source: string; text: string } | undefined,
  english: string,
): string | undefined {
  if (!judge.entry(subject, entry?.source, textHash(english)) || entry === undefined) {
    return undefined;
  }
  const text = judge.field(undefined, entry.text, english);
  if (judge.done(subject, [text]) && text !== undefined) {
    judge.glossaryCheck(subject, [english], [text]);
  }
  return text;
}

function keyTermEntry(
  judge: Judge,
  index: number,
  entry: UnitTranslationFile['keyTerms'][number] | undefined,
  english: AuthoredUnit['keyTerms'][number],
): KeyTermTranslation | null {
  const subject = `key term #${index + 1} (${english.term})`;
  if (!judge.entry(subject, entry?.source, keyTermHash(english)) || entry === undefined) {
    return null;
  }
  const term = judge.field('term', entry.term, english.term);
  const explanation = judge.field('explanation', entry.explanation, english.explanation);
  let background: string | undefined;
  if (english.background === undefined && entry.background !== undefined) {
    judge.error(subject, 'background: the English has none');
  } else if (english.background !== undefined && entry.background === undefined) {
    judge.todo(subject, 'background: not translated');
  } else if (english.background !== undefined && entry.background !== undefined) {
    background = judge.field('background', entry.background, english.background);
  }
  const fields =
    english.background === undefined ? [term, explanation] : [term, explanation, background];
  if (!judge.done(subject, fields) || term === undefined || explanation === undefined) {
    // A term shows whole in one language: half a translation would mislabel the other half.
    return null;
  }
  judge.glossaryCheck(
    subject,
    [english.term, english.explanation, english.background ?? ''],
    [term, explanation, background ?? ''],
  );
  return { term, explanation, ...(background !== undefined && { background }) };
}

/** Keys of a map the translation gives against those the English has, each difference named. */
function compareKeys(
  judge: Judge,
  subject: string,
  label: string,
  given: Record<string, string> | undefined,
  english: readonly string[],
): void {
  const keys = Object.keys(given ?? {});
  if (given === undefined && english.length === 0) {
    return;
  }
  if (given === undefined) {
    judge.todo(subject, `${label}: not translated (the English has ${english.join(', ')})`);
    return;
  }
  if (!sameKeys(keys, english)) {
    const unknown = keys.filter((key) => !english.includes(key));
    const missing = english.filter((key) => !keys.includes(key));
    const parts = [
      unknown.length > 0 && `unknown ${unknown.join(', ')}`,
      missing.length > 0 && `missing ${missing.join(', ')}`,
      english.length === 0 && 'the English has none',
    ].filter(Boolean);
    judge.error(
      subject,
      `${label}: keys differ from the English (${english.join(', ') || 'none'}): ${parts.join('; ')}`,
    );
  }
}

/** The fields of one question's entry: every shape and key rule, then what is translated. */
function questionEntry(
  judge: Judge,
  entry: TranslatedQuestionEntry | undefined,
  question: AuthoredQuestion,
): QuestionTranslation | undefined {
  const subject = `question ${question.id}`;
  if (!judge.entry(subject, entry?.source, translatableQuestionHash(question)) || !entry) {
    return undefined;
  }
  const out: QuestionTranslation = {};
  const fields: (string | undefined)[] = [];
  const english: string[] = [question.prompt, question.explanation];
  const translated: string[] = [];
  const take = (label: string, text: string, source: string) => {
    const value = judge.field(label, text, source);
    fields.push(value);
    if (value !== undefined) {
      translated.push(value);
    }
    return value;
  };
  const prompt = take('prompt', entry.prompt, question.prompt);
  if (question.type === 'fill' && blanks(entry.prompt) !== 1) {
    judge.error(
      subject,
      `prompt: a fill prompt holds exactly one blank ___, this one has ${blanks(entry.prompt)}`,
    );
  }
  if (prompt !== undefined) {
    out.prompt = prompt;
  }
  const explanation = take('explanation', entry.explanation, question.explanation);
  if (explanation !== undefined) {
    out.explanation = explanation;
  }
  if (question.hint === undefined && entry.hint !== undefined) {
    judge.error(subject, 'hint: the English has none');
  } else if (question.hint !== undefined && entry.hint === undefined) {
    judge.todo(subject, 'hint: not translated');
    fields.push(undefined);
  } else if (question.hint !== undefined && entry.hint !== undefined) {
    english.push(question.hint);
    const hint = take('hint', entry.hint, question.hint);
    if (hint !== undefined) {
      out.hint = hint;
    }
  }
  const choices = questionChoices(question);
  compareKeys(
    judge,
    subject,
    'choices',
    entry.choices,
    choices.map(([id]) => id),
  );
  const feedback = questionFeedback(question);
  compareKeys(
    judge,
    subject,
    'feedback',
    entry.feedback,
    feedback.map(([id]) => id),
  );
  for (const [map, list, label] of [
    [entry.choices, choices, 'choices'],
    [entry.feedback, feedback, 'feedback'],
  ] as const) {
    const result: Record<string, string> = {};
    for (const [id, text] of list) {
      english.push(text);
      const given = map?.[id];
      const value = given === undefined ? undefined : take(`${label}.${id}`, given, text);
      if (given === undefined) {
        fields.push(undefined);
      }
      if (value !== undefined) {
        result[id] = value;
      }
    }
    if (Object.keys(result).length > 0) {
      out[label] = result;
    }
  }
  if (question.type !== 'fill' && entry.answers !== undefined) {
    judge.error(subject, `answers: only a fill question has answers, this one is ${question.type}`);
  } else if (question.type === 'fill') {
    // Answers may equal the English (a name, a number): they are what a learner types, not prose.
    const answers = (entry.answers ?? []).map((answer) => answer.trim());
    if (answers.length === 0) {
      judge.todo(subject, 'answers: none accepted in this language');
      fields.push(undefined);
    } else {
      out.answers = answers;
    }
  }
  if (judge.done(subject, fields)) {
    judge.glossaryCheck(subject, english, translated);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Ids the translation names that the English unit does not have. */
function unknownIds(
  judge: Judge,
  noun: string,
  given: readonly string[],
  known: readonly string[],
) {
  for (const id of given.filter((key) => !known.includes(key))) {
    judge.error(`${noun} ${id}`, 'the English unit has no such id');
  }
}

function unknownPositions(judge: Judge, noun: string, given: number, english: number) {
  for (let index = english; index < given; index += 1) {
    judge.error(`${noun} #${index + 1}`, `the English unit has only ${english}`);
  }
}

/** Checks a translation file against its English unit and compiles what is translated. */
export function checkUnitTranslation(
  file: string,
  translation: UnitTranslationFile,
  unit: AuthoredUnit,
  glossary: readonly GlossaryTerm[],
  locale: TranslatedLocale,
): UnitTranslationResult {
  const judge = new Judge(file, glossary, locale);
  if (translation.unit !== unit.id) {
    judge.error('unit', `names unit ${translation.unit}, but the English file is unit ${unit.id}`);
  }
  const compiled: CompiledUnitTranslation = { unit: {}, questions: {} };
  const title = textEntry(judge, 'title', translation.title, unit.title);
  const principle = textEntry(judge, 'principle', translation.principle, unit.principle);
  const summary = textEntry(judge, 'summary', translation.summary, unit.summary);
  Object.assign(compiled.unit, {
    ...(title !== undefined && { title }),
    ...(principle !== undefined && { principle }),
    ...(summary !== undefined && { summary }),
  });

  const objectives = Object.fromEntries(
    unit.objectives.flatMap((objective) => {
      const text = textEntry(
        judge,
        `objective ${objective.id}`,
        translation.objectives[objective.id],
        objective.text,
      );
      return text === undefined ? [] : [[objective.id, text]];
    }),
  );
  unknownIds(
    judge,
    'objective',
    Object.keys(translation.objectives),
    unit.objectives.map((objective) => objective.id),
  );
  if (Object.keys(objectives).length > 0) {
    compiled.unit.objectives = objectives;
  }

  const keyPoints = unit.keyPoints.map(
    (point, index) =>
      textEntry(judge, `key point #${index + 1}`, translation.keyPoints[index], point.text) ?? null,
  );
  unknownPositions(judge, 'key point', translation.keyPoints.length, unit.keyPoints.length);
  if (keyPoints.some((point) => point !== null)) {
    compiled.unit.keyPoints = keyPoints;
  }

  const keyTerms = unit.keyTerms.map((term, index) =>
    keyTermEntry(judge, index, translation.keyTerms[index], term),
  );
  unknownPositions(judge, 'key term', translation.keyTerms.length, unit.keyTerms.length);
  if (keyTerms.some((term) => term !== null)) {
    compiled.unit.keyTerms = keyTerms;
  }

  const questionIds = unit.questions.map((question) => question.id);
  for (const question of unit.questions) {
    const text = questionEntry(judge, translation.questions[question.id], question);
    const quote = textEntry(
      judge,
      `quote ${question.id}`,
      translation.quotes[question.id],
      question.source.quote,
    );
    const merged = { ...text, ...(quote !== undefined && { quote }) };
    if (Object.keys(merged).length > 0) {
      compiled.questions[question.id] = merged;
    }
  }
  unknownIds(judge, 'question', Object.keys(translation.questions), questionIds);
  unknownIds(judge, 'quote', Object.keys(translation.quotes), questionIds);

  const { problems, incomplete, gaps, translated, total } = judge;
  return { problems, incomplete, gaps, translated, total, compiled };
}

/** How many entries a complete translation of `unit` has. */
export function translationEntryCount(unit: AuthoredUnit): number {
  const texts = 3 + unit.objectives.length + unit.keyPoints.length + unit.keyTerms.length;
  return texts + unit.questions.length * 2;
}
