import { describe, expect, it } from 'vitest';
import { durationLabels, labelFor } from './labels.js';
import { locales } from './locale.js';

describe('durationLabels', () => {
  it('says days, weeks and months in English, singular for one', () => {
    const en = durationLabels.en;
    expect(en({ unit: 'day', count: 1 })).toBe('1 day');
    expect(en({ unit: 'day', count: 10 })).toBe('10 days');
    expect(en({ unit: 'week', count: 1 })).toBe('1 week');
    expect(en({ unit: 'week', count: 2 })).toBe('2 weeks');
    expect(en({ unit: 'month', count: 1 })).toBe('1 month');
    expect(en({ unit: 'month', count: 12 })).toBe('12 months');
  });

  it('says them in Traditional Chinese as Hong Kong writes them', () => {
    const hant = durationLabels['zh-Hant'];
    expect(hant({ unit: 'day', count: 10 })).toBe('10 天');
    expect(hant({ unit: 'week', count: 2 })).toBe('2 星期');
    expect(hant({ unit: 'month', count: 3 })).toBe('3 個月');
    expect(hant({ unit: 'month', count: 1 })).toBe('1 個月');
  });

  it('says them in Simplified Chinese', () => {
    const hans = durationLabels['zh-Hans'];
    expect(hans({ unit: 'day', count: 1 })).toBe('1 天');
    expect(hans({ unit: 'week', count: 2 })).toBe('2 周');
    expect(hans({ unit: 'month', count: 3 })).toBe('3 个月');
  });
});

describe('labelFor', () => {
  const tables = {
    en: { next: 'Next', previous: 'Previous' },
    'zh-Hant': { next: '下一頁', previous: '上一頁' },
    'zh-Hans': { next: '下一页', previous: '上一页' },
  };

  it('gives the built-in label of the locale when nothing overrides it', () => {
    for (const overrides of [undefined, null, {}, 'Next page', 42]) {
      expect(labelFor('en', tables, overrides, 'next')).toBe('Next');
      expect(labelFor('zh-Hant', tables, overrides, 'previous')).toBe('上一頁');
      expect(labelFor('zh-Hans', tables, overrides, 'next')).toBe('下一页');
    }
  });

  it('takes the caller\'s text for the key it overrides, in every locale, and no other key', () => {
    for (const locale of locales) {
      expect(labelFor(locale, tables, { next: 'Onwards' }, 'next')).toBe('Onwards');
      expect(labelFor(locale, tables, { next: 'Onwards' }, 'previous')).toBe(tables[locale].previous);
    }
  });

  it('keeps the built-in label for an override that would leave a control without a name', () => {
    for (const blank of ['', '   ', '\u200b', '\u202e', 0, ['Next'], { toString: () => 'Next' }]) {
      expect(labelFor('en', tables, { next: blank }, 'next'), JSON.stringify(blank)).toBe('Next');
    }
  });
});
