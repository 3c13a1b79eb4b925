/**
 * Size budgets, measured on the packed tarball with the benchmark's own bundling (bench/bundle.ts):
 * each entry is bundled as a consumer's production build would. Sizes only; speed lives in `npm run bench`.
 * `npm test` builds dist/ first; run `npm run build` before running this file alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets, cssBudget, jsBudget, missionComponents } from '../../bench/budgets.js';
import { bundle, componentEntry, cssSizes, libraryEntry, pack, registeredComponents, root, sizes, unpackConsumer, type CssSizes } from '../../bench/bundle.js';
import { blockName } from '../../src/contract/definition.js';
import { componentNames } from '../support/registry.js';

const work = join(root, 'tests', 'consumers', '.work', 'budgets');
let consumer: string;
let packaged: string[];

beforeAll(async () => {
  consumer = unpackConsumer(pack(work), join(work, 'consumer'));
  packaged = await registeredComponents(consumer);
}, 180_000);

const rootClass = (name: string) => `bh-${blockName({ name })}`;

function withinBudget(what: string, size: number, budget: number) {
  const over = size - budget;
  expect(size, `${what}: ${size} B gzip, budget ${budget} B: ${over > 0 ? `over by ${over} B` : `${-over} B to spare`}`).toBeLessThanOrEqual(budget);
}

// Production code carries no development warnings, nor the [component, prop] pairs they quote
// (a part named `title` in a definition is fine; a tuple ending in a prop path is a dev leftover).
function expectNoDevelopmentText(code: string) {
  expect(code).not.toContain('[bauhinia-ui]');
  expect(code).not.toMatch(/,`(href|cite|image\.src|photo\.src|partners\[\]\.href|homeHref|items\[\]\.href|hrefTemplate|[a-z]+\.href)`\]/);
}

it('the packed package registers the same components as the source', () => {
  expect(packaged).toEqual(componentNames);
});

describe('JavaScript budgets (minified ESM, React external, gzip)', () => {
  it.each(componentNames)('%s alone stays within its budget', async (name) => {
    const { code, sizes } = await bundle(consumer, `budget-${name}`, componentEntry([name]));
    expect(code).toContain(rootClass(name)); // the entry really kept the component
    withinBudget(`${name} alone`, sizes.gzip, jsBudget(name));
    expectNoDevelopmentText(code);
  }, 60_000);

  it('the four mission components together stay within their budget', async () => {
    const { code, sizes } = await bundle(consumer, 'budget-mission', componentEntry(missionComponents));
    withinBudget('The four mission components', sizes.gzip, budgets.missionTogether);
    expectNoDevelopmentText(code);
  }, 60_000);

  it('the whole library (every export) stays within its budget', async () => {
    const { code, sizes } = await bundle(consumer, 'budget-library', libraryEntry());
    for (const name of componentNames) expect(code).toContain(rootClass(name));
    withinBudget('The whole library', sizes.gzip, budgets.library);
    expectNoDevelopmentText(code);
  }, 60_000);
});

it('text-size.js, the script of template pages, stays within its budget as shipped', () => {
  const code = readFileSync(join(consumer, 'node_modules', 'bauhinia-ui', 'dist', 'text-size.js'), 'utf8');
  expect(code).toContain('bh-text-size-control--pending');
  expect(code).not.toMatch(/\bimport\b|react|process\.env/i);
  withinBudget('text-size.js', sizes(code).gzip, budgets.textSizeScript);
});

describe('CSS budgets (minified, gzip)', () => {
  let css: CssSizes[];
  beforeAll(() => {
    css = cssSizes(consumer);
  });

  it('styles.css stays within its budget', () => {
    const styles = css.find((c) => c.file === 'styles.css')!;
    expect(styles.raw).toBeGreaterThan(1000);
    withinBudget('styles.css', styles.gzip, budgets.stylesCss);
  });

  it.each(componentNames)('%s ships its own stylesheet, smaller than styles.css', (name) => {
    const styles = css.find((c) => c.file === 'styles.css')!;
    const file = css.find((c) => c.file === `css/${name}.css`);
    expect(file, `css/${name}.css`).toBeDefined();
    expect(file!.gzip).toBeLessThan(styles.gzip);
    expect(file!.own?.raw, `css/${name}.css has its own rules after /* ${name} */`).toBeGreaterThan(0);
    // The mission components predate the CSS ceiling; every later one is held to it.
    if (!missionComponents.includes(name)) withinBudget(`${name}'s own CSS`, file!.own!.gzip, cssBudget(name));
  });
});
