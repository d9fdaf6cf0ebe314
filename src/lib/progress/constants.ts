/**
 * Where Lectern keeps a learner's progress: one IndexedDB database, `lectern`, through
 * localforage, with one object store per kind of record. Every record carries `v`, the schema
 * version it was written in.
 *
 * | store      | key            | one record per …                                        |
 * |------------|----------------|---------------------------------------------------------|
 * | `answers`  | answer id      | answer given (an event: never rewritten)                |
 * | `attempts` | attempt id     | quiz attempt: order, answers so far, status             |
 * | `units`    | unit id        | unit summary: studied, best and last score, time spent  |
 * | `cards`    | question id    | missed question in the review deck (its FSRS card)      |
 * | `settings` | `settings`     | the learner's settings (interface language, …)          |
 */
export const DB_NAME = 'lectern';
export const STORE_NAMES = ['answers', 'attempts', 'units', 'cards', 'settings'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** The version records are written in now. Raise it with a migration in `restore.ts`. */
export const SCHEMA_VERSION = 1;

/** The name of the lock that serialises read-modify-write across tabs. */
export const LOCK_NAME = 'lectern-progress';
/** The channel on which tabs tell each other that progress changed. */
export const CHANNEL_NAME = 'lectern-progress';

/** The only key in the `settings` store. */
export const SETTINGS_KEY = 'settings';

/** Idle time above this between two answers is not counted as time spent. */
export const MAX_COUNTED_GAP_MS = 10 * 60 * 1000;
