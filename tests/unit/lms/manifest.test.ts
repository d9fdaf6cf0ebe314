// @vitest-environment node
/**
 * Both manifests validate against the XSDs that go into each package, with Debian's `xmllint`
 * (libxml2-utils, installed by `.ci/run`), and a broken one does not.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { scorm12Manifest, scorm2004Manifest } from '../../../src/lib/lms/package/manifests';
import { removeValidationFolders, validate } from './xmllint';

afterAll(removeValidationFolders);

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
