import { addMessages, init, locale, _ } from 'svelte-i18n';
import { get } from 'svelte/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { uyghur as ug } from '../../english';
import { dateTimeText, durationText } from '../../../src/lib/i18n/when';

describe('dates and durations in the interface language', () => {
  beforeAll(async () => {
    addMessages('ug', ug);
    await init({ fallbackLocale: 'en', initialLocale: 'en' });
  });

  it('writes durations from the messages, in Uyghur too', async () => {
    await locale.set('ug');
    const t = get(_);
    expect(durationText(9_000, t)).toBe('9 سېكۇنت');
    expect(durationText(65 * 60_000, t)).toBe('1 سائەت 5 مىنۇت');
    await locale.set('en');
    expect(durationText(9_000, get(_))).toBe('9 sec');
    expect(durationText(5 * 60_000, get(_))).toBe('5 min');
  });

  it('writes a date from the message where Intl has no data for the language', async () => {
    await locale.set('ug');
    const at = new Date(2026, 10, 29, 15, 4).getTime();
    // "qaa" is reserved for private use: no Intl has data for it.
    expect(dateTimeText(at, 'qaa', get(_))).toBe('2026-يىلى 11-ئاينىڭ 29-كۈنى، 15:04');
    await locale.set('en');
    expect(dateTimeText(at, 'en', get(_))).toBe('Nov 29, 2026, 3:04 PM');
  });
});
