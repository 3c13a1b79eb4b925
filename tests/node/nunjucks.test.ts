/**
 * The Nunjucks macros against React (issue #22): every fixture renders through its component's
 * macro to the same HTML as React's (compared as src/fixtures/README.md says), generated content,
 * valid and hostile, renders to equal trees, and every registered component has a macro.
 * Reproduce a property failure with FC_SEED=<seed> FC_PATH=<path>; raise the effort with FC_NUM_RUNS.
 */
import fc from 'fast-check';
import nunjucks from 'nunjucks';
import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { ArticleHighlight } from '../../src/components/ArticleHighlight/ArticleHighlight.js';
import { fixtures as articleFixtures } from '../../src/components/ArticleHighlight/ArticleHighlight.fixtures.js';
import { ContentsList } from '../../src/components/ContentsList/ContentsList.js';
import { fixtures as contentsFixtures } from '../../src/components/ContentsList/ContentsList.fixtures.js';
import { PageLayout } from '../../src/components/PageLayout/PageLayout.js';
import { TeaserList } from '../../src/components/TeaserList/TeaserList.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nunjucksCall } from '../../src/docs/blocks/nunjucksCall.js';
import { fixtureElement, publishedHtml } from '../../src/fixtures/fixture.js';
import type { JsonSchema } from '../../src/fixtures/schema.js';
import { configureNunjucks, templateModels } from '../../src/nunjucks/configure.js';
import { hostileText } from '../support/arbitraries.js';
import { hostileValue } from '../support/hostileProps.js';
import { htmlTree } from '../support/ids.js';
import { macroOf, renderMacro, renderPage, sources } from '../support/nunjucks.js';
import { componentNames, registered, type RegisteredComponent } from '../support/registry.js';

const numRuns = Number(process.env.FC_NUM_RUNS ?? 100);
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const path = process.env.FC_PATH;
const parameters = { numRuns, ...(seed !== undefined ? { seed } : {}), ...(path !== undefined ? { path } : {}) };


