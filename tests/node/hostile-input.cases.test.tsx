// Named hostile-input cases: what the property suite found (or could find), pinned by name.
import { version as reactVersion, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleHighlight, CityPartnerBadgeStrip, ParticipantProfileCard, QuoteBlock } from '../../src/index.js';
import { knownDefects } from '../support/arbitraries.js';
import { inspectMarkup, validateHtml } from '../support/markup.js';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const render = (element: ReactElement) => renderToStaticMarkup(element);
/** Renders and asserts every property of the property suite on one element. */
function expectClean(element: ReactElement): string {
  const html = render(element);
  expect(inspectMarkup(html).problems, html).toEqual([]);
  expect(validateHtml(html), html).toEqual([]);
  return html;
}
const anything = (value: unknown) => value as never;

const script = '<script>alert(1)</script>';
const breakout = '"><img src=x onerror=alert(1)>';
const hkscs = '𨋢嘅㗎鰂魚涌';
const long = '紫荊'.repeat(5_000);

const dangerousUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' \u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u200bscript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'javascript\u00ad:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
];

describe('markup in text props stays text', () => {
  it.each([
    ['ArticleHighlight', <ArticleHighlight title={script} kicker={breakout} lead={'</p><p>'} image={{ src: '/a.png', alt: breakout, caption: script }}>{script}</ArticleHighlight>],
    ['QuoteBlock', <QuoteBlock attribution={{ name: script, role: breakout }} excerpt={script} collapsible>{[script, breakout]}</QuoteBlock>],
    ['ParticipantProfileCard', <ParticipantProfileCard name={script} localName={breakout} {...{ role: '<b>' }} homeCity={'&amp;'}>{script}</ParticipantProfileCard>],
    ['CityPartnerBadgeStrip', <CityPartnerBadgeStrip label={breakout} groupByRegion headingLevel={3} partners={[{ name: script, localName: breakout, region: '</ul>' }]} />],
  ])('%s', (_name, element) => {
    const html = expectClean(element);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script');
  });
});

describe('dangerous URLs are dropped, however they are written', () => {
  it.each(dangerousUrls)('%j', (url) => {
    const html = expectClean(
      <>
        <ArticleHighlight title="t" href={url} image={{ src: url, alt: '' }} variant="teaser" />
        <QuoteBlock cite={url}>q</QuoteBlock>
        <ParticipantProfileCard name="n" href={url} photo={{ src: url }} />
        <CityPartnerBadgeStrip partners={[{ name: 'p', href: url }]} />
      </>,
    );
    expect(html).not.toMatch(/\b(href|src|cite)=/);
  });

  it('keeps safe URLs, relative URLs and inline images', () => {
    const html = expectClean(
      <>
        <ArticleHighlight title="t" href="/news?id=1#x" image={{ src: 'data:image/png;base64,AAAA', alt: '' }} />
        <QuoteBlock cite="https://example.gov.hk/source">q</QuoteBlock>
        <CityPartnerBadgeStrip partners={[{ name: 'p', href: 'mailto:info@example.gov.hk' }]} />
      </>,
    );
    expect(html).toContain('href="/news?id=1#x"');
    expect(html).toContain('src="data:image/png;base64,AAAA"');
    expect(html).toContain('cite="https://example.gov.hk/source"');
    expect(html).toContain('href="mailto:info@example.gov.hk"');
  });
});

describe('odd but legitimate text survives intact', () => {
  it('HKSCS, emoji and bidi characters', () => {
    const name = `${hkscs}👩🏽‍💻\u202eabc\u202c`;
    const html = expectClean(<ParticipantProfileCard name={name} homeCity={hkscs} locale="zh-Hant" />);
    expect(html).toContain(name);
    expect(html).toContain(`>${hkscs}<`);
  });

  it('a 10,000-character title and quote', () => {
    expect(expectClean(<ArticleHighlight title={long} href="/x" />)).toContain(long);
    expect(expectClean(<QuoteBlock>{long}</QuoteBlock>)).toContain(long);
  });
});

describe('invalid dates are left out, never thrown on', () => {
  it.each([
    ['2025-02-30'],
    ['2025-13-01'],
    ['yesterday'],
    [new Date(Number.NaN)],
    [12345],
    [{}],
  ])('%j', (date) => {
    const article = expectClean(<ArticleHighlight title="t" date={anything(date)} />);
    expect(article).not.toContain('<time');
    const card = expectClean(<ParticipantProfileCard name="n" period={anything({ start: date, end: date })} />);
    expect(card).not.toContain('<time');
  });

  it('a period start with no prototype (found by the property suite: the dev warning called String() on it and threw)', () => {
    expect(expectClean(<ParticipantProfileCard name="n" period={anything({ start: Object.create(null) })} />)).not.toContain('<time');
  });

  it('the extremes of the Date range', () => {
    // Past year 9999 a Date's ISO string takes a sign ("+275760-09-13..."), which is no valid HTML
    // datetime, so such dates are left out like any other invalid date.
    for (const date of [new Date(8.64e15), new Date(-8.64e15), new Date(Date.UTC(10000, 0, 1))]) {
      expect(expectClean(<ArticleHighlight title="t" date={date} />)).not.toContain('<time');
    }
    expect(expectClean(<ArticleHighlight title="t" date={new Date(Date.UTC(9999, 11, 31))} />)).toMatch(/datetime="9999-12-31T00:00:00\.000Z"/i);
  });
});

