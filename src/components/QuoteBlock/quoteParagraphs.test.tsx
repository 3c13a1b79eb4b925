import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { quoteParagraphs } from './quoteParagraphs.js';

function html(children: unknown): string {
  const { container } = render(<div>{quoteParagraphs(children)}</div>);
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

  it('returns nothing for empty or wrong-typed input, without throwing', () => {
    for (const value of [undefined, null, '', '   ', [], [null, false], true, { text: 'x' }, () => 'x', Number.NaN]) {
      expect(quoteParagraphs(value)).toEqual([]);
    }
  });

  it('renders finite numbers as text', () => {
    expect(html(2024)).toBe('<p>2024</p>');
  });
});
