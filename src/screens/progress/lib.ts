/** Small helpers the progress screens share. */
import { courseOfUnit } from 'virtual:lectern/course';
import { unitTitle } from '../../lib/content/localize';
import type { LocaleCode } from '../../lib/content/types';

/** How many attempts the list shows at first, and adds with each "Show more". */
export const ATTEMPT_PAGE = 20;

/** A unit's title in `code`, or undefined for a review (which spans units) or a unit since removed. */
export function unitTitleById(unitId: string, code: LocaleCode): string | undefined {
  const unit = courseOfUnit(unitId)?.units.find((u) => u.id === unitId);
  return unit ? unitTitle(unit, code) : undefined;
}
