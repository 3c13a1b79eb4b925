import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dataImageUrl, unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { LanguageSwitcher, type LanguageLinks, type LanguageSwitcherProps } from './index.js';

const links: LanguageLinks = { 'zh-Hant': '/tc/page.html', 'zh-Hans': '/sc/page.html', en: '/en/page.html' };

/** Each item's text, with "*" after the current one. */
const items = () => screen.getAllByRole('listitem').map((li) => `${li.textContent}${li.getAttribute('aria-current') === 'true' ? '*' : ''}`);

describe('LanguageSwitcher: semantics', () => {
  it('is a navigation named "Languages" holding a list, 繁體 / 简体 / English in that order', () => {
    render(<LanguageSwitcher current="en" links={links} />);
    const nav = screen.getByRole('navigation', { name: 'Languages' });
    expect(nav.tagName).toBe('NAV');
    expect(within(nav).getByRole('list').tagName).toBe('UL');
    expect(items()).toEqual(['繁體', '简体', 'English*']);
  });

  it('links the other languages with lang and hreflang, each named in its own language', () => {
    render(<LanguageSwitcher current="en" links={links} />);
    const traditional = screen.getByRole('link', { name: '繁體' });
    expect(traditional).toHaveAttribute('href', '/tc/page.html');
    expect(traditional).toHaveAttribute('lang', 'zh-Hant');
    expect(traditional).toHaveAttribute('hreflang', 'zh-Hant');
    const simplified = screen.getByRole('link', { name: '简体' });
    expect(simplified).toHaveAttribute('href', '/sc/page.html');
    expect(simplified).toHaveAttribute('lang', 'zh-Hans');
    expect(simplified).toHaveAttribute('hreflang', 'zh-Hans');
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('shows the current language as text, not a link, with aria-current="true" and its lang', () => {
    render(<LanguageSwitcher current="zh-Hant" links={links} />);
    expect(screen.queryByRole('link', { name: '繁體' })).toBeNull();
    const current = screen.getByText('繁體');
    expect(current.tagName).toBe('LI');
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
  });

  it('reads the current language from any BCP 47 tag', () => {
    const { rerender } = render(<LanguageSwitcher current="zh-HK" links={links} />);
    expect(items()).toEqual(['繁體*', '简体', 'English']);
    rerender(<LanguageSwitcher current="zh-CN" links={links} />);
    expect(items()).toEqual(['繁體', '简体*', 'English']);
  });
});

describe('LanguageSwitcher: the navigation label follows the page language', () => {
  it.each([
    ['en', 'Languages'],
    ['zh-Hant', '語言'],
    ['zh-HK', '語言'],
    ['zh-Hans', '语言'],
    ['zh-CN', '语言'],
  ])('current %s: the navigation is named %s; with locale it also carries lang', (current, name) => {
    const { rerender } = render(<LanguageSwitcher current={current} links={links} />);
    expect(screen.getByRole('navigation', { name })).not.toHaveAttribute('lang');
    rerender(<LanguageSwitcher current={current} locale={current} links={links} />);
    expect(screen.getByRole('navigation', { name })).toHaveAttribute('lang', current);
  });

  it('takes locale for the label when the page language differs from current', () => {
    render(<LanguageSwitcher current="en" locale="zh-Hant" links={links} />);
    expect(screen.getByRole('navigation', { name: '語言' })).toHaveAttribute('lang', 'zh-Hant');
    expect(items()).toEqual(['繁體', '简体', 'English*']);
  });

  it('uses locale as the current language when current is not given', () => {
    render(<LanguageSwitcher locale="zh-Hans" links={links} />);
    expect(items()).toEqual(['繁體', '简体*', 'English']);
  });

  it('takes a label override, and keeps the built-in label for a blank one', () => {
    const { rerender } = render(<LanguageSwitcher current="en" links={links} labels={{ languages: 'Other languages' }} />);
    expect(screen.getByRole('navigation', { name: 'Other languages' })).toBeInTheDocument();
    rerender(<LanguageSwitcher current="en" links={links} labels={{ languages: ' ' }} />);
    expect(screen.getByRole('navigation', { name: 'Languages' })).toBeInTheDocument();
  });
});

describe('LanguageSwitcher: order and names', () => {
  it('follows the given order; languages it leaves out follow in the default order', () => {
    const { rerender } = render(<LanguageSwitcher current="en" links={links} order={['en', 'zh-Hans', 'zh-Hant']} />);
    expect(items()).toEqual(['English*', '简体', '繁體']);
    rerender(<LanguageSwitcher current="en" links={links} order={['en']} />);
    expect(items()).toEqual(['English*', '繁體', '简体']);
  });

  it('ignores unknown and repeated entries in the order', () => {
    render(<LanguageSwitcher current="en" links={links} order={['fr', 'zh-Hans', 'zh-Hans', null, 'zh-HK'] as never} />);
    expect(items()).toEqual(['简体', '繁體', 'English*']);
  });

  it('takes replacement names, trimmed, and keeps the default for blank or wrong-typed ones', () => {
    render(<LanguageSwitcher current="zh-Hant" links={links} names={{ 'zh-Hant': ' 繁體版 ', 'zh-Hans': '', en: 42 as never }} />);
    expect(items()).toEqual(['繁體版*', '简体', '42']);
    expect(screen.getByRole('link', { name: '42' })).toHaveAttribute('lang', 'en');
  });
});

describe('LanguageSwitcher: URLs', () => {
  it('leaves out a language without a URL', () => {
    render(<LanguageSwitcher current="zh-Hans" links={{ 'zh-Hant': '/tc/page.html' }} />);
    expect(items()).toEqual(['繁體', '简体*']);
  });

  it('needs no URL for the current language and ignores one given', () => {
    render(<LanguageSwitcher current="en" links={{ en: 'https://example.org/en', 'zh-Hant': 'https://example.org/tc' }} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['https://example.org/tc']);
  });

  it.each([...unsafeUrls, dataImageUrl])('leaves out a language whose URL is unsafe: %j', (url) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<LanguageSwitcher current="en" links={{ 'zh-Hant': url, 'zh-Hans': '/sc/' }} />);
    expect(items()).toEqual(['简体', 'English*']);
    warn.mockRestore();
  });

  it('renders nothing, and warns in development, when only the current language is left', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of [{}, { en: '/en/' }, { 'zh-Hant': 'javascript:alert(1)' }, null, undefined, 'links', []]) {
      const { container, unmount } = render(<LanguageSwitcher current="en" links={bad as never} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('LanguageSwitcher: rendered nothing'));
    warn.mockRestore();
  });
});

