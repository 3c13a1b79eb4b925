import { createRef } from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { contrastRatio, themeColour } from '../../tokens/contrast.js';
import { themeNames, themes } from '../../tokens/themes.js';
import { Callout, calloutDefinition, calloutVariants, type CalloutProps } from './index.js';

const body = 'The 2024 attachments began in early December.';

describe('Callout', () => {
  it('is a note with an h3 heading and its content', () => {
    render(
      <Callout heading="About the programme">
        <p>{body}</p>
      </Callout>,
    );
    const note = screen.getByRole('note');
    expect(note.tagName).toBe('DIV');
    expect(within(note).getByRole('heading', { level: 3, name: 'About the programme' })).toBeInTheDocument();
    expect(within(note).getByText(body).tagName).toBe('P');
    // The heading names the notice: no hidden prefix is added.
    expect(note).not.toHaveTextContent('Information');
  });

  it('takes the heading level from headingLevel, and falls back to 3 for anything else', () => {
    const { rerender } = render(<Callout heading="Dates" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Dates' })).toBeInTheDocument();
    rerender(<Callout heading="Dates" headingLevel={9 as never} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Dates' })).toBeInTheDocument();
  });

  it.each([
    ['en', 'information', 'Information: '],
    ['en', 'important', 'Important: '],
    ['zh-Hant', 'information', '資訊：'],
    ['zh-Hant', 'important', '重要：'],
    ['zh-Hans', 'information', '资讯：'],
    ['zh-HK', 'important', '重要：'],
  ] as const)('without a heading, reads the %s label of %s first', (locale, variant, prefix) => {
    render(
      <Callout locale={locale} variant={variant}>
        {body}
      </Callout>,
    );
    const note = screen.getByRole('note');
    expect(note.textContent).toBe(`${prefix}${body}`);
    expect(within(note).getByText(prefix.trim())).toHaveClass('bh-visually-hidden');
    expect(within(note).queryByRole('heading')).toBeNull();
  });

  it('takes label overrides, and keeps the built-in label for a blank one', () => {
    const { rerender } = render(
      <Callout variant="important" labels={{ important: 'Please note' }}>
        {body}
      </Callout>,
    );
    expect(screen.getByRole('note')).toHaveTextContent(/^Please note: /);
    rerender(
      <Callout variant="important" labels={{ important: ' ' }}>
        {body}
      </Callout>,
    );
    expect(screen.getByRole('note')).toHaveTextContent(/^Important: /);
  });

  it('marks each variant with its own decorative icon, so the variant does not rest on colour', () => {
    const shapes = calloutVariants.map((variant) => {
      const { container, unmount } = render(<Callout variant={variant} heading="Dates" />);
      const icon = container.querySelector('svg')!;
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      const shape = icon.querySelector('path')!.getAttribute('d');
      unmount();
      return shape;
    });
    expect(new Set(shapes).size).toBe(calloutVariants.length);
  });

  it('treats an unknown variant as information', () => {
    render(<Callout variant={'urgent' as never}>{body}</Callout>);
    expect(screen.getByRole('note')).toHaveTextContent(/^Information: /);
  });

  it('renders a heading alone, without an empty body', () => {
    render(<Callout heading="Dates" />);
    const note = screen.getByRole('note');
    expect(note.children).toHaveLength(2); // the icon and the heading
  });

  it('renders nothing without a heading or content, and says why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <>
        <Callout heading="  ">{'   '}</Callout>
        <Callout>{[null, false]}</Callout>
      </>,
    );
    expect(container).toBeEmptyDOMElement();
    // Each message once: the blank heading and content, and the empty result.
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringMatching(/Callout: `heading` shows nothing/),
      expect.stringMatching(/Callout: `children` shows nothing/),
      expect.stringMatching(/Callout: rendered nothing/),
    ]);
    warn.mockRestore();
  });

  it('forwards the ref, passes className and DOM attributes through, and keeps its role', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Callout ref={ref} className="site-note" id="dates" data-testid="callout" locale="zh-Hant" {...({ role: 'alert' } as object)}>
        {body}
      </Callout>,
    );
    const note = screen.getByTestId('callout');
    expect(ref.current).toBe(note);
    expect(note).toHaveClass('site-note');
    expect(note).toHaveAttribute('id', 'dates');
    expect(note).toHaveAttribute('lang', 'zh-Hant');
    expect(note).toHaveAttribute('role', 'note');
  });

  it('never throws on wrong-typed input from JavaScript callers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { heading: 42, children: 7, variant: {}, headingLevel: 'h2', locale: 12, labels: 'x' },
      { heading: { text: 'x' }, children: 'ok', labels: { important: 5 }, variant: null },
      { heading: ['a'], children: [null, 'text', 0] },
      { heading: '<b>bold</b>', children: '<script>alert(1)</script>' },
    ];
    for (const props of hostile) {
      const { unmount } = render(<Callout {...(props as unknown as CalloutProps)} />);
      unmount();
    }
    render(<Callout {...({ heading: '<b>bold</b>', children: '<i>x</i>' } as CalloutProps)} />);
    expect(screen.getByRole('heading')).toHaveTextContent('<b>bold</b>');
    expect(screen.getByRole('note').querySelector('b, i')).toBeNull();
    warn.mockRestore();
  });
});

describe('Callout tokens', () => {
  // The accent rule and the icon are non-text content: 3:1 against the callout's background.
  const { background, ...accents } = calloutDefinition.tokens.callout;
  it.each(themeNames.flatMap((theme) => Object.entries(accents).map(([name, path]) => [theme, name, path] as const)))(
    '%s: %s stands out from the background at 3:1 or more',
    (theme, _name, path) => {
      const strip = (token: string) => token.replace(/^color\./, '');
      const ratio = contrastRatio(themeColour(themes[theme], strip(path)), themeColour(themes[theme], strip(background)));
      expect(ratio).toBeGreaterThanOrEqual(3);
    },
  );

  it('keeps text and links readable on the background in every theme', () => {
    for (const theme of themeNames) {
      const surface = themeColour(themes[theme], 'surface.subtle');
      expect(surface).toBe(themeColour(themes[theme], calloutDefinition.tokens.callout.background.replace(/^color\./, '')));
      expect(contrastRatio(themeColour(themes[theme], 'text.default'), surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(themeColour(themes[theme], 'text.link'), surface)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
