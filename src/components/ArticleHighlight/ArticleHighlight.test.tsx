import type { ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureProps } from '../../fixtures/fixture.js';
import { ArticleHighlight, articleHighlightVariants, type ArticleHighlightProps } from './index.js';
import * as styles from './ArticleHighlight.css.js';
import { fixtures } from './ArticleHighlight.fixtures.js';
import { dataImageUrl, unsafeUrls } from '../../../tests/support/unsafeUrls.js';

const feature = fixtureProps(fixtures, 'feature-en');
const en = { title: feature.title, kicker: feature.kicker!, lead: feature.lead!, image: feature.image! };

// Wrong-typed props as a JavaScript caller might pass them.
const loose = (props: Record<string, unknown>) => props as unknown as ArticleHighlightProps;

describe('ArticleHighlight semantics', () => {
  it('is an article named by its heading, with the kicker outside the heading', () => {
    render(<ArticleHighlight title={en.title} kicker={en.kicker} lead={en.lead} date={feature.date} />);
    const article = screen.getByRole('article', { name: en.title });
    const heading = within(article).getByRole('heading', { level: 2, name: en.title });
    expect(article).toHaveAttribute('aria-labelledby', heading.id);
    expect(heading.id).toMatch(/^bh-article-/);
    expect(heading).not.toHaveTextContent(en.kicker);
    const kicker = within(article).getByText(en.kicker);
    expect(kicker.tagName).toBe('P');
    expect(kicker.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(article).getByText(en.lead).tagName).toBe('P');
  });

  it('gives the same article twice on a page two heading ids, each naming its own article', () => {
    render(
      <>
        <ArticleHighlight title="Photo gallery" variant="teaser" />
        <ArticleHighlight title="Photo gallery" variant="teaser" />
      </>,
    );
    const articles = screen.getAllByRole('article', { name: 'Photo gallery' });
    const ids = articles.map((article) => article.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(2);
    articles.forEach((article, i) => expect(document.getElementById(ids[i]!)).toBe(within(article).getByRole('heading')));
  });

  it('uses headingId when given', () => {
    render(<ArticleHighlight title={en.title} headingId="story-1" />);
    expect(screen.getByRole('heading')).toHaveAttribute('id', 'story-1');
    expect(screen.getByRole('article')).toHaveAttribute('aria-labelledby', 'story-1');
  });

  it('sets the heading level and falls back to 2 for invalid levels', () => {
    const { rerender } = render(<ArticleHighlight title="A" headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4 })).toBeInTheDocument();
    rerender(<ArticleHighlight {...loose({ title: 'A', headingLevel: 9 })} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    rerender(<ArticleHighlight {...loose({ title: 'A', headingLevel: 'three' })} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });

  it('renders children as the body', () => {
    const { container } = render(<ArticleHighlight {...feature} />);
    const body = container.querySelector(`.${styles.body}`)!;
    expect(body.querySelectorAll(':scope > p')).toHaveLength(2);
    expect(body).toHaveTextContent(/^From early December 2024/);
  });

  it('leaves out the body for blank children and keeps any real content', () => {
    const bodyText = (children: ReactNode) => {
      const { container, unmount } = render(<ArticleHighlight title="A">{children}</ArticleHighlight>);
      const body = container.querySelector(`.${styles.body}`);
      unmount();
      return body ? body.textContent : null;
    };
    expect(bodyText(undefined)).toBeNull();
    expect(bodyText([' ', false, null, [['\u200b\n']]])).toBeNull();
    expect(bodyText(0)).toBe('0');
    expect(bodyText([[' '], ['Body text']])).toBe(' Body text');
    expect(bodyText(<p>Paragraph</p>)).toBe('Paragraph');
  });
});

describe('ArticleHighlight dates and locales', () => {
  it.each([
    ['en', '14 July 2025', 'Published'],
    ['zh-Hant', '2025年7月14日', '發佈日期'],
    ['zh-Hans', '2025年7月14日', '发布日期'],
  ] as const)('formats the date in %s', (locale, expected, label) => {
    render(<ArticleHighlight title="T" date="2025-07-14" locale={locale} />);
    const time = screen.getByText(expected);
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2025-07-14');
    expect(time.parentElement).toHaveTextContent(`${label} ${expected}`);
    expect(screen.getByRole('article')).toHaveAttribute('lang', locale);
  });

  it('formats the date for a BCP 47 locale and accepts a Date', () => {
    const { rerender } = render(<ArticleHighlight {...fixtureProps(fixtures, 'feature-zh-hant')} locale="zh-HK" />);
    expect(screen.getByText('2025年1月15日').tagName).toBe('TIME');
    rerender(<ArticleHighlight {...fixtureProps(fixtures, 'feature-zh-hans')} date={new Date('2025-01-15T04:00:00Z')} locale="zh-CN" />);
    const time = screen.getByText('2025年1月15日');
    expect(time).toHaveAttribute('datetime', '2025-01-15T04:00:00.000Z');
    expect(screen.getByText(/发布日期/)).toBeInTheDocument();
  });

  it('has English labels without a locale prop', () => {
    render(<ArticleHighlight title={en.title} date={feature.date} />);
    expect(screen.getByText('15 January 2025')).toBeInTheDocument();
    expect(screen.getByText(/Published/)).toBeInTheDocument();
  });

  it('lets labels override the built-in text', () => {
    render(<ArticleHighlight title="T" date="2025-07-14" locale="zh-Hant" labels={{ published: '刊登於' }} />);
    expect(screen.getByText(/刊登於/)).toBeInTheDocument();
    expect(screen.queryByText(/發佈日期/)).not.toBeInTheDocument();
  });

  it('drops an invalid date with a dev warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleHighlight title="T" date="2025-02-30" />);
    expect(container.querySelector('time')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`date`'));
    for (const date of ['yesterday', 20250714, new Date('nope'), {}]) {
      const { container: again } = render(<ArticleHighlight {...loose({ title: 'T', date })} />);
      expect(again.querySelector('time')).toBeNull();
    }
    warn.mockRestore();
  });
});

describe('ArticleHighlight links', () => {
  it('links the title', () => {
    render(<ArticleHighlight title={en.title} href="/news/exchange" />);
    const heading = screen.getByRole('heading', { name: en.title });
    expect(within(heading).getByRole('link', { name: en.title })).toHaveAttribute('href', '/news/exchange');
  });

  it('has exactly one link in a clickable teaser, and keeps body links', () => {
    render(
      <ArticleHighlight title={en.title} href="https://example.org/a" variant="teaser" image={en.image}>
        <p>
          See <a href="/more">more</a>.
        </p>
      </ArticleHighlight>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([en.title, 'more']);
    expect(links[0]?.closest('a a')).toBeNull();
    expect(links[1]?.parentElement?.closest('a')).toBeNull();
  });

  it.each([...unsafeUrls, dataImageUrl])('drops the unsafe href %j and keeps the heading', (href) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ArticleHighlight title={en.title} href={href} variant="teaser" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: en.title })).toBeInTheDocument();
    warn.mockRestore();
  });
});

