// The published schemas promise "content that passes renders": for every registered component,
// generated content (valid and invalid dates, visible, blank and zero-width text, URLs, page
// templates, missing and empty fields) passes the component's schema exactly when the component
// renders it with nothing dropped. The oracle is the component's own development warnings: every
// piece of content it drops or ignores, it says so. Reproduce a failure with the seed it prints:
// FC_SEED=<seed> npx vitest run --project node tests/node/schema-render.property.test.tsx
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureElement } from '../../src/fixtures/fixture.js';
import * as kinds from '../../src/fixtures/schema.js';
import type { JsonSchema } from '../../src/fixtures/schema.js';
import { locales } from '../../src/i18n/locale.js';
import { schemaErrors } from '../support/jsonSchema.js';
import { registered } from '../support/registry.js';

const numRuns = Number(process.env.FC_NUM_RUNS ?? 150);
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

// Every development warning, each time (warnDev itself says each message once per page).
const warned = vi.hoisted(() => [] as string[]);
vi.mock('../../src/internal/devWarning.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/internal/devWarning.js')>()),
  warnDev: (component: string, message: string) => void warned.push(`${component}: ${message}`),
}));
afterEach(() => vi.restoreAllMocks());

const visibleText = fc.constantFrom('Exchange programme', '公務員交流計劃', ' Padded text ', 'zero\u200bwidth inside', '𨋢');
// Text that shows nothing: empty, white space, zero-width and bidi marks only.
const blankText = fc.constantFrom('', '   ', '\u3000', '\u200b', '\u200e\u202e', '\u2060\ufeff\u200d');
const text = fc.oneof({ weight: 3, arbitrary: visibleText }, { weight: 1, arbitrary: blankText });

const validDate = fc.oneof(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2024-02-29', '2000-02-29', '2025-07-14T09:30', '2025-07-14T09:30:00+14:00', '2025-07-14T23:59-12:00', '2025-07-14T09:30:00.123456789Z'),
);
// An empty date is no date at all, for the schema a missing field: not generated.
const invalidDate = fc.constantFrom('2025-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '0000-01-01', '2025-07-14T09:30+99:99', '2025-07-14T09:30+14:30', '2025-07-14T24:00', '2025-7-14', '14/07/2025', 'yesterday');
const date = fc.oneof({ weight: 2, arbitrary: validDate }, { weight: 1, arbitrary: invalidDate });

const url = fc.constantFrom(
  '/news/2025/exchange',
  'https://www.example.gov.hk/en/',
  '//cdn.example.org/a.png',
  'mailto:info@example.gov.hk',
  'tel:+85221234567',
  '#top',
  'data:image/png;base64,iVBORw0KGgo=',
  'javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<b>x</b>',
  'file:///etc/passwd',
);
// Form field names the components write into `name`, usable or not.
const fieldName = fc.constantFrom('q', 'useful', 'csrf_token', 'search.scope', 'ns:page', 'bad name', '1st', '', 'page[]');
const hiddenFields = fc.dictionary(fieldName, fc.oneof(text, fc.integer()), { maxKeys: 3 });
const pageTemplate = fc.constantFrom('/issues?page={page}', '/tc/issues/{page}', 'https://example.org/p/{page}', '/issues?page=1', 'javascript:go({page})');

// The kinds the schemas are built from, by identity; the rest by type.
const byKind = new Map<unknown, fc.Arbitrary<unknown>>([
  [kinds.text, text],
  [kinds.hrefUrl, url],
  [kinds.citeUrl, url],
  [kinds.actionUrl, url],
  [kinds.fieldName, fieldName],
  [kinds.hiddenFields, hiddenFields],
  [kinds.imageUrl, url],
  [kinds.pageUrlTemplate, pageTemplate],
  [kinds.isoDateOrInstant, date],
  [kinds.locale, fc.constantFrom(...locales)],
  [kinds.languageTag, fc.constantFrom('en', 'zh-Hant', 'zh-HK', 'zh-Hans')],
  [kinds.headingLevel, fc.integer({ min: 1, max: 6 })],
  [kinds.id, fc.constantFrom('participant', 'section-2', 'finance')],
  // Paragraphs that show, or a string that does not. A list of strings reaches the component as one
  // <p> element each (the fixtures' convention), so blank strings in a list are the converter's to catch.
  [kinds.paragraphs, fc.oneof(visibleText, fc.array(visibleText, { minLength: 1, maxLength: 3 }), blankText)],
]);

function content(schema: JsonSchema, key = ''): fc.Arbitrary<unknown> {
  const known = byKind.get(schema);
  if (known) return known;
  // Label overrides: the site's own wording, always visible text here (a blank one keeps the built-in label).
  if (key === 'labels') return fc.record(Object.fromEntries(Object.keys(schema.properties as object).map((name) => [name, visibleText])), { requiredKeys: [] });
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.oneOf)) return fc.oneof(...(schema.oneOf as JsonSchema[]).map((option) => content(option, key)));
  switch (schema.type) {
    case 'string':
      return text;
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema.minimum as number | undefined) ?? 1, max: Math.max(((schema.minimum as number | undefined) ?? 1) + 5, 6) });
    case 'number':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'array':
      return fc.array(content(schema.items as JsonSchema), { maxLength: 3 });
    case 'object':
      return record(schema);
    default:
      throw new Error(`schema-render: no generator for ${JSON.stringify(schema).slice(0, 200)}`);
  }
}

