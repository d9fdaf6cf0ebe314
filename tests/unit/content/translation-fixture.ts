/**
 * A complete, current Chinese translation of the fixture unit (tests/unit/content/fixture.ts),
 * made from the skeleton with every text marked 译：, for the unit translation tests to break.
 */
import { UnitSchema, checkShape } from '../../../src/lib/content/schema';
import { unitTranslationSkeleton } from '../../../src/lib/content/unit-translation';
import { makeUnit, type Yaml } from './fixture';

export function authoredUnit() {
  const result = checkShape(UnitSchema, makeUnit());
  if (!result.ok) {
    throw new Error('the fixture unit is invalid');
  }
  return result.value;
}

/** Marks English as Chinese text, keeping the fill prompt's one blank. */
export const zh = (text: string) => `译：${text}`;

/** A complete, current Chinese translation of the fixture unit, as plain YAML data. */
export function zhUnit(): Yaml {
  const skeleton = unitTranslationSkeleton(authoredUnit());
  const text = <T extends { text: string }>(entry: T) => ({ ...entry, text: zh(entry.text) });
  const map = (record: Record<string, string> | undefined) =>
    record && Object.fromEntries(Object.entries(record).map(([id, value]) => [id, zh(value)]));
  return JSON.parse(
    JSON.stringify({
      ...skeleton,
      title: text(skeleton.title),
      principle: text(skeleton.principle),
      summary: text(skeleton.summary),
      objectives: Object.fromEntries(
        Object.entries(skeleton.objectives).map(([id, entry]) => [id, text(entry)]),
      ),
      keyPoints: skeleton.keyPoints.map(text),
      keyTerms: skeleton.keyTerms.map((term) => ({
        ...term,
        term: zh(term.term),
        explanation: zh(term.explanation),
        ...(term.background !== undefined && { background: zh(term.background) }),
      })),
      questions: Object.fromEntries(
        Object.entries(skeleton.questions).map(([id, question]) => [
          id,
          {
            ...question,
            prompt: zh(question.prompt),
            explanation: zh(question.explanation),
            ...(question.hint !== undefined && { hint: zh(question.hint) }),
            ...(question.choices && { choices: map(question.choices) }),
            ...(question.feedback && { feedback: map(question.feedback) }),
            ...(question.answers && { answers: ['质量'] }),
          },
        ]),
      ),
      quotes: Object.fromEntries(
        Object.entries(skeleton.quotes).map(([id, entry]) => [id, text(entry)]),
      ),
    }),
  ) as Yaml;
}
