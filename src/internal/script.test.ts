import { describe, expect, it } from 'vitest';
import { startsHan } from './script.js';

describe('startsHan', () => {
  it('is true when the first letter or digit is a Chinese character, whatever punctuation comes first', () => {
    for (const text of ['陳小明', '「王」', ' 陳', '(李) Lee', '𨋢', '〇']) expect(startsHan(text), text).toBe(true);
  });

  it('is false when a letter or digit of another script comes first, or none at all', () => {
    for (const text of ['Chan 陳', '2025年', 'ひらがな', 'カタカナ', '김', 'ㄅㄆ', '', '  ', '「」', '🌸']) {
      expect(startsHan(text), text).toBe(false);
    }
  });
});
