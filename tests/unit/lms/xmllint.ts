/**
 * Validates a SCORM manifest offline with Debian's `xmllint` (libxml2-utils) against the XSDs the
 * packages carry. Used by the manifest unit test and by the browser test of the packaged zips.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaFiles, type ScormVersion } from '../../../src/lib/lms/package/schemas';

/** Every namespace a manifest uses, imported from the package's own schema files. */
const IMPORTS: Record<ScormVersion, [string, string][]> = {
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  '2004': [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

const folders: string[] = [];
export function removeValidationFolders(): void {
  folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true }));
}

/** Validates `manifest` offline against the schemas as packaged; returns xmllint's verdict. */
export function validate(version: ScormVersion, manifest: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-manifest-'));
  folders.push(dir);
  for (const schema of schemaFiles(version)) {
    copyFileSync(schema.path, join(dir, schema.name));
  }
  const imports = IMPORTS[version]
    .map(([ns, file]) => `<xsd:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('');
  writeFileSync(
    join(dir, 'all.xsd'),
    `<?xml version="1.0"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">${imports}</xsd:schema>`,
  );
  writeFileSync(join(dir, 'imsmanifest.xml'), manifest);
  try {
    const output = execFileSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', 'all.xsd', 'imsmanifest.xml'],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return { ok: true, output };
  } catch (error) {
    const failure = error as { code?: string; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error('xmllint is missing: apt-get install -y libxml2-utils', { cause: error });
    }
    return { ok: false, output: String(failure.stderr) };
  }
}
