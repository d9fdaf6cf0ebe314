/**
 * The checks every `restore…` function is built from: each reads one field of a stored or
 * imported record and throws `RecordError` naming it when it is not what Lectern wrote, and
 * `migrate` brings an older record up to the current schema version.
 */
import { SCHEMA_VERSION } from '../study/constants';
import { V1_COURSE } from './constants';

export class RecordError extends Error {
  override name = 'RecordError';
}

export type Obj = Record<string, unknown>;

export function fail(problem: string): never {
  throw new RecordError(problem);
}

export function object(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`${what} is not an object`);
  }
  return value as Obj;
}

export function str(o: Obj, key: string): string {
  const value = o[key];
  if (typeof value !== 'string' || value === '') {
    fail(`"${key}" must be a non-empty text`);
  }
  return value;
}

export function num(o: Obj, key: string): number {
  const value = o[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(`"${key}" must be a number`);
  }
  return value;
}

export function optNum(o: Obj, key: string): number | undefined {
  return o[key] === undefined || o[key] === null ? undefined : num(o, key);
}

export function ratio(o: Obj, key: string): number | undefined {
  const value = optNum(o, key);
  if (value !== undefined && (value < 0 || value > 1)) {
    fail(`"${key}" must be between 0 and 1`);
  }
  return value;
}

export function bool(o: Obj, key: string): boolean {
  if (typeof o[key] !== 'boolean') {
    fail(`"${key}" must be true or false`);
  }
  return o[key];
}

export function strings(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.some((s) => typeof s !== 'string')) {
    fail(`${what} must be a list of texts`);
  }
  return value as string[];
}

export function stringMap(value: unknown, what: string): Record<string, string> {
  const o = object(value, what);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'string') {
      fail(`${what} must map texts to texts`);
    }
    out[k] = v;
  }
  return out;
}

/** The record's schema version, refused when missing or newer than this Lectern. */
export function version(o: Obj, what: string): number {
  const v = o.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    fail(`${what} has no valid schema version`);
  }
  if (v > SCHEMA_VERSION) {
    fail(`${what} was written by a newer version of Lectern (schema ${v})`);
  }
  return v;
}

/** Version 1 → 2: records name their course; version 1 knew only the first course. */
export function fromV1(o: Obj): Obj {
  return { ...o, course: V1_COURSE, v: 2 };
}

/**
 * Reads the version and brings the record up to `SCHEMA_VERSION`, one step per version, each
 * tested against frozen fixtures of the version it reads.
 */
export function migrate(raw: unknown, what: string): Obj {
  let o = object(raw, what);
  const v = version(o, what);
  if (v === 1) {
    o = fromV1(o);
  }
  str(o, 'course');
  return { ...o, v: SCHEMA_VERSION };
}
