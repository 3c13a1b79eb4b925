import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionSchemes, citeSchemes, hrefSchemes, gatedUrl, srcSchemes } from './safeUrl.js';

afterEach(() => vi.restoreAllMocks());

describe('gatedUrl', () => {
  it.each([
    'https://www.gov.hk/en/',
    'http://example.org/a?b=c#d',
    'mailto:newsletter@example.gov.hk',
    'tel:+85221234567',
    '/relative/path',
    'relative/path',
    '../up',
    '#fragment',
    '?query=1',
    '//cdn.example.org/image.png',
    'HTTPS://EXAMPLE.ORG',
  ])('keeps %s for href', (url) => {
    expect(gatedUrl(url, hrefSchemes, ['Test', 'href'])).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u200bscript:alert(1)',
    '\u202ejavascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'blob:https://example.org/1',
  ])('drops %j for href', (url) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(gatedUrl(url, hrefSchemes, ['Test', 'href'])).toBeUndefined();
  });

  it('removes tabs and line breaks from a kept URL, as browsers do', () => {
    expect(gatedUrl(' https://exa\tmple.org/a\nb ', hrefSchemes, ['Test', 'href'])).toBe('https://example.org/ab');
  });

  it('percent-encodes spaces and invisible characters in a kept URL', () => {
    expect(gatedUrl('/news/a b\u200bc', hrefSchemes, ['Test', 'href'])).toBe('/news/a%20b%E2%80%8Bc');
  });

  it('allows data:image only for src', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(gatedUrl('data:image/png;base64,AAAA', srcSchemes, ['Test', 'src'])).toBe('data:image/png;base64,AAAA');
    expect(gatedUrl('data:image/svg+xml,%3Csvg%3E', srcSchemes, ['Test', 'src'])).toBe('data:image/svg+xml,%3Csvg%3E');
    expect(gatedUrl('data:text/html,hi', srcSchemes, ['Test', 'src'])).toBeUndefined();
    expect(gatedUrl('mailto:a@b.c', srcSchemes, ['Test', 'src'])).toBeUndefined();
    expect(gatedUrl('data:image/png;base64,AAAA', citeSchemes, ['Test', 'cite'])).toBeUndefined();
  });

  it('keeps only http(s) and relative URLs for a form action: no javascript:, no mailto:', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const url of ['https://www.example.gov.hk/en/search/', '/tc/feedback/', '?page=2', '//search.example.org/']) {
      expect(gatedUrl(url, actionSchemes, ['Test', 'action'])).toBe(url);
    }
    for (const url of ['javascript:submit()', 'java\tscript:x', 'mailto:feedback@example.gov.hk', 'tel:+85221234567', 'data:text/html,x']) {
      expect(gatedUrl(url, actionSchemes, ['Test', 'action'])).toBeUndefined();
    }
  });

  it('warns in development naming the component and prop', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    gatedUrl('javascript:void(0)', citeSchemes, ['QuoteBlock', 'cite']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/QuoteBlock.*`cite`.*javascript:/));
  });

  it('ignores non-strings without throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of [42, {}, [], true, Symbol('x'), () => 'https://x']) {
      expect(gatedUrl(value, hrefSchemes, ['Test', 'href'])).toBeUndefined();
    }
    expect(gatedUrl(undefined, hrefSchemes, ['Test', 'href'])).toBeUndefined();
    expect(gatedUrl(null, hrefSchemes, ['Test', 'href'])).toBeUndefined();
  });
});