beforeEach(() => {
  // Both renderers warn about bad props in development; expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** React's HTML for a fixture-shaped value (props and children), as the fixtures are published. */
const reactHtml = (component: RegisteredComponent['component'], { children, ...props }: Record<string, unknown>, server = renderToStaticMarkup) =>
  publishedHtml(server(fixtureElement(component, { props, children: children as string | string[] | undefined })));

describe('the registry and the macros', () => {
  it('every registered component has its macro (<Name>.njk, shipped as <kebab-name>/macro.njk) and its model', () => {
    const missing = componentNames.filter((name) => !sources.has(macroOf(name).file) || !templateModels.has(name)).sort();
    expect(missing, 'components without a macro or a model: a registered component comes with both').toEqual([]);
  });

  it('no macro or model exists for a component the registry does not list', () => {
    const shipped = [...sources.keys()].filter((name) => !name.startsWith('_shared/'));
    expect(shipped.filter((file) => !componentNames.some((name) => macroOf(name).file === file))).toEqual([]);
    expect([...templateModels.keys()].filter((name) => !componentNames.includes(name))).toEqual([]);
  });
});

describe.each(registered)('$name macro', ({ name, component, fixtures, schema }) => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('renders fixture %s as React does', (_name, fixture) => {
    const params = { ...fixture.props, ...(fixture.children === undefined ? {} : { children: fixture.children }) };
    const expected = reactHtml(component, params);
    const actual = renderMacro(name, params);
    expect(htmlTree(actual), actual).toEqual(htmlTree(expected));
  });

  it("renders what its docs page shows: the call written from each fixture", () => {
    for (const fixture of fixtures) {
      const { children, ...props } = { children: fixture.children, ...fixture.props };
      expect(htmlTree(renderPage(nunjucksCall(name, fixture))), fixture.name).toEqual(htmlTree(reactHtml(component, { ...props, children })));
    }
  });

  it('renders generated content, valid and hostile, as React does', { timeout: 300_000 }, () => {
    const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
    // Children as a template has them: text or a list of paragraphs (the fixture contract), or nothing.
    const children = fc.option(fc.oneof(hostileText, fc.array(hostileText, { maxLength: 4 })), { nil: undefined });
    const hostile = fc.record(Object.fromEntries(properties.map(([key, value]) => [key, key === 'children' ? children : hostileValue(value, key)])), { requiredKeys: [] });
    // Real content with some fields made hostile, and content made up from the schema alone.
    const content = fc.oneof(
      fc.tuple(fc.constantFrom(...fixtures), hostile).map(([fixture, changes]) => ({ ...fixture.props, children: fixture.children, ...changes })),
      hostile,
    );
    fc.assert(
      fc.property(content, fc.boolean(), (params, asString) => {
        const expected = reactHtml(component, params, asString ? renderToString : renderToStaticMarkup);
        const actual = renderMacro(name, params);
        expect(htmlTree(actual), `${actual}\n---\n${expected}`).toEqual(htmlTree(expected));
      }),
      parameters,
    );
  });
});

describe('the comparison', () => {
  it('can fail: a changed label, class, attribute or text is noticed', () => {
    const base = '<p class="a b" lang="en">Text</p>';
    expect(htmlTree('<p lang="en" class="b a">Text</p>')).toEqual(htmlTree(base));
    for (const other of ['<p class="a" lang="en">Text</p>', '<p class="a b" lang="zh-Hant">Text</p>', '<p class="a b" lang="en">Text </p>', '<div class="a b" lang="en">Text</div>']) {
      expect(htmlTree(other)).not.toEqual(htmlTree(base));
    }
  });

  it('compares ids by reference', () => {
    const react = '<article aria-labelledby="bh-profile-_R_1_"><h3 id="bh-profile-_R_1_">A</h3></article>';
    expect(htmlTree('<article aria-labelledby="bh-profile-1a2b3c4d"><h3 id="bh-profile-1a2b3c4d">A</h3></article>')).toEqual(htmlTree(react));
    expect(htmlTree('<article aria-labelledby="bh-profile-1a2b3c4d"><h3 id="bh-profile-1a2b3c4d-2">A</h3></article>')).not.toEqual(htmlTree(react));
    expect(htmlTree('<a href="#wang">A</a>')).not.toEqual(htmlTree('<a href="#chan">A</a>'));
  });
});

describe('configureNunjucks', () => {
  it('refuses an environment that does not autoescape: the macros leave the escaping of content to it', () => {
    expect(() => configureNunjucks(new nunjucks.Environment(null, { autoescape: false }))).toThrow(/must autoescape/);
    expect(configureNunjucks(new nunjucks.Environment(null))).toBeInstanceOf(nunjucks.Environment);
  });
});

describe('pages that call the macros', () => {
  const quote = '{% from "quote-block/macro.njk" import bhQuoteBlock %}';

  it('escape every text and attribute with autoescape, markup in content included', () => {
    const html = renderPage(`${quote}{{ bhQuoteBlock({ cite: '/a?b=1&c="2"', attribution: { name: '<script>x</script>' }, children: ['<b>bold</b>'] }) }}`);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('cite="/a?b=1&amp;c=&quot;2&quot;"');
  });

  it("nest markup with {% call %}: the caller's own template renders and escapes it", () => {
    const html = renderPage(`${quote}{% call bhQuoteBlock({ locale: 'zh-Hant' }) %}<p>第一段，{{ text }}</p>{% endcall %}`, { text: '<i>' });
    expect(htmlTree(html)).toEqual(
      htmlTree('<figure class="bh-quote-block bh-component bh-quote-block--reflection" lang="zh-Hant"><blockquote class="bh-quote-block__quote"><p>第一段，&lt;i&gt;</p></blockquote></figure>'),
    );
    expect(renderPage(`${quote}{% call bhQuoteBlock({}) %}  {% endcall %}`)).toBe('');
  });

  it("take other macros' output as children: TeaserList lists ArticleHighlight's teasers, one item each, as React does", () => {
    const [teaser, compact] = ['teaser-zh-hant', 'compact-zh-hant'].map((name) => articleFixtures.find((fixture) => fixture.name === name)!);
    const html = renderPage(
      '{% from "teaser-list/macro.njk" import bhTeaserList %}{% from "article-highlight/macro.njk" import bhArticleHighlight %}' +
        "{{ bhTeaserList({ locale: 'zh-Hant', layout: 'list', children: [bhArticleHighlight(teaser), bhArticleHighlight(compact)] }) }}",
      { teaser: teaser!.props, compact: { ...compact!.props, children: compact!.children } },
    );
    const react = renderToStaticMarkup(createElement(TeaserList, { locale: 'zh-Hant', layout: 'list' }, fixtureElement(ArticleHighlight, teaser!), fixtureElement(ArticleHighlight, compact!)));
    expect(html).toContain('<li class="bh-teaser-list__item"><article');
    expect(htmlTree(html)).toEqual(htmlTree(react));
  });

  it("fill a slot with another macro's output, as markup, and with text, escaped: PageLayout's aside", () => {
    const contents = contentsFixtures.find((fixture) => fixture.name === 'article-en')!.props;
    const layout = '{% from "page-layout/macro.njk" import bhPageLayout %}{% from "contents-list/macro.njk" import bhContentsList %}';
    const html = renderPage(`${layout}{{ bhPageLayout({ asidePlacement: 'start', aside: bhContentsList(contents), children: ['One.'] }) }}`, { contents });
    const react = renderToStaticMarkup(createElement(PageLayout, { asidePlacement: 'start', aside: createElement(ContentsList, contents) }, createElement('p', null, 'One.')));
    expect(html).toContain('<div class="bh-page-layout__aside"><nav');
    expect(htmlTree(html)).toEqual(htmlTree(react));
    const text = renderPage(`${layout}{{ bhPageLayout({ aside: ['<b>Note</b>', 2] }) }}`);
    expect(text).toContain('&lt;b&gt;Note&lt;/b&gt;2</div>');
  });

  it("take another macro's output as a table cell: markup, not escaped text", () => {
    const page = `{% from "table/macro.njk" import bhTable %}{% from "download-link/macro.njk" import bhDownloadLink %}
      {%- set pdf = bhDownloadLink({ href: '/files/guide.pdf', fileType: 'PDF', children: 'Guide' }) -%}
      {{ bhTable({ caption: 'Files', columns: [{ label: 'File' }, { label: 'Note' }], rows: [{ cells: [pdf, '<b>'] }] }) }}`;
    const html = renderPage(page);
    expect(html).toContain('<a class="bh-link bh-focusable bh-download-link__link" href="/files/guide.pdf"><bdi>Guide</bdi>');
    expect(html).toContain('&lt;b&gt;</td>');
  });
});
