/**
 * A unit with its text in the learner's language: the unit's chunk and, for a translated
 * language, that language's chunk of the unit, merged (`merge-translation.ts`). A translation
 * that fails to load leaves the unit in English rather than failing the screen.
 */
import { courseOfUnit, loadUnit } from 'virtual:lectern/course';
import { loadUnitTranslation } from 'virtual:lectern/unit-translations';
import { isMerged, markMerged, mergeUnitTranslation } from './merge-translation';
import type { LocaleCode, Unit } from './types';

/** Loads `unit`'s text in `locale` into it, once. Resolves when it shows in that language. */
export async function translateUnit(unit: Unit, locale: LocaleCode): Promise<Unit> {
  if (isMerged(unit, locale)) {
    return unit;
  }
  const courseId = courseOfUnit(unit.id)?.id ?? '';
  try {
    const chunk = await loadUnitTranslation(courseId, unit.id, locale);
    if (chunk) {
      mergeUnitTranslation(unit, locale, chunk);
    } else {
      // Not translated into this language: English is the whole answer.
      markMerged(unit, locale);
    }
  } catch (error) {
    console.warn(`Lectern: the ${locale} text of unit ${unit.id} did not load.`, error);
  }
  return unit;
}

/** The unit with its text in `locale`; undefined for an id no course has. */
export async function loadTranslatedUnit(
  unitId: string,
  locale: LocaleCode,
): Promise<Unit | undefined> {
  const unit = await loadUnit(unitId);
  return unit && translateUnit(unit, locale);
}
