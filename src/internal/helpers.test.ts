import { describe, expect, it } from 'vitest';
import { headingTag } from './headingLevel.js';
import { monogram } from './monogram.js';
import { pixels } from './pixels.js';
import { fnv1a, stableId, usableId } from './stableId.js';
import { cx, textOrUndefined } from './text.js';

describe('monogram', () => {
  it('takes the family name of a Chinese name', () => {
    expect(monogram('陳小明')).toBe('陳');
    expect(monogram('  王先生 ')).toBe('王');
  });
  it('takes first and last initials of a Latin name', () => {
    expect(monogram('Terence Wang')).toBe('TW');
    expect(monogram('mary ann lee')).toBe('ML');
    expect(monogram('Plato')).toBe('P');
  });
  it('keeps combining marks with their letter and skips what is not a letter', () => {
    expect(monogram('e\u0301lise Ng')).toBe('E\u0301N');
    expect(monogram('élise ng')).toBe('ÉN');
    expect(monogram('Wang (Terry)')).toBe('W');
    expect(monogram('👩🏽‍💻 Coder')).toBe('C');
  });
  it('gives nothing for a name without letters', () => {
    expect(monogram('   ')).toBe('');
    expect(monogram('123 🌸')).toBe('');
    expect(monogram('')).toBe('');
  });
  // Timing is not asserted here (no timing in unit tests); the pattern's shape keeps it linear.
  it('handles long names full of spaces and punctuation', () => {
    expect(monogram(`a${' ，'.repeat(5_000)}`)).toBe('A');
    expect(monogram(`${' '.repeat(10_000)}b`)).toBe('B');
  });
});

describe('headingTag', () => {
  it('accepts 1-6 and falls back otherwise', () => {
    expect(headingTag(1)).toBe('h1');
    expect(headingTag('4')).toBe('h4');
    expect(headingTag(7)).toBe('h2');
    expect(headingTag(2.5, 3)).toBe('h3');
    expect(headingTag(undefined, 3)).toBe('h3');
  });
});

describe('stableId', () => {
  it('is deterministic and content-sensitive', () => {
    expect(stableId('bh', 'a', 'b')).toBe(stableId('bh', 'a', 'b'));
    expect(stableId('bh', 'a', 'b')).not.toBe(stableId('bh', 'ab'));
    expect(stableId('bh-article', 'Title')).toMatch(/^bh-article-[0-9a-z]+$/);
    // The hash of the parts joined by NUL, as published fixtures and ports compute it.
    expect(stableId('bh', 'Title', '2025-01-15')).toBe(`bh-${fnv1a('Title\u00002025-01-15').toString(36)}`);
    expect(stableId('bh', 'Title', undefined)).toBe(`bh-${fnv1a('Title\u0000').toString(36)}`);
  });
});

describe('text helpers', () => {
  it('normalises text props', () => {
    expect(textOrUndefined('  hi ')).toBe('hi');
    expect(textOrUndefined('')).toBeUndefined();
    expect(textOrUndefined(3)).toBe('3');
    expect(textOrUndefined(Number.NaN)).toBeUndefined();
    expect(textOrUndefined({ toString: () => 'x' })).toBeUndefined();
  });
  it('joins class names', () => {
    expect(cx('a', undefined, '', false, 'b')).toBe('a b');
  });
});

describe('usableId', () => {
  it('accepts ids without white space only', () => {
    expect(usableId('bh-1')).toBe('bh-1');
    expect(usableId('a b')).toBeUndefined();
    expect(usableId('')).toBeUndefined();
    expect(usableId(3)).toBeUndefined();
  });
});

describe('invisible text', () => {
  it('counts zero-width and bidi-only text as empty', () => {
    expect(textOrUndefined('\u200b\u200e\u202e')).toBeUndefined();
    expect(textOrUndefined('\u0000\u0007')).toBeUndefined();
    expect(textOrUndefined('\u200bx')).toBe('\u200bx');
  });
});

describe('pixels', () => {
  it('keeps positive pixels, from numbers or numeric strings, rounded', () => {
    expect(pixels(1200)).toBe(1200);
    expect(pixels(' 675 ')).toBe(675);
    expect(pixels(359.6)).toBe(360);
    expect(pixels(1)).toBe(1);
    expect(pixels('1e3')).toBe(1000);
  });
  it('gives nothing for anything else', () => {
    for (const value of [0, -5, 0.4, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '12px', '', ' ', null, undefined, {}, [640], true, Symbol('w'), 10n]) {
      expect(pixels(value), String(value)).toBeUndefined();
    }
  });
});
