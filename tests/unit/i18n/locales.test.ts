// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/lib/content/types';
import {
  DEFAULT_LOCALE,
  isLocaleCode,
  localeFromBrowser,
  localeInfo,
  LOCALES,
} from '../../../src/lib/i18n/locales';

describe('localeFromBrowser: the first visit', () => {
  it.each(['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-hans-cn', 'ZH-CN'])(
    'chooses simplified Chinese for %s',
    (tag) => {
      expect(localeFromBrowser([tag])).toBe('zh-Hans');
    },
  );

  it('chooses simplified Chinese for a tag that names the simplified script, whatever the region', () => {
    expect(localeFromBrowser(['zh-Hans-HK'])).toBe('zh-Hans');
  });

  it.each(['ug', 'ug-CN', 'ug-Arab-CN'])('chooses Uyghur for %s', (tag) => {
    expect(localeFromBrowser([tag])).toBe('ug');
  });

  it.each([{ tags: ['en-GB'] }, { tags: ['en-US'] }, { tags: ['fr'] }, { tags: ['fr', 'de-DE'] }])(
    'chooses English for $tags',
    ({ tags }) => {
      expect(localeFromBrowser(tags)).toBe('en');
    },
  );

  it('chooses English when the browser names no language', () => {
    expect(localeFromBrowser([])).toBe('en');
    expect(DEFAULT_LOCALE).toBe('en');
  });

  it('takes the first language it speaks, in the order the browser lists them', () => {
    expect(localeFromBrowser(['fr', 'ug'])).toBe('ug');
    expect(localeFromBrowser(['fr', 'zh-CN', 'ug'])).toBe('zh-Hans');
    expect(localeFromBrowser(['ug', 'zh-CN'])).toBe('ug');
    expect(localeFromBrowser(['en-GB', 'zh-CN'])).toBe('en');
  });

  it.each(['zh-TW', 'zh-Hant', 'zh-HK', 'zh-MO', 'zh-Hant-CN'])(
    'does not take %s, traditional Chinese, for simplified',
    (tag) => {
      expect(localeFromBrowser([tag])).toBe('en');
      expect(localeFromBrowser([tag, 'ug'])).toBe('ug');
    },
  );
});

describe('the locale list', () => {
  it('offers every interface language once', () => {
    expect(LOCALES.map((l) => l.code)).toEqual([...LOCALE_CODES]);
  });

  it('writes Uyghur right to left and the others left to right', () => {
    expect(localeInfo('ug').dir).toBe('rtl');
    expect(localeInfo('en').dir).toBe('ltr');
    expect(localeInfo('zh-Hans').dir).toBe('ltr');
  });

  it('names each language in itself', () => {
    expect(localeInfo('zh-Hans').name).toBe('简体中文');
    expect(localeInfo('ug').name).toBe('ئۇيغۇرچە');
  });

  it('knows its codes and nothing else', () => {
    expect(isLocaleCode('zh-Hans')).toBe(true);
    expect(isLocaleCode('zh')).toBe(false);
    expect(isLocaleCode(undefined)).toBe(false);
  });
});
