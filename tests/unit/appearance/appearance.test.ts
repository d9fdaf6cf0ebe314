/** The theme and text size: applied to the root element, mirrored in localStorage, read back. */
import { describe, expect, it } from 'vitest';
import { applyAppearance, readMirror, writeMirror } from '../../../src/lib/appearance/appearance';
import { restoreSettings } from '../../../src/lib/progress/restore';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('applyAppearance', () => {
  it('sets a chosen theme and size and removes them for the defaults', () => {
    const root = document.createElement('html');
    applyAppearance({ theme: 'dark', textSize: 'larger' }, root);
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute('data-text-size')).toBe('larger');
    applyAppearance({ theme: 'system', textSize: 'normal' }, root);
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(root.hasAttribute('data-text-size')).toBe(false);
  });
});

describe('the localStorage mirror', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    writeMirror(storage, { theme: 'light', textSize: 'large' });
    expect(readMirror(storage)).toEqual({ theme: 'light', textSize: 'large' });
  });

  it('falls back to the defaults for nothing, bad JSON or unknown values', () => {
    const storage = memoryStorage();
    expect(readMirror(storage)).toEqual({ theme: 'system', textSize: 'normal' });
    storage.setItem('lectern.appearance', '{not json');
    expect(readMirror(storage)).toEqual({ theme: 'system', textSize: 'normal' });
    storage.setItem('lectern.appearance', '{"theme":"purple","textSize":"larger"}');
    expect(readMirror(storage)).toEqual({ theme: 'system', textSize: 'larger' });
    expect(readMirror(undefined)).toEqual({ theme: 'system', textSize: 'normal' });
  });

  it('never throws when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => writeMirror(refusing, { theme: 'dark', textSize: 'normal' })).not.toThrow();
    expect(readMirror(refusing)).toEqual({ theme: 'system', textSize: 'normal' });
  });
});

describe('restoreSettings', () => {
  it('keeps a stored theme and text size and defaults older or unknown ones', () => {
    const stored = {
      v: 1,
      persistRequested: false,
      updatedAt: 5,
      theme: 'dark',
      textSize: 'large',
    };
    expect(restoreSettings(stored)).toMatchObject({ theme: 'dark', textSize: 'large' });
    const older = restoreSettings({ v: 1, persistRequested: true, updatedAt: 5 });
    expect(older.theme).toBeUndefined();
    expect(older.textSize).toBeUndefined();
    const unknown = restoreSettings({ ...stored, theme: 'neon', textSize: 3 });
    expect(unknown.theme).toBeUndefined();
    expect(unknown.textSize).toBeUndefined();
  });
});
