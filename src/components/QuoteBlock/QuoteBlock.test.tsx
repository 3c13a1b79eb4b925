import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureProps } from '../../fixtures/fixture.js';
import { QuoteBlock, quoteVariants, type QuoteBlockProps } from './index.js';
import { fixtures } from './QuoteBlock.fixtures.js';
import { dataImageUrl, unsafeUrls } from '../../../tests/support/unsafeUrls.js';

const reflection = fixtureProps(fixtures, 'reflection-en');
const { attribution } = reflection;

function figureOf(container: HTMLElement): HTMLElement {
  const figure = container.querySelector('figure');
  if (!figure) throw new Error('no figure');
  return figure;
}

describe('QuoteBlock', () => {
  it('renders a figure with the blockquote and a figcaption beside it, not inside it', () => {
    const { container } = render(<QuoteBlock {...reflection} />);
    const figure = screen.getByRole('figure');
    const quote = within(figure).getByRole('blockquote');
    const caption = figure.querySelector('figcaption');
    expect(caption).not.toBeNull();
    expect(caption?.parentElement).toBe(figure);
    expect(quote.contains(caption)).toBe(false);
    expect(quote.querySelectorAll('p')).toHaveLength(3);
    expect(quote).toHaveTextContent(/^I had worked with Hong Kong before/);
    expect(figureOf(container)).toBe(figure);
  });

  it('emphasises the name, then role, organisation and city joined by commas in English', () => {
    render(<QuoteBlock {...reflection} />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')).toHaveTextContent(
      /^Mr Terence Wang, Exchange participant, Greater Bay Area Development Office, Shenzhen$/,
    );
    const name = within(figure).getByText('Mr Terence Wang');
    // Isolated, so a right-to-left override in the name leaves the rest in order.
    expect(name.tagName).toBe('BDI');
    expect(figure.querySelector('cite')).toBeNull();
  });

  it.each([
    ['zh-Hant', '王先生，交流計劃參加者，粵港澳大灣區發展辦公室，深圳'],
    ['zh-Hans', '王先生，交流计划参加者，粤港澳大湾区发展办公室，深圳'],
  ])('joins the attribution with the full-width comma in %s', (locale, expected) => {
    render(<QuoteBlock {...fixtureProps(fixtures, 'reflection', locale)} />);
    expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent(expected);
  });

  it('renders the attribution without a name, and no figcaption without attribution or source', () => {
    const { rerender } = render(<QuoteBlock attribution={{ role: 'Resident', city: 'Hong Kong' }}>Quote.</QuoteBlock>);
    expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent(/^Resident, Hong Kong$/);
    rerender(<QuoteBlock>Quote.</QuoteBlock>);
    expect(screen.getByRole('figure').querySelector('figcaption')).toBeNull();
    rerender(<QuoteBlock attribution={{ name: '  ', role: '' }}>Quote.</QuoteBlock>);
    expect(screen.getByRole('figure').querySelector('figcaption')).toBeNull();
  });

  it('renders nothing and warns in development when the quotation is empty', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const children of [undefined, '', '   ', [], [null, '']]) {
      const { container, unmount } = render(<QuoteBlock attribution={attribution}>{children}</QuoteBlock>);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('QuoteBlock: rendered nothing'));
    warn.mockRestore();
  });

  describe('cite', () => {
    it('sets cite on the blockquote and shows a Source link in the figcaption', () => {
      render(<QuoteBlock cite="https://www.example.gov.hk/reflection" attribution={attribution}>Quote.</QuoteBlock>);
      expect(screen.getByRole('blockquote')).toHaveAttribute('cite', 'https://www.example.gov.hk/reflection');
      const source = screen.getByRole('link', { name: 'Source' });
      expect(source).toHaveAttribute('href', 'https://www.example.gov.hk/reflection');
      expect(source.closest('figcaption')).not.toBeNull();
    });

    it('shows the Source link alone when there is no attribution', () => {
      render(<QuoteBlock cite="/press/2025/reflection">Quote.</QuoteBlock>);
      expect(screen.getByRole('link', { name: 'Source' }).closest('figcaption')).not.toBeNull();
    });

    it.each([
      ['zh-Hant', '來源'],
      ['zh-Hans', '来源'],
      ['zh-HK', '來源'],
      ['zh-CN', '来源'],
    ])('labels the source link in %s', (locale, label) => {
      render(<QuoteBlock locale={locale} cite="https://example.org/">引文。</QuoteBlock>);
      expect(screen.getByRole('link', { name: label })).toBeInTheDocument();
    });

    it.each([...unsafeUrls, dataImageUrl, 'mailto:someone@example.org'])('drops the unsafe or non-http cite %j: no attribute, no link', (url) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<QuoteBlock cite={url} attribution={attribution}>Quote.</QuoteBlock>);
      expect(screen.getByRole('blockquote')).not.toHaveAttribute('cite');
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent('Mr Terence Wang');
      warn.mockRestore();
    });

    it('warns in development naming the prop when it drops a cite', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<QuoteBlock cite="ftp://example.org/quote">Quote.</QuoteBlock>);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/QuoteBlock: `cite` URL dropped: scheme "ftp:"/));
      warn.mockRestore();
    });
  });

  describe('collapsible reflection', () => {
    it.each([
      ['en', 'Read the full reflection'],
      ['zh-Hant', '閱讀完整感想'],
      ['zh-Hans', '阅读完整感想'],
    ])('shows the excerpt and a native disclosure labelled in %s', (locale, label) => {
      const collapsible = fixtureProps(fixtures, 'collapsible', locale);
      const { container } = render(<QuoteBlock {...collapsible} />);
      const figure = figureOf(container);
      const details = figure.querySelector('details');
      expect(details).not.toBeNull();
      expect(details).not.toHaveAttribute('open');
      const summary = details?.querySelector('summary');
      expect(summary).toHaveTextContent(label);
      expect(summary?.parentElement).toBe(details);

      const [excerptQuote, fullQuote] = Array.from(figure.querySelectorAll('blockquote'));
      expect(excerptQuote).toHaveTextContent(collapsible.excerpt!);
      expect(excerptQuote?.closest('details')).toBeNull();
      expect(fullQuote?.parentElement).toBe(details);
      expect(fullQuote?.querySelectorAll('p')).toHaveLength(3);
      // The disclosure label is interface, not part of the quotation.
      expect(summary?.closest('blockquote')).toBeNull();
      expect(figure.querySelector('figcaption')?.closest('details')).toBeNull();
    });

    it('opens at first with defaultOpen', () => {
      const { container } = render(<QuoteBlock {...fixtureProps(fixtures, 'collapsible-en')} defaultOpen />);
      expect(container.querySelector('details')).toHaveAttribute('open');
    });

    it('uses a label override', () => {
      render(
        <QuoteBlock collapsible excerpt="Short." labels={{ readFullReflection: 'Continue reading' }}>
          Long.
        </QuoteBlock>,
      );
      expect(screen.getByText('Continue reading').tagName).toBe('SUMMARY');
    });

    it('warns when it has no excerpt, and still renders the disclosure', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<QuoteBlock {...reflection} collapsible />);
      expect(container.querySelectorAll('blockquote')).toHaveLength(1);
      expect(container.querySelector('details summary')).toHaveTextContent('Read the full reflection');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('without `excerpt`'));
      warn.mockRestore();
    });

    it.each(['pull', 'inline'] as const)('is ignored, with a warning, for the %s variant', (variant) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(
        <QuoteBlock variant={variant} collapsible excerpt="Short.">
          Long.
        </QuoteBlock>,
      );
      expect(container.querySelector('details')).toBeNull();
      expect(screen.getByRole('blockquote')).toHaveTextContent('Long.');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('reflection variant only'));
      warn.mockRestore();
    });
  });

  describe('language', () => {
    it('sets quoteLang as lang on every blockquote, not on the caption', () => {
      const { container } = render(<QuoteBlock {...fixtureProps(fixtures, 'collapsible-zh-hant')} locale="en" quoteLang="zh-hant" attribution={attribution} />);
      const quotes = container.querySelectorAll('blockquote');
      expect(quotes).toHaveLength(2);
      for (const quote of quotes) expect(quote).toHaveAttribute('lang', 'zh-Hant');
      expect(container.querySelector('figcaption')).not.toHaveAttribute('lang');
      expect(figureOf(container)).toHaveAttribute('lang', 'en');
    });

    it('leaves lang off the blockquote without quoteLang, and ignores an empty one', () => {
      const { rerender } = render(<QuoteBlock>Quote.</QuoteBlock>);
      expect(screen.getByRole('blockquote')).not.toHaveAttribute('lang');
      rerender(<QuoteBlock quoteLang="  ">Quote.</QuoteBlock>);
      expect(screen.getByRole('blockquote')).not.toHaveAttribute('lang');
    });
  });

  it('renders every variant with the same structure', () => {
    for (const variant of quoteVariants) {
      const { container, unmount } = render(<QuoteBlock {...fixtureProps(fixtures, 'pull-en')} variant={variant} attribution={attribution} />);
      expect(container.querySelector('figure > blockquote + figcaption')).not.toBeNull();
      unmount();
    }
  });

  it('accepts paragraphs as elements and rich inline content', () => {
    render(
      <QuoteBlock>
        <p>First.</p>
        <p>
          Second with <em>emphasis</em>.
        </p>
      </QuoteBlock>,
    );
    const quote = screen.getByRole('blockquote');
    expect(quote.querySelectorAll(':scope > p')).toHaveLength(2);
    expect(within(quote).getByText('emphasis').tagName).toBe('EM');
  });

  it('renders paragraphs from a list without React key warnings', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <QuoteBlock collapsible excerpt="Short.">
        {['One.', 'Two.']}
        <p>Three.</p>
      </QuoteBlock>,
    );
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('never throws on wrong-typed input from JavaScript callers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { children: 42, attribution: 'Mr Wang', cite: 7, variant: 'huge', locale: 12, quoteLang: {}, labels: { source: 5 } },
      { children: { text: 'object' }, attribution: null, cite: null, excerpt: 9, collapsible: 'yes' },
      { children: ['ok', { bad: true }, null], attribution: { name: 42, role: ['x'], city: {} }, locale: 'not a tag!!' },
      { children: 'x', collapsible: true, excerpt: '', labels: null, quoteLang: 'not a tag!!' },
    ];
    for (const props of hostile) {
      const { unmount } = render(<QuoteBlock {...(props as unknown as QuoteBlockProps)} />);
      unmount();
    }
    render(<QuoteBlock {...({ children: 'ok', attribution: { name: 42, role: ['x'], city: {} }, labels: { source: 5 }, cite: '/s' } as unknown as QuoteBlockProps)} />);
    expect(screen.getByRole('figure').querySelector('figcaption')).toHaveTextContent(/^42Source$/);
    warn.mockRestore();
  });

  it('keeps 10,000-character quotes and attribution intact', () => {
    const long = 'Civil service exchange '.repeat(435).slice(0, 10_000);
    const longChinese = '公務員交流計劃'.repeat(1500).slice(0, 10_000);
    render(
      <QuoteBlock attribution={{ name: longChinese, role: long }} cite="https://example.org/">
        {long}
      </QuoteBlock>,
    );
    expect(screen.getByRole('blockquote').textContent).toHaveLength(10_000);
    expect(screen.getByText(longChinese)).toBeInTheDocument();
  });
});