/** An object of the schema's properties: optional ones sometimes there, required ones almost always. */
function record(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const required = new Set((schema.required ?? []) as string[]);
  return fc
    .tuple(fc.record(Object.fromEntries(properties.map(([key, value]) => [key, content(value, key)])), { requiredKeys: [] }), fc.array(fc.boolean(), { minLength: properties.length, maxLength: properties.length }), fc.integer({ min: 0, max: 9 }))
    .map(([value, keep, dropRequired]) => {
      const out: Record<string, unknown> = {};
      properties.forEach(([key], i) => {
        const generated = key in value ? value[key] : undefined;
        if (required.has(key) ? dropRequired > 0 || keep[i] : key in value) {
          if (generated !== undefined) out[key] = generated;
        }
      });
      // A required field, when generated, is kept unless one in ten times it is left out.
      for (const key of required) if (!(key in out) && dropRequired > 0 && key in value) out[key] = value[key];
      return out;
    });
}

/**
 * Warnings that give advice about content the component still shows in full, so they are no sign
 * of a drop. Each says what a site could do better; none of them leaves content out.
 */
const advice = [
  /give `width` and `height`/, // Figure: the image shows, but the page may shift while it loads
  /give `image\.width` and `image\.height`/, // ArticleHighlight: the same advice for its image
  /`alt` repeats the caption/, // Figure: both show; screen readers hear the words twice
  /is made for ArticleHighlight variant/, // TeaserList: every teaser shows, in another layout than designed
  /neither `title` nor `logo` is given/, // Masthead: the header shows without naming the site
  /`collapsible` applies to the reflection variant only/, // QuoteBlock: the quote shows in full, open
  /a collapsible reflection without `excerpt`/, // QuoteBlock: the quote shows in full behind its disclosure
  /`issued` has no time of day/, // NoticeBanner: the date shows; a weather notice should also say the time
  /a row with \d+ cells for \d+ columns/, // Table: every cell shows, some under another header than meant
];

/**
 * Drops the schemas cannot foresee: JSON Schema does not compare one field with another, so these
 * pass the schema and are said by the component alone (src/fixtures/README.md lists them).
 */
const beyondSchemas = [
  /`period\.end` is before `period\.start`/, // ParticipantProfileCard: the period shows, its duration does not
];

describe.each(registered)('$name', ({ name, component, schema }) => {
  it('passes its schema exactly when it renders with nothing dropped', () => {
    const details = fc.check(
      fc.property(record(schema), (generated) => {
        const { children, ...props } = generated as { children?: string | string[] };
        const errors = schemaErrors(schema, generated);
        warned.length = 0;
        const html = renderToStaticMarkup(fixtureElement(component, { props, children }));
        if (errors.length === 0 && warned.length > 0 && warned.every((message) => beyondSchemas.some((pattern) => pattern.test(message)))) return;
        const drops = warned.filter((message) => !advice.some((pattern) => pattern.test(message)));
        expect(
          errors.length === 0,
          `${name} ${JSON.stringify(generated)}\nschema errors: ${JSON.stringify(errors)}\nwarnings about drops: ${JSON.stringify(drops)}\nHTML: ${html.slice(0, 400)}`,
        ).toBe(drops.length === 0);
      }),
      { numRuns, ...(seed !== undefined ? { seed } : {}) },
    );
    if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\n${details.errorInstance instanceof Error ? details.errorInstance.message : ''}`);
  });
});
