/**
 * Unit titles in a translated language, put into the course index the first screen lists units
 * from, so `unitTitle` finds them. They travel with that language's interface messages (see
 * `i18n/messages-*.ts`): the first screen in Chinese or Uyghur needs no request of its own for
 * them, and English carries none.
 */
import { courses } from 'virtual:lectern/course';
import type { LocaleCode } from './types';

export function addUnitTitles(
  locale: LocaleCode,
  titles: Readonly<Record<string, Readonly<Record<string, string>>>>,
): void {
  for (const course of courses) {
    for (const unit of course.units) {
      const title = titles[course.id]?.[unit.id];
      if (title !== undefined) {
        unit.translations = {
          ...unit.translations,
          [locale]: { ...unit.translations?.[locale], title },
        };
      }
    }
  }
}
