/** Writes one SCORM package: the built app, the manifest and the schemas, all at the zip root. */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { scorm12Manifest, scorm2004Manifest } from './manifests.ts';
import { schemaFiles, type ScormVersion } from './schemas.ts';

/** Every file under `dir`, relative and `/`-separated, sorted so packages are reproducible. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else {
        out.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The zip's entries for one format: app files, schemas and `imsmanifest.xml`. */
export function packageEntries(
  appDir: string,
  version: ScormVersion,
  title: string,
): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const file of listFiles(appDir)) {
    entries[file] = readFileSync(join(appDir, file));
  }
  for (const schema of schemaFiles(version)) {
    entries[schema.name] = readFileSync(schema.path);
  }
  const manifest = version === '1.2' ? scorm12Manifest : scorm2004Manifest;
  const files = Object.keys(entries).sort();
  entries['imsmanifest.xml'] = new TextEncoder().encode(manifest({ title, files }));
  return entries;
}

export function writeZip(path: string, entries: Record<string, Uint8Array>): void {
  const zippable: Zippable = {};
  // A fixed date keeps two packagings of the same build byte for byte the same.
  const mtime = new Date('2020-01-01T00:00:00Z');
  for (const [name, data] of Object.entries(entries)) {
    zippable[name] = [data, { mtime }];
  }
  writeFileSync(path, zipSync(zippable, { level: 9 }));
}
