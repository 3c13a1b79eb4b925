import { describe, expect, it } from 'vitest';
import { validLanguageTag, type Locale } from '../../i18n/locale.js';
import { groupPartnersByRegion, normalisePartners } from './partnerData.js';

describe('validLanguageTag', () => {
  it('canonicalises valid tags and rejects the rest', () => {
    expect(validLanguageTag('zh-hk')).toBe('zh-HK');
    expect(validLanguageTag(' en ')).toBe('en');
    expect(validLanguageTag('not a tag')).toBeUndefined();
    expect(validLanguageTag(42)).toBeUndefined();
    expect(validLanguageTag('')).toBeUndefined();
  });
});

describe('local name language', () => {
  const langOf = (localName: string, localNameLang: unknown, locale: Locale) =>
    normalisePartners([{ name: 'City', localName, localNameLang }], locale).partners[0]!.localNameLang;
  it('picks the Chinese script by locale for Han text', () => {
    expect(langOf('深圳', undefined, 'en')).toBe('zh-Hant');
    expect(langOf('深圳', undefined, 'zh-Hant')).toBe('zh-Hant');
    expect(langOf('深圳', undefined, 'zh-Hans')).toBe('zh-Hans');
  });
  it('treats Latin text as English and leaves other scripts alone', () => {
    expect(langOf('Shenzhen', undefined, 'zh-Hant')).toBe('en');
    expect(langOf('São Paulo', undefined, 'zh-Hant')).toBe('en');
    expect(langOf('서울', undefined, 'en')).toBeUndefined();
    expect(langOf('2025', undefined, 'en')).toBeUndefined();
  });
  it('prefers a valid explicit tag', () => {
    expect(langOf('Macau', 'pt-MO', 'zh-Hant')).toBe('pt-MO');
    expect(langOf('Macau', ' zh-hk ', 'en')).toBe('zh-HK');
    expect(langOf('深圳', 'bogus tag', 'en')).toBe('zh-Hant');
  });
});

describe('normalisePartners', () => {
  it('keeps usable entries with their original index and counts the rest', () => {
    const { partners, skipped } = normalisePartners([{ name: ' Beijing ', current: true }, null, { name: '' }, { name: 'Wuhan', region: ' ' }], 'en');
    expect(skipped).toBe(2);
    expect(partners).toEqual([
      { index: 0, name: 'Beijing', localName: undefined, localNameLang: undefined, href: undefined, current: true, region: undefined },
      { index: 3, name: 'Wuhan', localName: undefined, localNameLang: undefined, href: undefined, current: false, region: undefined },
    ]);
  });
  it('returns nothing for non-arrays', () => {
    expect(normalisePartners('x', 'en')).toEqual({ partners: [], skipped: 0 });
  });
});

describe('groupPartnersByRegion', () => {
  it('groups in first-appearance order with region-less partners last', () => {
    const { partners } = normalisePartners(
      [{ name: 'A' }, { name: 'B', region: 'East' }, { name: 'C', region: 'West' }, { name: 'D', region: 'East' }],
      'en',
    );
    expect(groupPartnersByRegion(partners).map((g) => [g.region, g.partners.map((p) => p.name)])).toEqual([
      ['East', ['B', 'D']],
      ['West', ['C']],
      [undefined, ['A']],
    ]);
  });
});
