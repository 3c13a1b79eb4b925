import { renderToStaticMarkup } from 'react-dom/server';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../i18n/locale.js';
import { PageTemplate, type PageTemplateProps } from './index.js';

const complete: PageTemplateProps = {
  masthead: {
    title: 'Example Exchange Office',
    homeHref: '/tc/',
    identity: <a href="https://www.example.gov.hk/">Portal</a>,
    navigation: [
      { label: 'Home', href: '/tc/' },
      { label: 'Newsletter', href: '/tc/newsletter/', current: true },
    ],
  },
  languages: { en: '/en/page.html', 'zh-Hant': '/tc/page.html', 'zh-Hans': '/sc/page.html' },
  breadcrumbs: [{ label: 'Home', href: '/tc/' }, { label: 'This page' }],
  notice: <p>Site notice</p>,
  footer: {
    links: { accessibility: '/tc/accessibility.html', disclaimer: '/tc/notices.html', contactUs: '/tc/contact/' },
    groups: [{ heading: 'About', links: [{ label: 'Our office', href: '/tc/about/' }] }],
    copyright: '© 2025 Example Exchange Office',
    revisionDate: '2025-01-20',
    reviewDate: '2025-07-31',
  },
};

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('PageTemplate: the skeleton', () => {
  it('renders skip link, notice, masthead, breadcrumbs, main and footer, in that order', () => {
    const { container } = render(
      <PageTemplate {...complete}>
        <h1>Page title</h1>
      </PageTemplate>,
    );
    const order = [
      screen.getByRole('link', { name: 'Skip to main content' }),
      screen.getByText('Site notice'),
      screen.getByRole('banner'),
      screen.getByRole('navigation', { name: 'Breadcrumb' }),
      screen.getByRole('main'),
      screen.getByRole('contentinfo'),
    ];
    const all = [...container.querySelectorAll('*')];
    expect(order.map((el) => all.indexOf(el))).toEqual([...order.map((el) => all.indexOf(el))].sort((a, b) => a - b));
    expect(order.every((el) => all.includes(el))).toBe(true);
    // The skip link is the first thing focusable, and it leads to <main>.
    expect(container.querySelector('a, button')).toBe(order[0]);
    expect(order[0]).toHaveAttribute('href', `#${screen.getByRole('main').id}`);
    expect(within(screen.getByRole('main')).getByRole('heading', { name: 'Page title' })).toBeInTheDocument();
  });

  it('fills the masthead: title home, identity strip, navigation, language switcher, then the text size control', async () => {
    render(<PageTemplate {...complete} />);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Example Exchange Office' })).toHaveAttribute('href', '/tc/');
    expect(within(banner).getByRole('link', { name: 'Portal' })).toBeInTheDocument();
    expect(within(banner).getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    const languages = within(banner).getByRole('navigation', { name: 'Languages' });
    expect(within(languages).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/tc/page.html', '/sc/page.html']);
    // The client component mounts its buttons after the first render.
    const textSize = await within(banner).findByRole('group', { name: 'Text size' });
    expect(languages.compareDocumentPosition(textSize) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('fills the footer: back to top first, the site\'s groups, the usual links by name, copyright and dates', () => {
    render(<PageTemplate {...complete} />);
    const footer = screen.getByRole('contentinfo');
    const links = within(footer).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Back to top');
    expect(links.map((a) => a.textContent)).toEqual(['Back to top', 'Our office', 'Accessibility', 'Important notices', 'Contact us']);
    expect(within(footer).getByText('© 2025 Example Exchange Office')).toBeInTheDocument();
    expect(within(footer).getByText('20 January 2025').closest('time')).toHaveAttribute('datetime', '2025-01-20');
    expect(within(footer).getByText('31 July 2025')).toBeInTheDocument();
    // Back to top leads to the masthead, the top of the page.
    expect(links[0]).toHaveAttribute('href', '#top');
    expect(screen.getByRole('banner')).toHaveAttribute('id', 'top');
  });

  it('leaves out what it is not given: switcher, text size, breadcrumbs, back to top, footer links', () => {
    const warn = warnSpy();
    const { container } = render(
      <PageTemplate masthead={{ title: 'Site' }} textSize={false} backToTop={false}>
        Content
      </PageTemplate>,
    );
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
    expect(container.querySelector('.bh-text-size-control')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.getByRole('main')).toHaveTextContent('Content');
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Skip to main content']);
    warn.mockRestore();
  });
});

describe('PageTemplate: one locale for the whole page', () => {
  const zhHant = {
    skip: '跳至主要內容',
    menu: '主選單',
    languages: '語言',
    breadcrumb: '導覽路徑',
    footer: '頁尾連結',
    backToTop: '返回頁首',
    accessibility: '無障礙瀏覽',
    revision: '修訂日期',
    date: '2025年1月20日',
    textSize: '字體大小',
  };

  it.each(['zh-Hant', 'tc'])('locale="%s" once: every part in Traditional Chinese, every part marked lang="zh-Hant"', async (locale) => {
    const { container } = render(<PageTemplate {...complete} locale={locale} />);
    expect(screen.getByRole('link', { name: zhHant.skip })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: zhHant.menu })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: zhHant.languages })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: zhHant.breadcrumb })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: zhHant.footer })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: zhHant.backToTop })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: zhHant.accessibility })).toBeInTheDocument();
    expect(screen.getByText(zhHant.revision)).toBeInTheDocument();
    expect(screen.getByText(zhHant.date)).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: zhHant.textSize })).toBeInTheDocument();
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('lang', 'zh-Hant');
    // Each part it renders carries the page's language on its own root too (the same HTML as a part used alone).
    // (A component's root carries the shared class bh-component.)
    const parts = [...root.querySelectorAll('.bh-component')];
    expect(parts.length).toBe(8); // skip link, masthead, switcher, text size, breadcrumbs, footer, back to top, dates
    expect(parts.map((el) => el.getAttribute('lang'))).toEqual(parts.map(() => 'zh-Hant'));
    expect(container.innerHTML).not.toMatch(/Skip to|Main menu|Back to top|Breadcrumb/);
  });

  it('hands the resolved locale to a children function, so the content needs no locale of its own', () => {
    const seen: Locale[] = [];
    render(
      <PageTemplate locale="sc" masthead={{ title: 'Site' }} textSize={false}>
        {(locale) => {
          seen.push(locale);
          return <p>{locale}</p>;
        }}
      </PageTemplate>,
    );
    expect(seen).toEqual(['zh-Hans']);
    expect(screen.getByRole('main')).toHaveTextContent('zh-Hans');
    expect(screen.getByRole('link', { name: '跳至主要内容' })).toBeInTheDocument();
  });

  it('warns in development once about a language it has no labels for, and shows English', () => {
    const warn = warnSpy();
    render(<PageTemplate {...complete} locale="page-template-probe" />);
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    const calls = warn.mock.calls.filter(([message]) => String(message).includes('"page-template-probe" is not a language'));
    expect(calls).toHaveLength(1);
    warn.mockRestore();
  });
});

