import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { RevisionDates } from '../RevisionDates/index.js';
import { SiteFooter } from './index.js';

const privacyOnly = [{ links: [{ label: 'Privacy policy', href: '/privacy' }] }];

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

const linkTexts = () => screen.queryAllByRole('link').map((a) => a.textContent);

describe('SiteFooter: the footer and its nav', () => {
  it.each([
    ['en', 'Footer links'],
    ['zh-Hant', '頁尾連結'],
    ['zh-HK', '頁尾連結'],
    ['zh-Hans', '页尾链接'],
  ])('is a footer with a nav named in %s', (locale, navName) => {
    render(<SiteFooter locale={locale} groups={privacyOnly} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer.tagName).toBe('FOOTER');
    expect(footer).toHaveAttribute('lang', locale);
    const nav = within(footer).getByRole('navigation', { name: navName });
    expect(within(nav).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Privacy policy', '/privacy']]);
  });

  it('lets labels rename the nav, never with blank text', () => {
    const { rerender } = render(<SiteFooter groups={privacyOnly} labels={{ navigation: 'Site links' }} />);
    expect(screen.getByRole('navigation', { name: 'Site links' })).toBeInTheDocument();
    rerender(<SiteFooter groups={privacyOnly} labels={{ navigation: '\u200b' }} />);
    expect(screen.getByRole('navigation', { name: 'Footer links' })).toBeInTheDocument();
  });

  it('shows one group without a heading as a row of links', () => {
    render(<SiteFooter groups={[{ links: [{ label: 'Privacy policy', href: '/privacy' }, { label: 'Contact us', href: '/contact' }] }]} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getAllByRole('list')).toHaveLength(1);
    expect(screen.getByRole('contentinfo')).not.toHaveClass('bh-site-footer--grouped');
  });
});

describe('SiteFooter: groups', () => {
  const groups = [
    { heading: 'About us', links: [{ label: 'Who we are', href: '/about' }] },
    { heading: 'This site', links: [{ label: 'Privacy policy', href: '/privacy' }, { label: 'Contact us', href: 'mailto:enquiry@example.gov.hk' }] },
  ];

  it('renders the site\'s groups under headings, in columns', () => {
    render(<SiteFooter groups={groups} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['About us', 'This site']);
    expect(screen.getAllByRole('list')).toHaveLength(2);
    expect(linkTexts()).toEqual(['Who we are', 'Privacy policy', 'Contact us']);
    expect(screen.getByRole('contentinfo')).toHaveClass('bh-site-footer--grouped');
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
          { heading: ' ' } as never,
        ]}
      />,
    );
    expect(linkTexts()).toEqual(['Kept']);
    expect(screen.queryByRole('heading')).toBeNull();
    const warnings = warn.mock.calls.map(([message]) => String(message));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('left out 2 link(s) of groups[0]'),
        expect.stringContaining('left out 2 link(s) of groups[1]'),
        expect.stringContaining('left out 3 group(s)'),
      ]),
    );
    // A group left out says nothing of its heading, which is never shown.
    expect(warnings.some((message) => message.includes('groups[].heading'))).toBe(false);
    warn.mockRestore();
  });
});

describe('SiteFooter: copyright and dates', () => {
  it('shows the copyright line as given, with no owner built in', () => {
    render(<SiteFooter copyright="© 2025 Example Exchange Office" />);
    expect(screen.getByText('© 2025 Example Exchange Office').tagName).toBe('P');
    expect(screen.getByRole('contentinfo').textContent).toBe('© 2025 Example Exchange Office');
  });

  it.each([
    ['en', '© 2025 Example Exchange Office', ['Last revision date', 'Review date'], ['14 July 2025', '31 July 2025']],
    ['zh-Hant', '2025 © 示例交流辦公室', ['修訂日期', '覆檢日期'], ['2025年7月14日', '2025年7月31日']],
    ['zh-Hans', '2025 © 示例交流办公室', ['修订日期', '复检日期'], ['2025年7月14日', '2025年7月31日']],
  ])('places the dates slot beside the copyright line in %s', (locale, copyright, labels, dates) => {
    render(
      <SiteFooter
        locale={locale}
        groups={privacyOnly}
        copyright={copyright}
        dates={<RevisionDates locale={locale} revisionDate="2025-07-14" reviewDate="2025-07-31" />}
      />,
    );
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getAllByRole('term').map((t) => t.textContent)).toEqual(labels);
    expect([...footer.querySelectorAll('time')].map((t) => t.textContent)).toEqual(dates);
    // One row: the copyright line, then the dates, after the links.
    const line = within(footer).getByText(copyright);
    const list = within(footer).getAllByRole('term')[0]!.closest('dl')!;
    expect(list.parentElement).toBe(line.parentElement);
    expect(line.nextElementSibling).toBe(list);
    expect(within(footer).getByRole('navigation').compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the dates without a copyright line', () => {
    render(<SiteFooter dates={<RevisionDates revisionDate="2025-07-14" />} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Last revision date14 July 2025');
    expect(within(footer).queryByRole('paragraph')).toBeNull();
  });

  it('takes any content in the dates slot', () => {
    render(<SiteFooter copyright="©" dates={<p>Updated weekly</p>} />);
    expect(screen.getByText('Updated weekly').parentElement).toBe(screen.getByText('©').parentElement);
  });
});

describe('SiteFooter: slots and bad input', () => {
  it('places the back-to-top link first and the badges after the links', () => {
    render(<SiteFooter groups={privacyOnly} backToTop={<a href="#top">Back to top</a>} badges={<img src="/badge.png" alt="Accessibility award" />} copyright="©" />);
    const footer = screen.getByRole('contentinfo');
    const order = [...footer.querySelectorAll('a, img')].map((el) => el.textContent || el.getAttribute('alt'));
    expect(order).toEqual(['Back to top', 'Privacy policy', 'Accessibility award']);
  });

  it('renders nothing, with a warning, when there is nothing to show', () => {
    const warn = warnSpy();
    const { container } = render(<SiteFooter groups={[]} copyright="  " dates={[null, ' ', false]} badges={null} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered nothing'));
    warn.mockRestore();
  });

  it.each(unsafeUrls)('never writes %j into an href', (href) => {
    const warn = warnSpy();
    render(<SiteFooter groups={[{ heading: 'This site', links: [{ label: 'Privacy policy', href }] }]} copyright="©" />);
    expect(screen.queryByRole('link')).toBeNull();
    warn.mockRestore();
  });

  it('survives wrong-typed props', () => {
    const warn = warnSpy();
    render(<SiteFooter groups={'x' as never} copyright={2025 as never} locale={{} as never} labels={7 as never} headingLevel={'9' as never} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('2025');
    warn.mockRestore();
  });
});
