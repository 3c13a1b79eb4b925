import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeUrl } from './index.js';

afterEach(() => vi.restoreAllMocks());

describe('safeUrl, the public URL gate', () => {
  it('keeps what each attribute allows, and relative URLs everywhere', () => {
    expect(safeUrl('https://www.gov.hk/en/', 'href')).toBe('https://www.gov.hk/en/');
    expect(safeUrl('mailto:a@example.gov.hk', 'href')).toBe('mailto:a@example.gov.hk');
    expect(safeUrl('mailto:a@example.gov.hk', 'cite')).toBeUndefined();
    expect(safeUrl('data:image/png;base64,AAAA', 'src')).toBe('data:image/png;base64,AAAA');
    expect(safeUrl('data:image/png;base64,AAAA', 'href')).toBeUndefined();
    for (const attribute of ['href', 'src', 'cite'] as const) {
      for (const url of ['/news/', '../a', '?page=2', '#top', 'a b']) expect(safeUrl(url, attribute)).toBe(url.replace(' ', '%20'));
    }
  });

  it('drops disguised schemes and wrong types, without a word and without throwing', () => {
    const warn = vi.spyOn(console, 'warn');
    for (const url of ['javascript:alert(1)', 'JaVa\tScRiPt:alert(1)', '\u200bjavascript:x', ' \u0001javascript:x', 'vbscript:x', 'data:text/html,x']) {
      expect(safeUrl(url, 'href'), url).toBeUndefined();
    }
    for (const value of [42, null, undefined, {}, ['https://x']]) expect(safeUrl(value, 'href')).toBeUndefined();
    expect(safeUrl('https://x', 'action' as never)).toBeUndefined();
    expect(safeUrl('https://x', 'toString' as never)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('counts //host and /\\host as absolute URLs on another host, written as browsers read them', () => {
    expect(safeUrl('//cdn.example.org/a.png', 'src')).toBe('//cdn.example.org/a.png');
    expect(safeUrl('/\\evil.example/x', 'href')).toBe('//evil.example/x');
    expect(safeUrl('\\\\evil.example/x', 'href')).toBe('//evil.example/x');
    expect(safeUrl('\\/evil.example/x', 'cite')).toBe('//evil.example/x');
    expect(safeUrl(' /\t\\evil.example', 'href')).toBe('//evil.example');
    // What a browser makes of them: another host.
    for (const url of ['/\\evil.example/x', '\\\\evil.example/x']) expect(new URL(safeUrl(url, 'href')!, 'https://www.gov.hk/en/').host).toBe('evil.example');
    // One slash or backslash stays on the site.
    expect(safeUrl('/news/', 'href')).toBe('/news/');
  });
});
