import nunjucks from 'nunjucks';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { slot } from '../internal/slot.js';
import { templateSlot } from './templateSlot.js';

// What a macro returns: its output, marked safe.
const markup = (html: string) => new nunjucks.runtime.SafeString(html);

describe('templateSlot', () => {
  it('keeps what React keeps of a slot, in order, numbers as React writes them', () => {
    const values: unknown[] = ['Note', ['A', null, ['B', 3]], [true, 'x', false], -0, 1.5, 2n, Number.NaN, { toString: () => '<b>' }, () => 'f', new Date(0)];
    for (const value of values) {
      const react = slot(value);
      const parts = templateSlot(value);
      expect(parts === undefined, String(value)).toBe(react === undefined);
      if (react !== undefined) expect(parts!.join('')).toBe(renderToStaticMarkup(<>{react}</>));
    }
  });

  it('is undefined when nothing shows: nothing, white space, invisible text, values React leaves out', () => {
    for (const value of [undefined, null, '', '  ', ['\u200b', ' '], [], [[null]], false, { a: 1 }, Symbol('s'), Infinity]) expect(templateSlot(value)).toBeUndefined();
  });

  it("keeps another macro's output as it is, even when empty, as React keeps an element whose component renders nothing", () => {
    const image = markup('<img src="/a.png" alt="">');
    expect(templateSlot(['Before ', image])).toEqual(['Before ', image]);
    expect(templateSlot(image)?.[0]).toBe(image);
    for (const empty of [markup(''), markup('  ')]) expect(templateSlot(empty)).toEqual([empty]);
  });
});
