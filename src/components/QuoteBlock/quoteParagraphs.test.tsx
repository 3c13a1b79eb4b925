import { createElement, Fragment } from 'react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { quoteParagraphs } from './quoteParagraphs.js';

function html(children: unknown): string {
  // The blocks carry no keys: they go in as separate children, as QuoteBlock passes them.
  const { container } = render(createElement('div', null, ...quoteParagraphs(children)));
  return container.firstElementChild?.innerHTML ?? '';
}

describe('quoteParagraphs', () => {
  it('wraps a string in one paragraph, trimmed', () => {
    expect(html('  Hello.  ')).toBe('<p>Hello.</p>');
  });

  it('makes one paragraph per string in a list and skips blank ones', () => {
    expect(html(['One.', '', '   ', 'Two.'])).toBe('<p>One.</p><p>Two.</p>');
  });

  it('keeps block elements as they are', () => {
    expect(html([<p key="a">A</p>, <p key="b">B</p>])).toBe('<p>A</p><p>B</p>');
  });

  it('joins text and inline elements into one paragraph, keeping the spaces between them', () => {
    expect(html(['He said ', <em key="e">this</em>, ' ', <strong key="s">twice</strong>, '.'])).toBe(
      '<p>He said <em>this</em> <strong>twice</strong>.</p>',
    );
  });

  it('closes an inline run at a block element', () => {
    expect(html(['Lead in', <p key="p">Block</p>, '  '])).toBe('<p>Lead in</p><p>Block</p>');
  });

  it('keeps fragments and components as blocks', () => {
    const Note = () => <aside>Note</aside>;
    expect(html(['Lead in ', <em key="e">here</em>, <Fragment key="f">Frag</Fragment>, <Note key="n" />])).toBe(
      '<p>Lead in <em>here</em></p>Frag<aside>Note</aside>',
    );
  });

  it('drops wrong-typed nodes inside a run of text', () => {
    expect(html(['A ', null, { text: 'x' }, <b key="b">B</b>, Number.NaN, ' ', 7])).toBe('<p>A <b>B</b> 7</p>');
  });

  it('returns nothing for empty or wrong-typed input, without throwing', () => {
    for (const value of [undefined, null, '', '   ', [], [null, false], true, { text: 'x' }, () => 'x', Number.NaN]) {
      expect(quoteParagraphs(value)).toEqual([]);
    }
  });

  it('renders finite numbers as text', () => {
    expect(html(2024)).toBe('<p>2024</p>');
  });
});
