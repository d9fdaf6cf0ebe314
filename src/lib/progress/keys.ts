/**
 * The key each record is stored under. Units and cards are per course (two courses may share a
 * unit or question id in the future, and a course's records must be found and cleared together);
 * answers and attempts have ids of their own.
 */
import type { RecordStore, StoredRecord } from '../study/steps';

export function courseKey(course: string, id: string): string {
  return `${course}/${id}`;
}

export function recordKey(record: StoredRecord): string {
  switch (record.store) {
    case 'answers':
    case 'attempts':
      return record.value.id;
    case 'units':
      return courseKey(record.value.course, record.value.unitId);
    case 'cards':
      return courseKey(record.value.course, record.value.questionId);
  }
}

/** Whether a key is of the per-course form; version 1 stored units and cards by bare id. */
export function isCourseKey(store: RecordStore, key: string): boolean {
  return (store !== 'units' && store !== 'cards') || key.includes('/');
}