describe('ArticleHighlight image', () => {
  it('renders a lazy image in a figure with its caption', () => {
    render(<ArticleHighlight {...feature} />);
    const figure = screen.getByRole('figure');
    const img = within(figure).getByRole('img', { name: en.image.alt });
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('src', en.image.src);
    expect(within(figure).getByText(en.image.caption!).tagName).toBe('FIGCAPTION');
  });

  it('loads the image eagerly when asked (the feature image at the top of a page), lazily otherwise', () => {
    const { rerender } = render(<ArticleHighlight title="T" image={{ src: '/a.png', alt: 'A', loading: 'eager' }} />);
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'eager');
    rerender(<ArticleHighlight title="T" image={{ src: '/a.png', alt: 'A', loading: 'soon' as never }} />);
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'lazy');
  });

  it('gives the image its width and height, so its box is reserved before it loads; warns in a feature without them', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<ArticleHighlight title="T" image={{ src: '/a.png', alt: 'A', width: 1200, height: '675' as never }} />);
    expect(screen.getByRole('img')).toHaveAttribute('width', '1200');
    expect(screen.getByRole('img')).toHaveAttribute('height', '675');
    expect(warn).not.toHaveBeenCalled();
    rerender(<ArticleHighlight title="T" image={{ src: '/no-size.png', alt: 'A', width: 0, height: '12px' as never }} />);
    expect(screen.getByRole('img')).not.toHaveAttribute('width');
    expect(screen.getByRole('img')).not.toHaveAttribute('height');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ArticleHighlight: give `image.width` and `image.height` of "\/no-size.png"/));
    warn.mockClear();
    // A teaser's box has its own shape (3:2), so it needs neither.
    rerender(<ArticleHighlight title="T" variant="teaser" image={{ src: '/b.png', alt: 'B' }} />);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('has no figure without a caption, and an empty alt for a decorative image', () => {
    const { container } = render(<ArticleHighlight title="T" image={{ src: '/a.png', alt: '' }} variant="teaser" />);
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('treats a missing alt as decorative with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleHighlight {...loose({ title: 'T', image: { src: '/a.png' } })} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('image.alt'));
    warn.mockRestore();
  });

  it('allows data:image/png for src and drops unsafe src', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const { rerender } = render(<ArticleHighlight title="T" image={{ src: png, alt: 'A chart' }} />);
    expect(screen.getByRole('img', { name: 'A chart' })).toHaveAttribute('src', png);
    for (const src of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'data:image/svg+xml', 'vbscript:x']) {
      rerender(<ArticleHighlight title="T" image={{ src, alt: 'A chart' }} />);
      expect(screen.queryByRole('img')).not.toBeInTheDocument();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('image.src'));
    warn.mockRestore();
  });

  it('shows no image in the compact variant', () => {
    render(<ArticleHighlight {...fixtureProps(fixtures, 'compact-en')} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('20 February 2025')).toBeInTheDocument();
  });
});

