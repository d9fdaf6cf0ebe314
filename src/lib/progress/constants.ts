/**
 * Where Lectern keeps a learner's progress: one IndexedDB database, `lectern`, through
 * localforage, with one object store per kind of record. Every record carries `v`, the schema
 * version it was written in, and (since version 2) `course`, the course it belongs to.
 *
 * | store      | key                   | one record per …                                       |
 * |------------|-----------------------|--------------------------------------------------------|
 * | `answers`  | answer id             | answer given (an event: never rewritten)               |
 * | `attempts` | attempt id            | quiz attempt: order, answers so far, status            |
 * | `units`    | course/unit id        | unit summary: studied, best and last score, time spent |
 * | `cards`    | course/question id    | missed question in the review deck (its FSRS card)     |
 * | `activity` | course id             | course's attempt summaries, derived from its attempts  |
 * | `settings` | `settings`            | the learner's settings (interface language, …)         |
 * | `journal`  | commit id             | one learner action's writes, until they are all applied |
 *
 * The journal is what makes an action atomic: its one record is written first, in one put,
 * and only then are the records above updated from it; a journal record still there at start
 * is applied again (see `store.ts`).
 */
export const DB_NAME = 'lectern';
export const STORE_NAMES = [
  'answers',
  'attempts',
  'units',
  'cards',
  'activity',
  'settings',
  'journal',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** The name of the lock that serialises read-modify-write across tabs. */
export const LOCK_NAME = 'lectern-progress';
/** The channel on which tabs tell each other that progress changed. */
export const CHANNEL_NAME = 'lectern-progress';

/** The journal holds at most one record, under this key: each write applies any earlier one first. */
export const JOURNAL_KEY = 'commit';

/** The only key in the `settings` store. */
export const SETTINGS_KEY = 'settings';

/** The course that schema version 1 records belong to: version 1 knew only this one. */
export const V1_COURSE = 'xinjiang-congress';
