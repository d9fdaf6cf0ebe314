/** The version progress records are written in now. Raise it with a migration in `progress/restore.ts`. */
export const SCHEMA_VERSION = 2;

/** Idle time above this between two answers is not counted as time spent. */
export const MAX_COUNTED_GAP_MS = 10 * 60 * 1000;