describe('LanguageSwitcher: root props and hostile input', () => {

  it('never throws on wrong-typed input from JavaScript callers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { current: 12, links: { 'zh-Hant': 5, 'zh-Hans': ['/sc/'], en: '/en/' }, order: 'en', names: 'English', locale: {}, labels: 'x' },
      { current: null, links: { 'zh-Hant': '/tc/' }, order: [{}, 1], names: null, locale: 'not a tag!!', labels: { languages: 5 } },
      { current: Symbol('x'), links: Object.create(null), order: null, names: [], labels: null },
    ];
    for (const props of hostile) {
      const { unmount } = render(<LanguageSwitcher {...(props as unknown as LanguageSwitcherProps)} />);
      unmount();
    }
    render(<LanguageSwitcher {...(hostile[1] as unknown as LanguageSwitcherProps)} />);
    expect(screen.getByRole('navigation', { name: 'Languages' })).toBeInTheDocument();
    expect(items()).toEqual(['繁體', 'English*']);
    warn.mockRestore();
  });

  it('keeps a 10,000-character name intact', () => {
    const long = '繁體中文版本'.repeat(2000);
    render(<LanguageSwitcher current="en" links={links} names={{ 'zh-Hant': long }} />);
    expect(screen.getByRole('link', { name: long }).textContent).toHaveLength(12_000);
  });
});