describe('wrong-typed props as a JavaScript caller could pass them', () => {
  const wrong = [null, 42, true, Symbol('x'), () => script, [script], { toString: () => script }, 10n];
  it.each(wrong.map((value) => [value]))('%s', (value) => {
    const v = anything(value);
    expectClean(<ArticleHighlight title={v} kicker={v} lead={v} date={v} image={v} href={v} headingLevel={v} variant={v} locale={v} labels={v} />);
    expectClean(<QuoteBlock attribution={v} cite={v} variant={v} collapsible={v} excerpt={v} quoteLang={v} locale={v} labels={v}>quote</QuoteBlock>);
    expectClean(<ParticipantProfileCard name="n" localName={v} honorific={v} period={v} photo={v} href={v} headingLevel={v} locale={v} labels={v} role={v} />);
    expectClean(<CityPartnerBadgeStrip partners={[{ name: 'p', href: v, current: v, localName: v, region: v }]} label={v} groupByRegion={v} headingLevel={v} locale={v} labels={v} />);
    expect(render(<CityPartnerBadgeStrip partners={v} />)).toBe('');
  });
});

describe('the image preload hint React 19 renders before an eager image', () => {
  it('is clean markup (found by the property suite: ArticleHighlight with image.loading "eager")', () => {
    const html = expectClean(<ArticleHighlight title="t" image={{ src: '/images/a.jpg', alt: '', loading: 'eager' }} />);
    if (Number(reactVersion.split('.')[0]) >= 19) expect(html).toMatch(/^<link rel="preload" as="image" href="\/images\/a.jpg"\/>/);
  });

  it('is held to the image URL rules, and no other <link> passes', () => {
    expect(inspectMarkup('<link rel="preload" as="image" href="javascript:alert(1)"/>').problems).not.toEqual([]);
    expect(inspectMarkup('<link rel="stylesheet" href="https://example.org/x.css"/>').problems).not.toEqual([]);
  });
});

// Defects found by the property suite and not fixed yet: `it.fails` passes while the defect is there.
// Once fixed, the case fails; then set the flag in knownDefects to false (see tests/support/arbitraries.ts).
const pending = (flag: boolean) => (flag ? it.fails : it);

describe('defects found by the property suite', () => {
  pending(knownDefects.invisibleOnlyText)('a title or partner name made only of zero-width characters leaves a link with no name', () => {
    expectClean(<ArticleHighlight title={'\u200b'} href="/x" />);
    expectClean(<CityPartnerBadgeStrip partners={[{ name: '\u200b\u202e', href: '/x' }]} />);
  });

  pending(knownDefects.blankLabelOverride)('a blank label override does not blank the Source link', () => {
    expectClean(<QuoteBlock cite="https://example.gov.hk" labels={{ source: ' ' }}>q</QuoteBlock>);
  });

  pending(knownDefects.headingIdWhitespace)('a headingId with a space neither makes an invalid id nor splits aria-labelledby', () => {
    expectClean(<ArticleHighlight title="t" headingId="news item" />);
    expectClean(<ParticipantProfileCard name="n" headingId="wang profile" />);
  });

  pending(knownDefects.unvalidatedProfileLang)('ParticipantProfileCard writes only valid language tags into lang', () => {
    expectClean(<ParticipantProfileCard name="n" nameLang="not a tag" localName="王" localNameLang={anything(0)} />);
  });

  pending(knownDefects.lineBreakInKeptUrl)('a kept URL loses the tabs and line breaks that browsers ignore', () => {
    expectClean(<CityPartnerBadgeStrip partners={[{ name: 'p', href: '/news/\nitem' }]} />);
  });
});

describe('the markup checks themselves', () => {
  it('flag injected elements, event handlers, unsafe URLs and unnamed links', () => {
    const problems = (html: string) => inspectMarkup(html).problems;
    expect(problems('<p><script>alert(1)</script></p>')).toEqual(['unexpected element <script>']);
    expect(problems('<img src="x" onerror="alert(1)">')).toEqual(['unexpected attribute onerror on <img>']);
    expect(problems('<a href="java\tscript:alert(1)">x</a>')).toEqual([expect.stringContaining('javascript: URL')]);
    expect(problems('<a href="/x">\u200b</a>')).toEqual(['link without an accessible name']);
    expect(problems('<div style="display:none">x</div>')).toEqual(['unexpected attribute style on <div>']);
  });

  it("accept React's preload hint for an eager image, with a safe URL only", () => {
    expect(inspectMarkup('<link rel="preload" as="image" href="/a.png"/><img src="/a.png" alt="">').problems).toEqual([]);
    expect(inspectMarkup('<link rel="stylesheet" href="/a.css"/>').problems).toEqual(['unexpected element <link>']);
  });

  it("accept the components' own forms and their fields, with an http(s) or relative action only", () => {
    const problems = (html: string) => inspectMarkup(html).problems;
    expect(problems('<form class="bh-component bh-search-form" action="/search/"><input type="hidden" name="a" value="b"><input name="q"></form>')).toEqual([]);
    expect(problems('<div><form class="bh-feedback-prompt__form" action="https://example.org/f"><input type="hidden" name="p" value="/"></form></div>')).toEqual([]);
    expect(problems('<form class="bh-search-form" action="javascript:alert(1)"></form>')).toEqual([expect.stringContaining('javascript: URL in form[action]')]);
    expect(problems('<form class="bh-search-form" action="mailto:a@example.org"></form>')).toEqual([expect.stringContaining('mailto: URL in form[action]')]);
    expect(problems('<form action="/x"><input name="q"></form>')).toEqual(['unexpected element <form>', 'unexpected element <input>']);
    expect(problems('<div class="bh-search-form"><input name="q"></div>')).toEqual(['unexpected element <input>']);
  });
});