describe('ArticleHighlight robustness', () => {
  it('renders every variant', () => {
    for (const variant of articleHighlightVariants) {
      const { unmount } = render(<ArticleHighlight title={`${variant} title`} variant={variant} href="/x" kicker="K" />);
      expect(screen.getByRole('article', { name: `${variant} title` })).toBeInTheDocument();
      unmount();
    }
  });

  it('survives wrong-typed and empty input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { title: 42, kicker: {}, lead: null, date: null, image: 'img.png', href: 7, variant: 'huge', labels: null, headingId: 3 },
      { title: null, kicker: '', lead: '   ', children: [], image: null, labels: 'x', locale: 12 },
      { title: {}, image: { src: null, alt: null, caption: 5 }, headingLevel: null, variant: null },
      { title: '', children: ['', '  '], date: '' },
    ];
    for (const props of hostile) {
      expect(() => render(<ArticleHighlight {...loose(props)} />)).not.toThrow();
    }
    expect(screen.getByRole('heading', { name: '42' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(4);
    // No empty headings and no labelledby pointing nowhere when the title is unusable.
    expect(screen.getAllByRole('heading')).toHaveLength(1);
    for (const article of screen.getAllByRole('article').slice(1)) expect(article).not.toHaveAttribute('aria-labelledby');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`title` is required'));
    warn.mockRestore();
  });

  it('renders 10,000-character strings', () => {
    const long = 'Exchange '.repeat(1112).slice(0, 10_000);
    const han = '交流計劃'.repeat(2500);
    render(<ArticleHighlight title={long} kicker={han} lead={long} href="/x" variant="teaser" image={{ src: '/a.png', alt: long, caption: han }} />);
    expect(screen.getByRole('heading').textContent).toHaveLength(long.trim().length);
    expect(screen.getByRole('img')).toHaveAttribute('alt', long.trim());
  });
});
