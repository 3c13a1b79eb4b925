// Which development warning the URL gate gives, and when: the site's developer learns why a link
// vanished. Each test names its own component, so no message was already said (warnDev says each once).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { citeSchemes, gatedUrl, hrefSchemes, srcSchemes } from './safeUrl.js';

let warn: MockInstance<Console['warn']>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const said = () => warn.mock.calls.map(([text]) => text);

describe('gatedUrl warnings', () => {
  it('names the component, the prop and the scheme it dropped, in lower case, however the scheme was disguised', () => {
    expect(gatedUrl('JaVaScRiPt:alert(1)', hrefSchemes, ['Breadcrumbs', 'href'])).toBeUndefined();
    expect(gatedUrl('java\tscript:alert(1)', hrefSchemes, ['Pagination', 'hrefTemplate'])).toBeUndefined();
    expect(gatedUrl('\u200bVBScript:msgbox(1)', hrefSchemes, ['SkipLink', 'href'])).toBeUndefined();
    expect(said()).toEqual([
      '[bauhinia-ui] Breadcrumbs: `href` URL dropped: scheme "javascript:" is not allowed here.',
      '[bauhinia-ui] Pagination: `hrefTemplate` URL dropped: scheme "javascript:" is not allowed here.',
      '[bauhinia-ui] SkipLink: `href` URL dropped: scheme "vbscript:" is not allowed here.',
    ]);
  });

  it('warns about a scheme the attribute does not take, though another attribute would', () => {
    expect(gatedUrl('mailto:a@example.gov.hk', citeSchemes, ['QuoteBlock', 'cite'])).toBeUndefined();
    expect(gatedUrl('data:image/png;base64,AAAA', hrefSchemes, ['Figure', 'href'])).toBeUndefined();
    expect(said()).toEqual([
      '[bauhinia-ui] QuoteBlock: `cite` URL dropped: scheme "mailto:" is not allowed here.',
      '[bauhinia-ui] Figure: `href` URL dropped: scheme "data:" is not allowed here.',
    ]);
  });

  it('says a value that is no string was ignored, naming its type', () => {
    expect(gatedUrl(42, hrefSchemes, ['Masthead', 'homeHref'])).toBeUndefined();
    expect(gatedUrl({ href: '/' }, srcSchemes, ['Figure', 'src'])).toBeUndefined();
    expect(gatedUrl(true, citeSchemes, ['QuoteBlock', 'cite'])).toBeUndefined();
    expect(said()).toEqual([
      '[bauhinia-ui] Masthead: `homeHref` must be a string URL; ignored a number.',
      '[bauhinia-ui] Figure: `src` must be a string URL; ignored an object.',
      '[bauhinia-ui] QuoteBlock: `cite` must be a string URL; ignored a boolean.',
    ]);
  });

  it('stays silent for what is simply absent: undefined, null, an empty or invisible string', () => {
    for (const absent of [undefined, null, '', '  ', '\u200b\u202e', '\t\n']) {
      expect(gatedUrl(absent, hrefSchemes, ['Callout', 'href']), JSON.stringify(absent)).toBeUndefined();
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('stays silent for every URL it keeps', () => {
    for (const url of ['https://www.gov.hk/', 'tel:+85221234567', '/news/', 'a b', '//cdn.example.org/a.png', '/\\cdn.example.org/a.png']) {
      expect(gatedUrl(url, hrefSchemes, ['ContentsList', 'href'])).toBeDefined();
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('says nothing without `where`, as production code calls it', () => {
    expect(gatedUrl('javascript:alert(1)', hrefSchemes)).toBeUndefined();
    expect(gatedUrl(42, hrefSchemes)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});
