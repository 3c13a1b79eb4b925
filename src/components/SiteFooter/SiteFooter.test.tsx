import { createRef } from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { SiteFooter, siteFooterLinkNames } from './index.js';

const allLinks = Object.fromEntries(siteFooterLinkNames.map((name) => [name, `/${name}`]));

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

const linkTexts = () => screen.queryAllByRole('link').map((a) => a.textContent);

describe('SiteFooter: the built-in links', () => {
  it.each([
    ['en', 'Footer links', ['Accessibility', 'Privacy policy', 'Copyright notice', 'Important notices', 'Site map', 'Contact us']],
    ['zh-Hant', '頁尾連結', ['無障礙瀏覽', '私隱政策', '版權告示', '重要告示', '網頁指南', '聯絡我們']],
    ['zh-HK', '頁尾連結', ['無障礙瀏覽', '私隱政策', '版權告示', '重要告示', '網頁指南', '聯絡我們']],
    ['zh-Hans', '页尾链接', ['无障碍浏览', '私隐政策', '版权告示', '重要告示', '网页指南', '联络我们']],
  ])('labels them in %s, in a named nav, with the site\'s URLs', (locale, navName, labels) => {
    render(<SiteFooter locale={locale} links={allLinks} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer.tagName).toBe('FOOTER');
    expect(footer).toHaveAttribute('lang', locale);
    const nav = within(footer).getByRole('navigation', { name: navName });
    expect(within(nav).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual(labels.map((label, i) => [label, `/${siteFooterLinkNames[i]}`]));
  });

  it('leaves out a built-in link without a usable URL', () => {
    const warn = warnSpy();
    render(<SiteFooter links={{ privacy: '/privacy', siteMap: '  ', contactUs: 'javascript:alert(1)', accessibility: 42 as never }} />);
    expect(linkTexts()).toEqual(['Privacy policy']);
    warn.mockRestore();
  });

  it('lets labels rename the built-in links, never with blank text', () => {
    render(<SiteFooter links={{ privacy: '/p', disclaimer: '/d' }} labels={{ disclaimer: 'Disclaimer', privacy: '\u200b' }} />);
    expect(linkTexts()).toEqual(['Privacy policy', 'Disclaimer']);
  });
});

describe('SiteFooter: groups', () => {
  const groups = [
    { heading: 'About us', links: [{ label: 'Who we are', href: '/about' }] },
    { heading: 'This site', links: [{ label: 'Privacy policy', href: '/privacy' }, { label: 'Contact us', href: 'mailto:enquiry@example.gov.hk' }] },
  ];

  it('renders the site\'s groups under headings instead of the built-in links', () => {
    const warn = warnSpy();
    render(<SiteFooter groups={groups} links={allLinks} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['About us', 'This site']);
    expect(screen.getAllByRole('list')).toHaveLength(2);
    expect(linkTexts()).toEqual(['Who we are', 'Privacy policy', 'Contact us']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`links` is ignored'));
    warn.mockRestore();
  });

  it('takes the heading level', () => {
    render(<SiteFooter groups={groups} headingLevel={3} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('leaves out links without a label or a safe URL, and groups left empty', () => {
    const warn = warnSpy();
    render(
      <SiteFooter
        groups={[
          { heading: 'Empty', links: [{ label: ' ', href: '/a' }, { label: 'Bad', href: 'vbscript:x' }] },
          { links: [null, 'x', { label: 'Kept', href: '/kept' }] as never },
          'not a group' as never,
          { heading: 'No links' } as never,
        ]}
      />,
    );
    expect(linkTexts()).toEqual(['Kept']);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('left out'));
    warn.mockRestore();
  });
});

describe('SiteFooter: dates and copyright', () => {
  it.each([
    ['en', 'Last revision date', '14 July 2025', 'Review date', '1 January 2026'],
    ['zh-Hant', '修訂日期', '2025年7月14日', '覆檢日期', '2026年1月1日'],
    ['zh-Hans', '修订日期', '2025年7月14日', '复检日期', '2026年1月1日'],
  ])('writes the dates as <time> in %s', (locale, revisionLabel, revision, reviewLabel, review) => {
    // The review date is an instant: 16:30 UTC on 31 December is 1 January in Hong Kong.
    render(<SiteFooter locale={locale} revisionDate="2025-07-14" reviewDate="2025-12-31T16:30:00Z" />);
    const terms = screen.getAllByRole('term');
    expect(terms.map((t) => t.textContent)).toEqual([revisionLabel, reviewLabel]);
    const times = screen.getByRole('contentinfo').querySelectorAll('time');
    expect([...times].map((t) => [t.textContent, t.getAttribute('datetime')])).toEqual([
      [revision, '2025-07-14'],
      [review, '2025-12-31T16:30:00Z'],
    ]);
  });

  it('accepts a Date', () => {
    render(<SiteFooter revisionDate={new Date(Date.UTC(2025, 6, 14, 2))} />);
    expect(screen.getByText('14 July 2025')).toHaveAttribute('datetime', '2025-07-14T02:00:00.000Z');
  });

  it.each([['14/07/2025'], ['2025-02-30'], [new Date('nope')], [20250714], [{}]])('leaves out an invalid date (%j)', (value) => {
    const warn = warnSpy();
    render(<SiteFooter revisionDate={value as never} reviewDate="2025-07-31" copyright="© 2025 Example" />);
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Review date']);
    warn.mockRestore();
  });

  it('warns about an invalid date, naming the prop', () => {
    const warn = warnSpy();
    // Each warning is shown once per page: this prop is the one no other test gets wrong.
    render(<SiteFooter reviewDate="31.07.2025" copyright="©" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`reviewDate` is not a valid'));
    warn.mockRestore();
  });

  it('shows the copyright line as given, with no owner built in', () => {
    render(<SiteFooter copyright="© 2025 Example Exchange Office" />);
    expect(screen.getByText('© 2025 Example Exchange Office').tagName).toBe('P');
    expect(screen.getByRole('contentinfo').textContent).toBe('© 2025 Example Exchange Office');
  });
});

describe('SiteFooter: slots and bad input', () => {
  it('places the back-to-top link first and the badges after the links', () => {
    render(<SiteFooter links={{ privacy: '/p' }} backToTop={<a href="#top">Back to top</a>} badges={<img src="/badge.png" alt="Accessibility award" />} copyright="©" />);
    const footer = screen.getByRole('contentinfo');
    const order = [...footer.querySelectorAll('a, img')].map((el) => el.textContent || el.getAttribute('alt'));
    expect(order).toEqual(['Back to top', 'Privacy policy', 'Accessibility award']);
  });

  it('renders nothing, with a warning, when there is nothing to show', () => {
    const warn = warnSpy();
    const { container } = render(<SiteFooter links={{}} copyright="  " revisionDate="bad" badges={null} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered nothing'));
    warn.mockRestore();
  });

  it.each(unsafeUrls)('never writes %j into an href', (href) => {
    const warn = warnSpy();
    render(<SiteFooter links={{ privacy: href }} groups={undefined} copyright="©" />);
    expect(screen.queryByRole('link')).toBeNull();
    warn.mockRestore();
  });

  it('survives wrong-typed props', () => {
    const warn = warnSpy();
    render(<SiteFooter groups={'x' as never} links={'y' as never} copyright={2025 as never} locale={{} as never} labels={7 as never} headingLevel={'9' as never} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('2025');
    warn.mockRestore();
  });
});

describe('SiteFooter: root', () => {
  it('forwards a ref and passes className and DOM attributes through', () => {
    const ref = createRef<HTMLElement>();
    render(<SiteFooter ref={ref} copyright="©" className="site-footer" id="footer" data-testid="f" />);
    const root = screen.getByTestId('f');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('site-footer');
    expect(root).toHaveAttribute('id', 'footer');
  });

  it('names its render function, which React DevTools shows', () => {
    expect((SiteFooter as unknown as { render: { name: string } }).render.name).toBe('SiteFooter');
  });
});
