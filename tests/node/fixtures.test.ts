/**
 * The published fixtures (dist/fixtures, dist/schemas) against the source: every fixture fits its
 * schema, the schemas reject bad content, the current components reproduce every fixture's HTML,
 * and that HTML is valid. `npm test` builds dist/ first; run `npm run build` before this file alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureElement, publishedHtml, type Fixture } from '../../src/fixtures/fixture.js';
import { idsByReference } from '../support/ids.js';
import { schemaErrors } from '../support/jsonSchema.js';
import { inspectMarkup, validateHtml } from '../support/markup.js';
import { registered, registeredComponent } from '../support/registry.js';

const root = join(import.meta.dirname, '..', '..');

interface PublishedFixture extends Fixture {
  html: string;
}
interface FixtureFile {
  component: string;
  version: string;
  schema: string;
  fixtures: PublishedFixture[];
}

const published = new Map<string, { file: FixtureFile; schema: Record<string, unknown> }>();

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'fixtures'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  for (const { name } of registered) {
    published.set(name, {
      file: JSON.parse(readFileSync(join(root, 'dist', 'fixtures', `${name}.json`), 'utf8')) as FixtureFile,
      schema: JSON.parse(readFileSync(join(root, 'dist', 'schemas', `${name}.schema.json`), 'utf8')) as Record<string, unknown>,
    });
  }
}, 180_000);

const content = (fixture: Pick<Fixture, 'props' | 'children'>) => (fixture.children === undefined ? fixture.props : { ...fixture.props, children: fixture.children });

describe.each(registered)('$name fixtures', ({ name, schema, fixtures, component }) => {
  const get = () => published.get(name)!;

  it('publish exactly the folder\'s fixtures and schema, in English, Traditional and Simplified Chinese', () => {
    const { file, schema: publishedSchema } = get();
    expect(file.component).toBe(name);
    expect(publishedSchema).toEqual(JSON.parse(JSON.stringify(schema)));
    expect(file.fixtures.map(({ html: _html, ...rest }) => rest)).toEqual(JSON.parse(JSON.stringify(fixtures)));
    expect(new Set(file.fixtures.map((f) => (f.props as { locale?: string }).locale))).toEqual(new Set(['en', 'zh-Hant', 'zh-Hans']));
    expect(new Set(file.fixtures.map((f) => f.name)).size).toBe(file.fixtures.length);
  });

  it('fit their JSON Schema', () => {
    for (const fixture of get().file.fixtures) expect(schemaErrors(get().schema, content(fixture)), fixture.name).toEqual([]);
  });

  it('are reproduced exactly by the current source, class names included', () => {
    for (const fixture of get().file.fixtures) {
      expect(fixture.html, fixture.name).toMatch(/ class="bh-/);
      expect(publishedHtml(renderToStaticMarkup(fixtureElement(component, fixture))), fixture.name).toBe(fixture.html);
    }
  });

  it('carry valid HTML with safe URLs and named links', () => {
    for (const fixture of get().file.fixtures) {
      expect(validateHtml(fixture.html), fixture.name).toEqual([]);
      expect(inspectMarkup(fixture.html).problems, fixture.name).toEqual([]);
    }
  });
});

describe('the schemas reject bad content', () => {
  const base = (component: string) => content(registeredComponent(component).fixtures[0]!) as Record<string, unknown>;
  const cases: Array<[string, string, (props: Record<string, unknown>) => Record<string, unknown>]> = [
    ['ArticleHighlight', 'a javascript: link', (p) => ({ ...p, href: 'javascript:alert(1)' })],
    ['ArticleHighlight', 'an impossible date format', (p) => ({ ...p, date: '15/01/2025' })],
    ['ArticleHighlight', 'a missing title', ({ title: _title, ...p }) => p],
    ['ArticleHighlight', 'an image without alt', (p) => ({ ...p, image: { src: '/a.png' } })],
    ['ArticleHighlight', 'an unknown prop', (p) => ({ ...p, dangerouslySetInnerHTML: { __html: '<b>' } })],
    ['QuoteBlock', 'a data: cite', (p) => ({ ...p, cite: 'data:text/html,x' })],
    ['QuoteBlock', 'an unknown variant', (p) => ({ ...p, variant: 'shout' })],
    ['QuoteBlock', 'blank paragraphs', (p) => ({ ...p, children: ['  '] })],
    ['ParticipantProfileCard', 'a period without start', (p) => ({ ...p, period: { end: '2025-03-01' } })],
    ['ParticipantProfileCard', 'a heading level 7', (p) => ({ ...p, headingLevel: 7 })],
    ['ParticipantProfileCard', 'a vbscript: photo', (p) => ({ ...p, photo: { src: 'vbscript:x' } })],
    ['CityPartnerBadgeStrip', 'no partners', (p) => ({ ...p, partners: [] })],
    ['CityPartnerBadgeStrip', 'a partner without a name', (p) => ({ ...p, partners: [{ localName: '深圳' }] })],
    ['CityPartnerBadgeStrip', 'an unsupported locale', (p) => ({ ...p, locale: 'fr' })],
    // Content the components drop, which the schemas once let through.
    ['RevisionDates', '29 February of a common year', (p) => ({ ...p, revisionDate: '2025-02-29' })],
    ['RevisionDates', 'month 13', (p) => ({ ...p, revisionDate: '2025-13-01' })],
    ['RevisionDates', '31 April', (p) => ({ ...p, reviewDate: '2025-04-31' })],
    ['RevisionDates', 'year 0000', (p) => ({ ...p, revisionDate: '0000-01-01' })],
    ['RevisionDates', 'an offset of +99:99', (p) => ({ ...p, revisionDate: '2025-07-14T09:30+99:99' })],
    ['RevisionDates', 'an offset beyond +14:00', (p) => ({ ...p, revisionDate: '2025-07-14T09:30+14:30' })],
    ['RevisionDates', 'hour 24', (p) => ({ ...p, revisionDate: '2025-07-14T24:00' })],
    ['ArticleHighlight', 'a title of zero-width characters', (p) => ({ ...p, title: '\u200b\u200d\u2060' })],
    ['QuoteBlock', 'a name of bidi marks', (p) => ({ ...p, attribution: { name: '\u200e\u202e' } })],
    ['Pagination', 'an hrefTemplate without {page}', (p) => ({ ...p, hrefTemplate: '/issues?page=1' })],
  ];
  it.each(cases)('%s: %s', (component, _what, mutate) => {
    const { schema } = registeredComponent(component);
    expect(schemaErrors(schema, base(component))).toEqual([]);
    expect(schemaErrors(schema, mutate(base(component)))).not.toEqual([]);
  });
});

describe('the schema checker', () => {
  const schema = {
    type: 'object',
    properties: {
      n: { type: 'integer', minimum: 1, maximum: 6 },
      s: { type: 'string', pattern: '^a' },
      e: { enum: ['x', 'y'] },
      l: { type: 'array', items: { type: 'string' }, minItems: 1 },
      o: { oneOf: [{ type: 'string' }, { type: 'object', properties: { k: { type: 'boolean' } }, minProperties: 1, additionalProperties: false }] },
      h: { type: 'object', propertyNames: { pattern: '^[a-z]+$' }, additionalProperties: { type: 'string' } },
    },
    required: ['n'],
    additionalProperties: false,
  };
  it.each([
    [{ n: 1, s: 'ab', e: 'x', l: ['a'], o: 'text' }, []],
    [{ n: 1, o: { k: true } }, []],
    [{}, ['/: missing n']],
    [{ n: 7 }, ['/n: above 6']],
    [{ n: 1.5 }, ['/n: not of type integer']],
    [{ n: 1, s: 'ba' }, ['/s: does not match ^a']],
    [{ n: 1, e: 'z' }, ['/e: not one of ["x","y"]']],
    [{ n: 1, l: [] }, ['/l: fewer than 1 items']],
    [{ n: 1, l: [1] }, ['/l/0: not of type string']],
    [{ n: 1, o: {} }, ['/o: matches 0 of the oneOf options, not exactly one']],
    [{ n: 1, x: 1 }, ['/: unknown property x']],
    [{ n: 1, h: { page: '/a', token: '' } }, []],
    [{ n: 1, h: { Page: '/a' } }, ['/h/Page (name): does not match ^[a-z]+$']],
    [{ n: 1, h: { page: 1 } }, ['/h/page: not of type string']],
    [[], ['/: not of type object']],
  ])('%j', (value, expected) => {
    expect(schemaErrors(schema, value)).toEqual(expected);
  });
  it('refuses keywords it does not implement', () => {
    expect(() => schemaErrors({ type: 'string', format: 'date' }, 'x')).toThrow(/unsupported keyword format/);
  });
});

describe('ids compare by reference', () => {
  it('match however React spells them, and only when the references match', () => {
    const react19 = '<article aria-labelledby="bh-article-_R_0_"><h2 id="bh-article-_R_0_">T</h2><a href="#bh-article-_R_0_">x</a><a href="#main">y</a></article>';
    const react18 = '<article aria-labelledby="bh-article-R0"><h2 id="bh-article-R0">T</h2><a href="#bh-article-R0">x</a><a href="#main">y</a></article>';
    expect(idsByReference(react19)).toBe(idsByReference(react18));
    expect(idsByReference(react18)).toContain('href="#main"');
    const pointsElsewhere = '<article aria-labelledby="other"><h2 id="bh-article-R0">T</h2><a href="#bh-article-R0">x</a><a href="#main">y</a></article>';
    expect(idsByReference(pointsElsewhere)).not.toBe(idsByReference(react19));
  });
});
