/**
 * The teaching fields a finished unit needs: learning objectives (2–4 per unit, each checked by
 * at least one question), and on every question a hint and the objective it checks, on every
 * option of a single or multiple question the feedback shown after Check. The schema keeps these
 * fields optional so small fixtures and a course in progress still compile; these rules make them
 * required for the real course (`courseRules`). A question naming an objective its unit lacks is
 * a broken reference and is reported always, in `checkObjectiveIds`.
 */
import type { Problem, UnitEntry } from './rules.ts';
import type { AuthoredQuestion } from './schema.ts';

const OBJECTIVES_MIN = 2;
const OBJECTIVES_MAX = 4;

function questionGaps(question: AuthoredQuestion): string[] {
  const gaps: string[] = [];
  if (question.hint === undefined) {
    gaps.push('has no hint');
  }
  if (question.objective === undefined) {
    gaps.push('names no objective');
  }
  if (question.type === 'single' || question.type === 'multiple') {
    const bare = question.options.filter((option) => option.feedback === undefined);
    if (bare.length > 0) {
      const ids = bare.map((option) => `"${option.id}"`).join(', ');
      gaps.push(`option ${ids} ${bare.length === 1 ? 'has' : 'have'} no feedback`);
    }
  }
  return gaps;
}

/** Objective ids are unique in their unit and every question's objective is one of them. */
export function checkObjectiveIds({ file, unit }: UnitEntry): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const { id } of unit.objectives) {
    if (ids.has(id)) {
      problems.push({ file, subject: `unit ${unit.id}`, message: `objective id "${id}" repeats` });
    }
    ids.add(id);
  }
  for (const question of unit.questions) {
    if (question.objective !== undefined && !ids.has(question.objective)) {
      problems.push({
        file,
        subject: `question ${question.id}`,
        message: `objective "${question.objective}" is not one of unit ${unit.id}'s objectives`,
      });
    }
  }
  return problems;
}

/** A course rule: every teaching field is there. */
export function checkCompleteness({ file, unit }: UnitEntry): Problem[] {
  const subject = `unit ${unit.id}`;
  const problems: Problem[] = [];
  const count = unit.objectives.length;
  if (count < OBJECTIVES_MIN || count > OBJECTIVES_MAX) {
    const message = `has ${count} objectives; a unit needs ${OBJECTIVES_MIN} to ${OBJECTIVES_MAX}`;
    problems.push({ file, subject, message });
  }
  const checked = new Set(unit.questions.map((question) => question.objective));
  for (const { id } of unit.objectives.filter((objective) => !checked.has(objective.id))) {
    problems.push({ file, subject, message: `no question checks objective "${id}"` });
  }
  for (const question of unit.questions) {
    for (const message of questionGaps(question)) {
      problems.push({ file, subject: `question ${question.id}`, message });
    }
  }
  return problems;
}
