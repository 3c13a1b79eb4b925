import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { DownloadLink, type DownloadLinkProps } from './index.js';
import { template } from './DownloadLink.model.js';
import { fileSize } from './fileFacts.js';

const nbsp = '\u00a0';
const linkText = () => screen.getByRole('link').textContent;

describe('fileSize', () => {
  it.each([
    [1, '1 KB'],
    [999, '1 KB'],
    [1_000, '1 KB'],
    [1_049, '1 KB'],
    [1_050, '1.1 KB'],
    [9_949, '9.9 KB'],
    [9_950, '10 KB'],
    [48_000, '48 KB'],
    [999_499, '999 KB'],
    [999_500, '1 MB'],
    [1_234_567, '1.2 MB'],
    [2_000_000, '2 MB'],
    [9_950_000, '10 MB'],
    [1_500_000_000, '1.5 GB'],
    [3e12, '3 TB'],
    [1.5e15, '1500 TB'],
  ])('%d bytes is %s', (bytes, shown) => {
    expect(fileSize(bytes)).toBe(shown.replace(' ', nbsp));
  });
});

describe('DownloadLink', () => {
  it('says the type, size and pages inside the link, in English punctuation', () => {
    render(
      <DownloadLink href="/files/newsletter.pdf" fileType="pdf" size={1_234_567} pages={12}>
        PDF version
      </DownloadLink>,
    );
    const link = screen.getByRole('link', { name: `PDF version (PDF, 1.2${nbsp}MB, 12 pages)` });
    expect(link).toHaveAttribute('href', '/files/newsletter.pdf');
    expect(link).not.toHaveAttribute('hreflang');
    expect(link).toHaveClass('bh-link', 'bh-download-link__link');
    expect(link.querySelector('bdi')).toHaveTextContent(/^PDF version$/);
    expect(link.querySelector('.bh-download-link__meta')).toHaveTextContent(/^\(PDF, 1\.2 MB, 12 pages\)$/);
    expect(link.closest('p')).toHaveClass('bh-component', 'bh-download-link');
    // The icon is drawn by the stylesheet: an empty element, nothing to read out.
    expect(link.closest('p')!.firstElementChild).toHaveClass('bh-download-link__icon');
    expect(link.closest('p')!.firstElementChild).toBeEmptyDOMElement();
  });

  it('writes Chinese metadata with full-width parentheses and commas, and no space before them', () => {
    const { rerender } = render(
      <DownloadLink locale="zh-Hant" href="/a.pdf" fileType="PDF" size={1_234_567} pages={1}>
        本期 PDF 版本
      </DownloadLink>,
    );
    expect(linkText()).toBe(`本期 PDF 版本（PDF，1.2${nbsp}MB，1 頁）`);
    rerender(
      <DownloadLink locale="sc" href="/a.pdf" fileType="PDF" pages={12}>
        本期 PDF 版本
      </DownloadLink>,
    );
    expect(linkText()).toBe('本期 PDF 版本（PDF，12 页）');
  });

  it('says one page and many pages', () => {
    const { rerender } = render(<DownloadLink href="/a" pages={1}>Guide</DownloadLink>);
    expect(linkText()).toBe('Guide (1 page)');
    rerender(<DownloadLink href="/a" pages={2} labels={{ pages: '{count} sheets' }}>Guide</DownloadLink>);
    expect(linkText()).toBe('Guide (2 sheets)');
  });

  it('says the type given in `fileType`, in capitals, and never guesses it from the URL', () => {
    const { rerender } = render(<DownloadLink href="/files/a.pdf?v=2">Guide</DownloadLink>);
    expect(linkText()).toBe('Guide');
    rerender(<DownloadLink href="/files/a.pdf?v=2" fileType="docx">Guide</DownloadLink>);
    expect(linkText()).toBe('Guide (DOCX)');
  });

  it('names the file’s language and sets hreflang only when it differs from the page’s', () => {
    const cases: Array<[string | undefined, string, string | null, string]> = [
      ['zh-Hant', 'en', 'zh-Hant', 'Guide (PDF, Traditional Chinese)'],
      ['zh-HK', 'en', 'zh-HK', 'Guide (PDF, Traditional Chinese)'],
      ['en', 'zh-Hant', 'en', 'Guide（PDF，英文）'],
      ['zh-CN', 'zh-Hant', 'zh-CN', 'Guide（PDF，簡體中文）'],
      ['zh-Hant', 'zh-Hans', 'zh-Hant', 'Guide（PDF，繁体中文）'],
      ['en-GB', 'en', null, 'Guide (PDF)'],
      ['zh', 'zh-Hant', null, 'Guide（PDF）'],
      ['zh-Hans', 'sc', null, 'Guide（PDF）'],
      ['fr', 'en', 'fr', 'Guide (PDF, fr)'],
      ['yue-HK', 'zh-Hant', 'yue-HK', 'Guide（PDF，yue-HK）'],
      ['EN-gb', 'zh-Hans', 'en-GB', 'Guide（PDF，英文）'],
    ];
    for (const [fileLang, locale, hreflang, text] of cases) {
      const { unmount } = render(
        <DownloadLink href="/a.pdf" fileType="PDF" fileLang={fileLang} locale={locale}>
          Guide
        </DownloadLink>,
      );
      expect(linkText(), `${fileLang} on ${locale}`).toBe(text);
      if (hreflang) expect(screen.getByRole('link')).toHaveAttribute('hreflang', hreflang);
      else expect(screen.getByRole('link')).not.toHaveAttribute('hreflang');
      unmount();
    }
  });

  it('leaves out bad metadata with a warning, and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(
      <DownloadLink href="/a.pdf" size={0} pages={2.5} fileType="pdf">
        Guide
      </DownloadLink>,
    );
    expect(linkText()).toBe('Guide (PDF)');
    rerender(
      <DownloadLink href="/a.pdf" fileType="P D F" fileLang="not a tag" pages={3}>
        Guide
      </DownloadLink>,
    );
    expect(linkText()).toBe('Guide (3 pages)');
    const messages = warn.mock.calls.map(([message]) => String(message));
    for (const prop of ['size', 'pages', 'fileType', 'fileLang']) expect(messages.some((m) => m.includes(`\`${prop}\``)), prop).toBe(true);
    warn.mockRestore();
  });

  it('renders nothing for an unusable URL or without link text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const href of unsafeUrls) {
      const { container, unmount } = render(<DownloadLink href={href}>Guide</DownloadLink>);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    const { container } = render(<DownloadLink href="/a.pdf">{' '}</DownloadLink>);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/DownloadLink: rendered nothing/));
    warn.mockRestore();
  });

  it('never throws on wrong-typed input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { href: 5, children: 'x' },
      { href: '/a', children: 'x', size: '12', pages: {}, fileType: 7, fileLang: [], labels: 'x' },
      { href: '/a', children: 'x', size: Number.NaN, pages: Infinity, fileLang: 'zh-Hant-XX-abcdefghi' },
      { href: '/a', children: [null, 'x', 3], size: 1e308 },
    ];
    for (const props of hostile) {
      const { unmount } = render(<DownloadLink {...(props as unknown as DownloadLinkProps)} />);
      unmount();
    }
    warn.mockRestore();
  });
});

describe("the macro's model", () => {
  it('decides the URL, hreflang and metadata without React', () => {
    const input = { content: { present: true, text: 'Partner cities' }, id: () => 'unused' };
    expect(template({ href: '/a.csv', fileType: 'CSV', size: 48_000, fileLang: 'zh-Hant' }, input)).toMatchObject({
      href: '/a.csv',
      hreflang: 'zh-Hant',
      gap: ' ',
      meta: `(CSV, 48${nbsp}KB, Traditional Chinese)`,
    });
    expect(template({ href: '/a.csv', fileType: 'CSV', fileLang: 'zh-HK', locale: 'zh-Hant' }, input)).toMatchObject({ hreflang: undefined, gap: '', meta: '（CSV）' });
    expect(template({ href: '/a' }, input)?.meta).toBeUndefined();
    expect(template({ href: '/a.pdf' }, { ...input, content: { present: false } })).toBeUndefined();
  });
});
