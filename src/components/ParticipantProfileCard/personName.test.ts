import { describe, expect, it } from 'vitest';
import { scriptLang } from '../../i18n/locale.js';
import { startsHan } from '../../internal/script.js';
import { displayName, withHonorific } from './personName.js';

describe('startsHan', () => {
  it('reads the script of the first letter', () => {
    expect(startsHan('陳小明')).toBe(true);
    expect(startsHan('  「陳」')).toBe(true);
    expect(startsHan('Terence Wang')).toBe(false);
    expect(startsHan('Ōta')).toBe(false);
    expect(startsHan('김민준')).toBe(false);
    expect(startsHan('---')).toBe(false);
    expect(startsHan('')).toBe(false);
  });
});

describe('displayName', () => {
  it('shows a string as given', () => {
    expect(displayName('  Wang Terence ')).toBe('Wang Terence');
  });

  it('orders parts by script', () => {
    expect(displayName({ family: '陳', given: '小明' })).toBe('陳小明');
    expect(displayName({ family: 'Wang', given: 'Terence' })).toBe('Terence Wang');
    expect(displayName({ family: 'Wang' })).toBe('Wang');
    expect(displayName({ given: 'Terence', family: '  ' })).toBe('Terence');
  });

  it('returns undefined for nothing usable', () => {
    for (const value of [undefined, null, '', '   ', {}, [], true, Number.NaN]) expect(displayName(value)).toBeUndefined();
    expect(displayName(42)).toBe('42');
  });
});

describe('withHonorific', () => {
  it('puts it after a Han name without a space and before a Latin name', () => {
    expect(withHonorific('王', '先生')).toBe('王先生');
    expect(withHonorific('Terence Wang', 'Mr')).toBe('Mr Terence Wang');
  });

  it('spaces a non-Han honorific after a Han name, and goes before any non-Han name', () => {
    expect(withHonorific('王', 'Dr')).toBe('王 Dr');
    expect(withHonorific('「王」', '先生')).toBe('「王」 先生');
    expect(withHonorific('Terence Wang', '先生')).toBe('先生 Terence Wang');
    expect(withHonorific('김민준', '씨')).toBe('씨 김민준');
  });

  it('leaves the name alone without an honorific', () => {
    expect(withHonorific('王先生', undefined)).toBe('王先生');
  });
});

describe('scriptLang', () => {
  it('follows the card script for Han text', () => {
    expect(scriptLang('陳小明', 'en')).toBe('zh-Hant');
    expect(scriptLang('陳小明', 'zh-Hant')).toBe('zh-Hant');
    expect(scriptLang('陈小明', 'zh-Hans')).toBe('zh-Hans');
    expect(scriptLang('Terence Wang', 'zh-Hans')).toBe('en');
    expect(scriptLang('김민준', 'en')).toBeUndefined();
  });
});
