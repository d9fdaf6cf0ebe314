// @vitest-environment node
/**
 * Both manifests validate against the XSDs that go into each package, with Debian's `xmllint`
 * (libxml2-utils, installed by `.ci/run`), and a broken one does not.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scorm12Manifest, scorm2004Manifest } from '../../../src/lib/lms/package/manifests';
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
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** Validates `manifest` offline against the schemas as packaged; returns xmllint's verdict. */
function validate(version: ScormVersion, manifest: string): { ok: boolean; output: string } {
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

const input = { title: 'Efforts & “progress” <test>', files: ['index.html', 'assets/app.js'] };

describe('SCORM manifests', () => {
  it('1.2 validates and declares one SCO with mastery score 80', () => {
    const manifest = scorm12Manifest(input);
    expect(validate('1.2', manifest)).toEqual({ ok: true, output: '' });
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco"');
    expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(manifest.match(/<resource /g)).toHaveLength(1);
  });

  it('2004 4th Edition validates, its primary objective satisfied by measure 0.8', () => {
    const manifest = scorm2004Manifest(input);
    expect(validate('2004', manifest)).toEqual({ ok: true, output: '' });
    expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(manifest).toContain('adlcp:scormType="sco"');
    expect(manifest).toMatch(
      /<imsss:primaryObjective [^>]*satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.8</,
    );
  });

  it('fails validation for a manifest the schemas forbid', () => {
    const bad12 = scorm12Manifest(input).replace('scormtype="sco"', 'scormtype="lesson"');
    expect(validate('1.2', bad12).ok).toBe(false);
    const bad2004 = scorm2004Manifest(input).replace('scormType="sco"', 'scormType="lesson"');
    expect(validate('2004', bad2004).ok).toBe(false);
  });
});
