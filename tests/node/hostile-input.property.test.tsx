// Property-based: hostile and odd props for every component, rendered on the server. Reproduce a
// failure with the seed and path it prints: FC_SEED=<seed> FC_PATH=<path> npx vitest run --project node tests/node/hostile-input.property.test.tsx
// Raise the effort with FC_NUM_RUNS=<runs per component>.
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostileUrl } from '../support/arbitraries.js';
import { elementFor, hostilePropsByComponent } from '../support/hostileProps.js';
import { registered, registeredComponent } from '../support/registry.js';
import { inspectMarkup, unsafeUrlReason, validateHtml } from '../support/markup.js';
import { citeSchemes, hrefSchemes, gatedUrl, srcSchemes } from '../../src/internal/safeUrl.js';

const numRuns = Number(process.env.FC_NUM_RUNS ?? 100);
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const path = process.env.FC_PATH;
const parameters = { numRuns, ...(seed !== undefined ? { seed } : {}), ...(path !== undefined ? { path } : {}) };

const stats = { cases: 0, elements: 0, links: 0, empty: 0, urlProbes: 0 };

beforeEach(() => {
  // Components warn about bad props in development; that is expected here and would flood the log.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => {
  console.info(
    `hostile-input properties: ${stats.cases} component renders (${numRuns} per component), ${stats.elements} elements, ` +
      `${stats.links} links, ${stats.empty} rendered nothing; ${stats.urlProbes} URL gate probes; seed ${seed ?? 'random'}`,
  );
});

// Counterexamples can hold 10,000-character strings; keep the report readable.
const clip = (text: string) => text.replace(/[^\n]{600,}/g, (line) => `${line.slice(0, 500)}… (${line.length - 500} more characters)`);

/** Runs a property; on failure, the test fails with fast-check's report: seed, path, counterexample and the error. */
function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  const details = fc.check(fc.property(arbitrary, predicate), parameters);
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const replay = `Replay: FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath ?? ''}`;
  throw new Error(clip(`${fc.defaultReportMessage(details) ?? 'property failed'}\n${replay}\n${cause}`));
}

describe.each(Object.entries(hostilePropsByComponent))('%s with hostile props', (component, props) => {
  it('renders without throwing, as valid HTML, with no injected markup, no unsafe URL and every link named', { timeout: 600_000 }, () => {
    check(fc.tuple(props, fc.boolean()), ([generated, asString]) => {
      const element = elementFor({ component, props: generated });
      const html = asString ? renderToString(element) : renderToStaticMarkup(element);
      stats.cases += 1;
      if (html === '') stats.empty += 1;
      const report = inspectMarkup(html);
      stats.elements += report.elements;
      stats.links += report.links;
      expect(report.problems, html).toEqual([]);
      // React's empty text separators are not part of the markup under test.
      expect(validateHtml(html.replace(/<!-- -->/g, '')), html).toEqual([]);
    });
  });
});

const schemesFor = { href: hrefSchemes, src: srcSchemes, cite: citeSchemes };

describe('the URL gate on its own', () => {
  it('keeps no URL that a browser would resolve to an unsafe scheme', () => {
    check(fc.tuple(hostileUrl, fc.constantFrom('href', 'src', 'cite') as fc.Arbitrary<'href' | 'src' | 'cite'>), ([url, attribute]) => {
      stats.urlProbes += 1;
      const kept = gatedUrl(url, schemesFor[attribute], ['Probe', 'url']);
      if (kept !== undefined) expect(unsafeUrlReason(attribute === 'src' ? 'img' : 'a', attribute, kept)).toBeUndefined();
    });
  });
});

// Slots take the site's own elements; from JavaScript or a CMS they may hold any JSON value, and
// React throws on a plain object anywhere in a child list. A component keeps what React can render.
const withSlots = registered.filter(({ definition }) => definition.slots?.length);

/** The component's first fixture with `value` at a slot's path (`rows[].value`: in every entry of `rows`). */
function withSlotValue(name: string, path: string, value: unknown): Record<string, unknown> {
  const props = structuredClone(registeredComponent(name).fixtures[0]!.props) as Record<string, unknown>;
  const [list, field] = path.split('[].');
  if (field === undefined) return { ...props, [path]: value };
  const entries = Array.isArray(props[list!]) ? (props[list!] as object[]) : [{ label: 'Entry' }];
  return { ...props, [list!]: entries.map((entry) => ({ ...entry, [field]: value })) };
}

const slotValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.array(fc.oneof(fc.jsonValue(), fc.constant(createElement('b', null, 'site element'))), { maxLength: 4 }),
);

it('declares slots for the components that have them', () => {
  expect(withSlots.map(({ name }) => name)).toEqual(expect.arrayContaining(['Masthead', 'PageLayout', 'SiteFooter', 'SummaryList']));
});

describe.each(withSlots)('$name slots filled with any JSON value', ({ name, definition }) => {
  it.each(definition.slots!)('%s never throws during server rendering', (path) => {
    check(fc.tuple(slotValue, fc.boolean()), ([value, asString]) => {
      const element = createElement(registeredComponent(name).component, withSlotValue(name, path, value) as never);
      const html = asString ? renderToString(element) : renderToStaticMarkup(element);
      expect(inspectMarkup(html).problems, html).toEqual([]);
    });
  });

  it.each(definition.slots!)('%s keeps what React can render, next to a plain object', (path) => {
    const html = renderToStaticMarkup(createElement(registeredComponent(name).component, withSlotValue(name, path, [{}, createElement('b', null, 'kept'), [[{ a: 1 }], 'text']]) as never));
    expect(html).toContain('<b>kept</b>');
    expect(html).toContain('text');
  });
});

it('PageLayout leaves out an aside of [{}] (it threw)', () => {
  const element = createElement(registeredComponent('PageLayout').component, { aside: [{}], children: 'Content' } as never);
  expect(renderToStaticMarkup(element)).not.toContain('aside');
});