describe('PageTemplate: ids and bad input', () => {
  it('gives <main> the skip link\'s target, the caller\'s id when usable', () => {
    const warn = warnSpy();
    const { unmount } = render(<PageTemplate masthead={{ title: 'Site' }} mainId="#content" />);
    expect(screen.getByRole('main')).toHaveAttribute('id', 'content');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#content');
    unmount();
    render(<PageTemplate masthead={{ title: 'Site' }} mainId="two words" />);
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`mainId` must be an id'));
    warn.mockRestore();
  });

  it('survives wrong-typed props', () => {
    const warn = warnSpy();
    const bad = { masthead: 'x', footer: 42, languages: 'en', breadcrumbs: { label: 'x' }, textSize: 'no', backToTop: null, locale: [] } as unknown as PageTemplateProps;
    render(<PageTemplate {...bad}>Content</PageTemplate>);
    expect(screen.getByRole('main')).toHaveTextContent('Content');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    warn.mockRestore();
  });

  it('renders on the server with no hooks of its own (the text size control leaves its placeholder)', () => {
    const html = renderToStaticMarkup(<PageTemplate {...complete} locale="zh-Hant" />);
    expect(html).toMatch(/^<div class="bh-page-template[^"]*" lang="zh-Hant"><a [^>]*href="#main-content"/);
    expect(html).toContain('bh-text-size-control--pending');
    expect(html).not.toContain('<button');
  });
});
