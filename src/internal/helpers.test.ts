import { createElement, isValidElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { headingTag } from './headingLevel.js';
import { monogram } from './monogram.js';
import { optionValue } from './option.js';
import { pixels } from './pixels.js';
import { fragmentId, useLabelId, usableId } from './ids.js';
import { slot } from './slot.js';
import { cx, flatChildren, hasContent, textOrUndefined } from './text.js';

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
  it('keeps both ends of 1-6 and nothing past them, and reads only numbers and numeric strings', () => {
    expect(headingTag(6, 3)).toBe('h6');
    expect(headingTag(' 1 ', 3)).toBe('h1');
    for (const level of [0, '0', -1, 7, '7', Number.NaN, true, [4], null, '']) expect(headingTag(level, 3), String(level)).toBe('h3');
  });
});

describe('useLabelId', () => {
  const Heading = ({ given }: { given?: unknown }) => createElement('h2', { id: useLabelId('bh-test', given) });
  it('gives each element its own plain id, or the usable one passed', () => {
    const html = renderToStaticMarkup(createElement('div', null, createElement(Heading), createElement(Heading), createElement(Heading, { given: 'mine' }), createElement(Heading, { given: 'not usable' })));
    const ids = [...html.matchAll(/id="([^"]*)"/g)].map((match) => match[1]!);
    expect(ids[2]).toBe('mine');
    expect(new Set(ids).size).toBe(4);
    for (const id of [ids[0], ids[1], ids[3]]) expect(id).toMatch(/^bh-test-[\w-]+$/);
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
    expect(cx(undefined, 'a', null)).toBe('a');
    expect(cx(false)).toBe('');
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

describe('fragmentId', () => {
  it('takes an id with or without its one leading #, if usable', () => {
    expect(fragmentId('#main-content')).toBe('main-content');
    expect(fragmentId('main-content')).toBe('main-content');
    expect(fragmentId('##x')).toBe('#x');
    expect(fragmentId('note#2'), 'a # inside is part of the id').toBe('note#2');
    expect(fragmentId('#')).toBeUndefined();
    expect(fragmentId('#a b')).toBeUndefined();
    expect(fragmentId(undefined)).toBeUndefined();
  });
});

describe('invisible text', () => {
  it('counts zero-width and bidi-only text as empty', () => {
    expect(textOrUndefined('\u200b\u200e\u202e')).toBeUndefined();
    expect(textOrUndefined('\u0000\u0007')).toBeUndefined();
    expect(textOrUndefined('\u200bx')).toBe('\u200bx');
  });
});

describe('flatChildren and hasContent', () => {
  it('walk nested lists in order, without recursion', () => {
    expect(flatChildren(['a', ['b', ['c']], null, [[['d']]]])).toEqual(['a', 'b', 'c', null, 'd']);
    expect(flatChildren('a')).toEqual(['a']);
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(flatChildren(deep)).toEqual(['x']);
    expect(hasContent(deep as never)).toBe(true);
  });
  it('count only something visible as content', () => {
    expect(hasContent([null, false, ' ', ['\u200b']])).toBe(false);
    expect(hasContent([null, [0]])).toBe(true);
    expect(hasContent(createElement('br'))).toBe(true);
  });
});

describe('slot', () => {
  it('keeps what React renders and leaves out the rest, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const kept = slot([{}, 'text', [createElement('b', null, 'bold'), () => 1, Symbol('s')], 3, Number.NaN], ['Test', 'aside']);
    expect(isValidElement(kept)).toBe(true);
    expect(renderToStaticMarkup(kept)).toBe('text<b>bold</b>3');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Test: `aside` holds 4 value\(s\) React cannot render/));
    warn.mockRestore();
  });
  it('is undefined when nothing visible is left', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of [undefined, null, false, '', '  ', [], [{}], { a: 1 }, [[null]]]) expect(slot(value)).toBeUndefined();
    warn.mockRestore();
  });
});

describe('optionValue', () => {
  it('keeps an allowed value and gives the first allowed one for anything else', () => {
    const sizes = ['medium', 'small', 'large'] as const;
    expect(optionValue(sizes, 'large')).toBe('large');
    expect(optionValue(sizes, 'small')).toBe('small');
    for (const value of [undefined, null, 'huge', 'Large', 0, ['large']]) expect(optionValue(sizes, value), String(value)).toBe('medium');
    expect(optionValue([2, 3, 4], 4)).toBe(4);
    expect(optionValue([2, 3, 4], '4')).toBe(2);
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
