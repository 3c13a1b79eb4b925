/**
 * Size budgets, measured on the packed tarball with the benchmark's own bundling (bench/bundle.ts):
 * each entry is bundled as a consumer's production build would. Sizes only; speed lives in `npm run bench`.
 * `npm test` builds dist/ first; run `npm run build` before running this file alone.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets, interimCeilings } from '../../bench/budgets.js';
import { bundle, componentEntry, components, cssSizes, pack, root, unpackConsumer, type CssSizes } from '../../bench/bundle.js';

const work = join(root, 'tests', 'consumers', '.work', 'budgets');
let consumer: string;

beforeAll(() => {
  consumer = unpackConsumer(pack(work), join(work, 'consumer'));
}, 180_000);

function withinBudget(what: string, size: number, budget: number, interim?: number) {
  const ceiling = interim ?? budget;
  const over = size - ceiling;
  const gap = size > budget ? `; the issue's budget is ${budget} B (${(budget / 1024).toFixed(1)} KiB), still ${size - budget} B away` : '';
  const message = `${what}: ${size} B gzip, ${interim !== undefined ? 'interim ceiling' : 'budget'} ${ceiling} B: ${over > 0 ? `over by ${over} B` : `${-over} B to spare`}${gap}`;
  expect(size, message).toBeLessThanOrEqual(ceiling);
}

describe('JavaScript budgets (minified ESM, React external, gzip)', () => {
  it.each(components)('%s alone stays within its ceiling', async (name) => {
    const { code, sizes } = await bundle(consumer, `budget-${name}`, componentEntry([name]));
    expect(code).toContain(name); // the entry really kept the component (its export)
    withinBudget(`${name} alone`, sizes.gzip, budgets.component, interimCeilings[name]);
  }, 60_000);

  it('all four components together stay within their ceiling', async () => {
    const { code, sizes } = await bundle(consumer, 'budget-all', componentEntry(components));
    for (const name of components) expect(code).toContain(name);
    withinBudget('All four components', sizes.gzip, budgets.allComponents, interimCeilings.allComponents);
    // Development warnings, and the prop names they quote, are bytes no production user needs.
    expect(code).not.toContain('[bauhinia-ui]');
    expect(code).not.toMatch(/`(href|cite|image\.src|photo\.src|partners\[\]\.href|name|title|date)`/);
  }, 60_000);
});

describe('CSS budget (minified, gzip)', () => {
  let css: CssSizes[];
  beforeAll(() => {
    css = cssSizes(consumer);
  });

  it('styles.css stays within its budget', () => {
    const styles = css.find((c) => c.file === 'styles.css')!;
    expect(styles.raw).toBeGreaterThan(1000);
    withinBudget('styles.css', styles.gzip, budgets.stylesCss);
  });

  it('ships a per-component stylesheet for every component, each smaller than styles.css', () => {
    const styles = css.find((c) => c.file === 'styles.css')!;
    for (const name of components) {
      const file = css.find((c) => c.file === `css/${name}.css`);
      expect(file, `css/${name}.css`).toBeDefined();
      expect(file!.gzip).toBeLessThan(styles.gzip);
    }
  });
});
