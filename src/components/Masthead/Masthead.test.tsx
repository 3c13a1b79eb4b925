import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { Masthead, type MastheadNavigationItem } from './index.js';

const navigation: MastheadNavigationItem[] = [
  { label: 'About us', href: '/about/' },
  { label: 'Exchange programme', href: '/programme/', current: true },
  { label: 'News', href: 'https://news.example.gov.hk/' },
];

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('Masthead: semantics', () => {
  it('is the banner, with the title linking home', () => {
    render(<Masthead title="Example Exchange Office" homeHref="/en/" />);
    const banner = screen.getByRole('banner');
    expect(banner.tagName).toBe('HEADER');
    expect(within(banner).getByRole('link', { name: 'Example Exchange Office' })).toHaveAttribute('href', '/en/');
    // The site title is not the page's heading.
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('shows the title as text when there is no home link', () => {
    render(<Masthead title="Example Exchange Office" />);
    expect(screen.getByText('Example Exchange Office')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('makes logo and title one link home; a logo alone is named by its own text alternative', () => {
    const { unmount } = render(<Masthead title="Example Exchange Office" homeHref="/" logo={<img src="/logo.svg" alt="" />} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Example Exchange Office' })).toContainElement(document.querySelector('img'));
    unmount();
    render(<Masthead homeHref="/" logo={<img src="/logo.svg" alt="Example Exchange Office home page" />} />);
    expect(screen.getByRole('link', { name: 'Example Exchange Office home page' })).toHaveAttribute('href', '/');
  });

  it('renders the navigation as a named list of links with the current one marked', () => {
    render(<Masthead title="Site" navigation={navigation} />);
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    const links = within(within(nav).getByRole('list')).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
      ['About us', '/about/', null],
      ['Exchange programme', '/programme/', 'page'],
      ['News', 'https://news.example.gov.hk/', null],
    ]);
  });

  it.each([
    ['en', 'Main menu'],
    ['zh-Hant', '主選單'],
    ['zh-HK', '主選單'],
    ['zh-Hans', '主菜单'],
    ['zh-CN', '主菜单'],
  ])('names the navigation in %s', (locale, name) => {
    render(<Masthead title="Site" navigation={navigation} locale={locale} />);
    expect(screen.getByRole('navigation', { name })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveAttribute('lang', locale);
  });

  it('lets labels rename the navigation, never with blank text', () => {
    const { unmount } = render(<Masthead title="Site" navigation={navigation} labels={{ navigation: 'Sections' }} />);
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    unmount();
    render(<Masthead title="Site" navigation={navigation} labels={{ navigation: ' \u200b ' }} />);
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });

  it('places the identity strip first and the language switcher before the text size control', () => {
    render(
      <Masthead
        title="Site"
        identity={<a href="https://portal.example/">Portal</a>}
        languageSwitcher={<a href="/tc/">繁體</a>}
        textSize={<button type="button">A</button>}
        navigation={navigation}
      />,
    );
    const focusables = [...screen.getByRole('banner').querySelectorAll('a, button')].map((el) => el.textContent);
    expect(focusables).toEqual(['Portal', '繁體', 'A', 'About us', 'Exchange programme', 'News']);
  });

  it('renders no empty parts', () => {
    render(<Masthead title="Site" identity="  " languageSwitcher={null} textSize={false} navigation={[]} />);
    const banner = screen.getByRole('banner');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(banner.querySelectorAll('div')).toHaveLength(2); // the bar and the brand
  });
});

describe('Masthead: URLs and bad input', () => {
  it.each(unsafeUrls)('drops %j: the title and the item stay as text', (href) => {
    const warn = warnSpy();
    render(<Masthead title="Site" homeHref={href} navigation={[{ label: 'Item', href, current: true }]} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Site')).toBeInTheDocument();
    expect(screen.getByText('Item')).toHaveAttribute('aria-current', 'page');
    warn.mockRestore();
  });

  it('warns naming the prop whose URL was dropped', () => {
    const warn = warnSpy();
    render(<Masthead title="Site" navigation={[{ label: 'X', href: 'masthead-test:x' }]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Masthead.*`navigation\[\]\.href`.*masthead-test:/));
    warn.mockRestore();
  });

  it('marks only the first current item', () => {
    const warn = warnSpy();
    render(
      <Masthead
        title="Site"
        navigation={[
          { label: 'A', href: '/a', current: true },
          { label: 'B', href: '/b', current: true },
        ]}
      />,
    );
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('aria-current'))).toEqual(['page', null]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('more than one'));
    warn.mockRestore();
  });

  it('skips navigation entries without a usable label and survives wrong-typed props', () => {
    const warn = warnSpy();
    const entries = [null, 'x', 7, { href: '/no-label' }, { label: '  ', href: '/blank' }, { label: 2025, href: 42, current: 'yes' }, { label: 'OK', href: '/ok' }];
    render(<Masthead title={{} as never} logo={undefined} homeHref={3 as never} navigation={entries as never} locale={[] as never} labels={'x' as never} />);
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2025', 'OK']);
    expect(screen.getByText('2025')).not.toHaveAttribute('aria-current');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('names no site'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped 5'));
    warn.mockRestore();
  });

  it('renders nothing when it has nothing to show', () => {
    const warn = warnSpy();
    const { container } = render(<Masthead title=" " identity={null} navigation={[]} />);
    expect(container).toBeEmptyDOMElement();
    warn.mockRestore();
  });

  it('ignores a navigation that is not an array', () => {
    render(<Masthead title="Site" navigation={{ label: 'A', href: '/a' } as never} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('renders a 10,000-character title', () => {
    const long = 'Office '.repeat(1500).slice(0, 10_000);
    render(<Masthead title={long} />);
    expect(screen.getByRole('banner')).toHaveTextContent(long.trim());
  });
});

describe('Masthead: the Menu and the search', () => {
  const five: MastheadNavigationItem[] = ['About us', 'Exchange programme', 'Partner cities', 'News', 'Contact us'].map((label, index) => ({
    label,
    href: `/${index}/`,
    current: index === 1,
  }));

  it('puts five links or more inside a native "Menu" disclosure, inside the named navigation', () => {
    render(<Masthead title="Site" navigation={five} />);
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    const details = nav.querySelector('details')!;
    expect(details).toHaveClass('bh-masthead__menu');
    expect(details).not.toHaveAttribute('open');
    const summary = details.firstElementChild!;
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary).toHaveClass('bh-masthead__menu-button');
    expect(summary).toHaveTextContent(/^Menu$/);
    expect(details.querySelector('ul.bh-masthead__nav-list')!.children).toHaveLength(5);
    expect(nav.parentElement).toHaveClass('bh-masthead__nav-row');
    expect(nav.querySelector('[aria-current="page"]')).toHaveTextContent('Exchange programme');
  });

  it('keeps four links or fewer, and any number with collapseNavigation="never", a plain list', () => {
    const { unmount } = render(<Masthead title="Site" navigation={five.slice(0, 4)} />);
    expect(screen.getByRole('navigation').querySelector('details')).toBeNull();
    unmount();
    render(<Masthead title="Site" navigation={five} collapseNavigation="never" />);
    const nav = screen.getByRole('navigation');
    expect(nav.querySelector('details')).toBeNull();
    expect(nav.firstElementChild).toHaveClass('bh-masthead__nav-list');
    expect(within(nav).getAllByRole('link')).toHaveLength(5);
  });

  it('counts only the links it shows, and collapses for an unknown collapseNavigation', () => {
    const { unmount } = render(<Masthead title="Site" navigation={[...five.slice(0, 4), { label: ' ', href: '/blank/' }]} />);
    expect(screen.getByRole('navigation').querySelector('details')).toBeNull();
    unmount();
    render(<Masthead title="Site" navigation={five} collapseNavigation={'sometimes' as never} />);
    expect(screen.getByRole('navigation').querySelector('details')).not.toBeNull();
  });

  it.each([
    ['zh-Hant', '主選單', '選單'],
    ['zh-Hans', '主菜单', '菜单'],
  ])('names the Menu in %s, and takes its own label', (locale, navigationLabel, menuLabel) => {
    const { unmount } = render(<Masthead title="Site" navigation={five} locale={locale} />);
    expect(screen.getByRole('navigation', { name: navigationLabel }).querySelector('summary')).toHaveTextContent(menuLabel);
    unmount();
    render(<Masthead title="Site" navigation={five} labels={{ menu: 'Sections' }} />);
    expect(screen.getByRole('navigation').querySelector('summary')).toHaveTextContent('Sections');
  });

  it('places the search after the navigation, outside the Menu, always there', () => {
    render(<Masthead title="Site" navigation={five} search={<form role="search" aria-label="Search this site" />} />);
    const search = screen.getByRole('search');
    expect(search.parentElement).toHaveClass('bh-masthead__search');
    expect(search.closest('details')).toBeNull();
    expect(search.parentElement!.previousElementSibling).toBe(screen.getByRole('navigation'));
  });

  it('shows a search alone, and leaves out a search that renders nothing', () => {
    const { unmount } = render(<Masthead search={<form role="search" aria-label="Search" />} />);
    expect(screen.getByRole('search').closest('.bh-masthead__nav-row')).not.toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    unmount();
    const spy = warnSpy();
    render(<Masthead title="Site" search={false} />);
    expect(document.querySelector('.bh-masthead__nav-row')).toBeNull();
    spy.mockRestore();
  });
});
