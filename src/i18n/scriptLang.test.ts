import { describe, expect, it } from 'vitest';
import { scriptLang } from './locale.js';

describe('scriptLang', () => {
  it('marks a Chinese name with the component\'s Chinese script, Traditional unless it is Simplified', () => {
    expect(scriptLang('陳小明', 'zh-Hans')).toBe('zh-Hans');
    expect(scriptLang('陳小明', 'zh-Hant')).toBe('zh-Hant');
    expect(scriptLang('陳小明', 'en')).toBe('zh-Hant');
    expect(scriptLang('「王」先生', 'zh-Hans')).toBe('zh-Hans');
  });

  it('marks a Latin name as English in every locale, punctuation first or not', () => {
    for (const locale of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      expect(scriptLang('Terence Wang', locale)).toBe('en');
      expect(scriptLang('"Élise" Ng', locale)).toBe('en');
    }
  });

  it('guesses nothing for other scripts, digits first, or no letters', () => {
    for (const text of ['Ωμέγα', 'Иван', '김민수', 'たなか', '1 Terence', '', '…']) {
      expect(scriptLang(text, 'zh-Hant'), text).toBeUndefined();
    }
  });
});
