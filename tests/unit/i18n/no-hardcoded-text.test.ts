// @vitest-environment node
/**
 * Every visible word goes through svelte-i18n: this scans each component's markup (scripts,
 * styles and `{…}` expressions removed) and fails on any text written straight into it, and on
 * attributes people read (alt, title, placeholder, aria-label) given literal words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return svelteFiles(path);
    }
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

/** Removes `{…}` expressions, counting nested braces. */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const char of markup) {
    if (char === '{') {
      depth += 1;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0) {
      out += char;
    }
  }
  return out;
}

export function hardcodedText(source: string): string[] {
  const markup = withoutExpressions(
    source
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, ''),
  );
  const found: string[] = [];
  for (const match of markup.matchAll(/\b(alt|title|placeholder|aria-label)="([^"]*)"/g)) {
    if (/\p{L}/u.test(match[2]!)) {
      found.push(`${match[1]}="${match[2]}"`);
    }
  }
  const text = markup.replace(/<[^>]*>/g, '\n');
  for (const line of text.split('\n')) {
    if (/\p{L}/u.test(line)) {
      found.push(line.trim());
    }
  }
  return found;
}

describe('components', () => {
  it('finds text written into markup (the check itself works)', () => {
    expect(hardcodedText('<p>Hello</p>')).toEqual(['Hello']);
    expect(hardcodedText('<img alt="A photo" src="x.png" />')).toEqual(['alt="A photo"']);
    expect(hardcodedText('<p>{$_("x")} ✓ · {n}</p><script>const a = "word";</script>')).toEqual([]);
  });

  it.each(svelteFiles(SRC).map((f) => [relative(SRC, f), f]))(
    '%s has no visible text outside i18n',
    (_, file) => {
      expect(hardcodedText(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
