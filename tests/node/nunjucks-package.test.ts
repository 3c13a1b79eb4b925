/**
 * bauhinia-ui/nunjucks and bauhinia-ui/text-size.js as a site gets them (issue #22), from the packed
 * tarball: a Nunjucks environment with `nunjucksPath` on its loader and `configureNunjucks` renders
 * every published fixture (dist/fixtures) of every component with a macro to the fixture's HTML,
 * compared as src/fixtures/README.md says; and text-size.js, included in a page that holds only the
 * macro's placeholder, turns it into the running control.
 * `npm test` builds dist/ first; run `node scripts/build.mjs` before running this file alone.
 */
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nunjucks from 'nunjucks';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pack, root, unpackConsumer } from '../../bench/bundle.js';
import { blockName } from '../../src/contract/definition.js';
import { htmlTree } from '../support/ids.js';
import { componentNames } from '../support/registry.js';

// jsdom (installed for the unit tests) without its types, which the project does not install.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string; runScripts: 'outside-only' }) => { window: Window & { eval: (code: string) => void; close: () => void } };
};

interface Published {
  fixtures: Array<{ name: string; props: Record<string, unknown>; children?: unknown; html: string }>;
}

let installed: string;
let env: nunjucks.Environment;

beforeAll(async () => {
  const consumer = unpackConsumer(pack(join(root, 'tests', 'consumers', '.work', 'nunjucks')), join(root, 'tests', 'consumers', '.work', 'nunjucks', 'consumer'));
  // The site's own Nunjucks (the package does not depend on it).
  symlinkSync(join(root, 'node_modules', 'nunjucks'), join(consumer, 'node_modules', 'nunjucks'), 'dir');
  installed = join(consumer, 'node_modules', 'bauhinia-ui');
  // Resolved by name through the package's `exports`, as a site's import would be.
  const entry = createRequire(join(consumer, 'package.json')).resolve('bauhinia-ui/nunjucks');
  const { nunjucksPath, configureNunjucks } = (await import(pathToFileURL(entry).href)) as typeof import('../../src/nunjucks/index.js');
  env = configureNunjucks(new nunjucks.Environment(new nunjucks.FileSystemLoader(nunjucksPath)));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
}, 180_000);

const render = (name: string, params: unknown) => env.renderString(`{% from "${blockName({ name })}/macro.njk" import bh${name} %}{{ bh${name}(params) }}`, { params });

describe('bauhinia-ui/nunjucks, installed', () => {
  it('ships <kebab-name>/macro.njk for every registered component', () => {
    const shipped = componentNames.filter((name) => existsSync(join(installed, 'dist', 'nunjucks', blockName({ name }), 'macro.njk')));
    expect(shipped).toEqual(componentNames);
  });

  it('renders every published fixture through its macro to the published HTML', () => {
    for (const name of componentNames) {
      const { fixtures } = JSON.parse(readFileSync(join(installed, 'dist', 'fixtures', `${name}.json`), 'utf8')) as Published;
      for (const fixture of fixtures) {
        const params = { ...fixture.props, ...(fixture.children === undefined ? {} : { children: fixture.children }) };
        const actual = render(name, params);
        expect(htmlTree(actual), `${name} ${fixture.name}\n${actual}`).toEqual(htmlTree(fixture.html));
      }
    }
  });
});

describe('bauhinia-ui/text-size.js, installed', () => {
  it('is one classic script with no framework and no imports', () => {
    const code = readFileSync(join(installed, 'dist', 'text-size.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\b|\bexport\b|react|__DEV__|process\.env/i);
    expect(createRequire(join(installed, 'package.json')).resolve('bauhinia-ui/text-size.js')).toBe(join(installed, 'dist', 'text-size.js'));
  });

  it("turns the macro's placeholder into the named buttons, with the remembered size pressed", async () => {
    const code = readFileSync(join(installed, 'dist', 'text-size.js'), 'utf8');
    const placeholder = render('TextSizeControl', { locale: 'zh-Hant', labels: { larger: '最大' } });
    const { window } = new JSDOM(`<!DOCTYPE html><html><body>${placeholder}</body></html>`, { url: 'https://example.gov.hk/', runScripts: 'outside-only' });
    window.localStorage.setItem('bauhinia-ui:text-size', 'large');
    // Included in the page's <head> without `defer`, the script waits until the document is parsed.
    window.eval(code);
    await vi.waitFor(() => expect(window.document.readyState).toBe('complete'));
    const group = window.document.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).toBe('字體大小');
    expect(group.hasAttribute('hidden')).toBe(false);
    expect(group.hasAttribute('data-labels')).toBe(false);
    expect(Array.from(group.querySelectorAll('button'), (b) => [b.title, b.getAttribute('aria-pressed')])).toEqual([
      ['正常字體', 'false'],
      ['較大字體', 'true'],
      ['最大', 'false'],
    ]);
    expect(window.document.documentElement.getAttribute('data-text-size')).toBe('large');
    (group.querySelectorAll('button')[2] as HTMLButtonElement).click();
    expect(window.document.documentElement.getAttribute('data-text-size')).toBe('larger');
    expect(window.localStorage.getItem('bauhinia-ui:text-size')).toBe('larger');
    // The buttons follow <html> (a MutationObserver, a microtask) before the page goes.
    await vi.waitFor(() => expect(group.querySelector('[aria-pressed="true"]')!.getAttribute('title')).toBe('最大'));
    window.close();
  });
});
