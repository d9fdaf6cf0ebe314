/**
 * Small helpers the review screen and its parts share: which unit a card comes from, named in the
 * learner's language where translated, and the key terms a course's studied units offer.
 */
import { unitTitle } from '../../lib/content/localize';
import type { CourseIndex, LocaleCode, Unit } from '../../lib/content/types';
import { termEntries, type TermEntry } from '../../lib/review/term-cards';
import type { UnitRecord } from '../../lib/study/records';

/** A unit's title with the language it came out in (English when not translated). */
export interface UnitLabel {
  text: string;
  lang: LocaleCode;
}

export function unitLabel(course: CourseIndex, unitId: string, locale: LocaleCode): UnitLabel {
  const unit = course.units.find((u) => u.id === unitId);
  if (!unit) {
    return { text: unitId, lang: 'en' };
  }
  return {
    text: unitTitle(unit, locale),
    lang: unit.translations?.[locale]?.title ? locale : 'en',
  };
}

/**
 * The ids of a course's units whose key terms the learner is offered as flashcards, in course
 * order: those marked as studied and those whose quiz was begun (many learners go straight to the
 * quiz and never mark a unit).
 */
export function studiedUnitIds(
  course: CourseIndex,
  units: Readonly<Record<string, UnitRecord>>,
): string[] {
  return course.units
    .filter((unit) => {
      const record = units[unit.id];
      return (
        record !== undefined &&
        (record.studiedAt !== undefined ||
          record.attempts > 0 ||
          Object.keys(record.history ?? {}).length > 0)
      );
    })
    .map((unit) => unit.id);
}

/** A flashcard to show: the term's place in its unit, and the unit it is read from. */
export interface FlashcardItem {
  entry: TermEntry;
  unit: Unit;
}

/** The key terms of `unitIds` (those loaded so far), in the order given. */
export function termItems(
  unitIds: readonly string[],
  loaded: Readonly<Record<string, Unit>>,
): FlashcardItem[] {
  return unitIds.flatMap((id) => {
    const unit = loaded[id];
    return unit ? termEntries(unit.id, unit.keyTerms).map((entry) => ({ entry, unit })) : [];
  });
}
