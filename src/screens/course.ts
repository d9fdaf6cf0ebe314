/** Which course a unit belongs to, for the screens that store progress under its course. */
import { courseOfUnit } from 'virtual:lectern/course';

/** The id of the course `unitId` belongs to; every unit the app can show has one. */
export function courseIdOf(unitId: string): string {
  const course = courseOfUnit(unitId);
  if (!course) {
    throw new Error(`unit ${unitId} belongs to no course`);
  }
  return course.id;
}
