/**
 * The published fixtures (dist/fixtures, dist/schemas) against the source: every fixture fits its
 * schema, the schemas reject bad content, the current components reproduce every fixture's HTML,
 * and that HTML is valid. `npm test` builds dist/ first; run `npm run build` before this file alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import fileHash from '@emotion/hash';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { fixtureDefinitions, fixtureElement, type FixtureDefinition } from '../../src/fixtures/definitions.js';
import { schemas, type FixtureComponent } from '../../src/fixtures/schemas.js';
import { classSuffix, stylesheetLetters } from '../../scripts/class-names.js';
import { schemaErrors } from '../support/jsonSchema.js';
import { inspectMarkup, validateHtml } from '../support/markup.js';

const root = join(import.meta.dirname, '..', '..');
const components = Object.keys(schemas) as FixtureComponent[];

interface PublishedFixture extends FixtureDefinition {
  html: string;
}
interface FixtureFile {
  component: string;
  version: string;
  schema: string;
  fixtures: PublishedFixture[];
}

const published = {} as Record<FixtureComponent, { file: FixtureFile; schema: Record<string, unknown> }>;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'fixtures'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  for (const component of components) {
    published[component] = {
      file: JSON.parse(readFileSync(join(root, 'dist', 'fixtures', `${component}.json`), 'utf8')) as FixtureFile,
      schema: JSON.parse(readFileSync(join(root, 'dist', 'schemas', `${component}.schema.json`), 'utf8')) as Record<string, unknown>,
    };
  }
}, 180_000);

const content = (fixture: Pick<FixtureDefinition, 'props' | 'children'>) =>
  fixture.children === undefined ? fixture.props : { ...fixture.props, children: fixture.children };

/**
 * The library build names classes `bh<version tag><stylesheet letter><counter>` (scripts/class-names.ts),
 * Vitest's dev build `<Debug>_<name>__<file hash><counter>`; both reduce to letter and counter.
 */
const stylesheets = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css.ts') && basename(file, '.css.ts') in stylesheetLetters)
  .map((file) => `src/${file.split(sep).join('/')}`);
const devSuffix = (hash: string) => {
  const file = stylesheets.find((path) => hash.startsWith(fileHash(`bauhinia-ui${path}`)));
  return file === undefined ? `?${hash}` : classSuffix(hash, file, 'bauhinia-ui');
};
function classesByHash(html: string): string {
  return html.replace(/ class="([^"]*)"/g, (_m, classes: string) => ` class="${classes.split(' ').map((c) => (c.includes('_') ? devSuffix(c.slice(c.lastIndexOf('_') + 1)) : c.slice(4))).join(' ')}"`);
}

describe.each(components)('%s fixtures', (component) => {
  const definitions = fixtureDefinitions[component];
  const get = () => published[component];

  it('publish exactly the definitions, in English, Traditional and Simplified Chinese', () => {
    const { file, schema } = get();
    expect(file.component).toBe(component);
    expect(schema).toEqual(JSON.parse(JSON.stringify(schemas[component])));
    expect(file.fixtures.map(({ html: _html, ...rest }) => rest)).toEqual(JSON.parse(JSON.stringify(definitions)));
    expect(new Set(file.fixtures.map((f) => f.props.locale))).toEqual(new Set(['en', 'zh-Hant', 'zh-Hans']));
    expect(new Set(file.fixtures.map((f) => f.name)).size).toBe(file.fixtures.length);
  });

  it('fit their JSON Schema', () => {
    for (const fixture of get().file.fixtures) expect(schemaErrors(get().schema, content(fixture)), fixture.name).toEqual([]);
  });

  it('are reproduced exactly by the current source', () => {
    const Component = (source as unknown as Record<string, ComponentType<never>>)[component]!;
    for (const fixture of get().file.fixtures) {
      const html = renderToStaticMarkup(fixtureElement(Component, fixture));
      expect(fixture.html, fixture.name).toMatch(/ class="bh[a-z0-9]{4,}[ "]/);
      expect(classesByHash(html), fixture.name).toBe(classesByHash(fixture.html));
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
  const base = (component: FixtureComponent) => content(fixtureDefinitions[component][0]!) as Record<string, unknown>;
  const cases: Array<[FixtureComponent, string, (props: Record<string, unknown>) => Record<string, unknown>]> = [
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
  ];
  it.each(cases)('%s: %s', (component, _what, mutate) => {
    expect(schemaErrors(schemas[component], base(component))).toEqual([]);
    expect(schemaErrors(schemas[component], mutate(base(component)))).not.toEqual([]);
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
    [[], ['/: not of type object']],
  ])('%j', (value, expected) => {
    expect(schemaErrors(schema, value)).toEqual(expected);
  });
  it('refuses keywords it does not implement', () => {
    expect(() => schemaErrors({ type: 'string', format: 'date' }, 'x')).toThrow(/unsupported keyword format/);
  });
});
