/**
 * The HTML + CSS contract for teams without React: a plain HTML page assembled only from the
 * published fixtures' HTML (`bauhinia-ui/fixtures/*.json`) and `bauhinia-ui/styles.css`, opened in
 * Chromium with JavaScript switched off, looks exactly like the same fixtures rendered by React in
 * the browser, passes axe, and what it offers works without JavaScript: disclosures open, in-page
 * links (skip link, back to top, contents) reach their targets, every other link is a plain link.
 * `npm test` builds dist/ first; run `npm run build` before this file alone.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComponentDefinition } from '../../src/contract/definition.js';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface FixtureFile {
  component: string;
  fixtures: Array<{ name: string; props: Record<string, unknown>; children?: string | string[]; html: string }>;
}

let site: string;
let server: Server;
let origin: string;
let browser: Browser;
let files: FixtureFile[];
/** Client components: without JavaScript they show nothing, by design, instead of what React renders. */
let clientComponents: string[];

// Both pages share the head, a main region (the skip link's target) and one section per fixture, so
// only the way the HTML got there differs.
// Each section keeps 2 px of blank space at its edges: a box that ends between pixels is
// photographed to the next whole pixel, which must not reach the next fixture (it differs when that
// is a client component, which shows nothing on the static page).
const page = (body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixtures</title><link rel="stylesheet" href="styles.css"><style>section[data-fixture] { padding-block: 2px; }</style></head><body><main id="main-content"><div id="root">${body}</div></main>${script}</body></html>\n`;
const section = (id: string, html: string) => `<section data-fixture="${id}">${html}</section>`;

beforeAll(async () => {
  if (!existsSync(join(dist, 'fixtures'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  files = readdirSync(join(dist, 'fixtures'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dist, 'fixtures', f), 'utf8')) as FixtureFile);
  // Inside the repository (git-ignored), so the React page's entry resolves react from node_modules.
  const { definitions } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { definitions: readonly ComponentDefinition[] };
  clientComponents = definitions.filter((d) => d.client).map((d) => d.name);
  site = join(root, 'tests', 'consumers', '.work', 'static-html');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  copyFileSync(join(dist, 'styles.css'), join(site, 'styles.css'));

  // No React, no JavaScript: the published HTML as it is.
  writeFileSync(join(site, 'static.html'), page(files.flatMap((file) => file.fixtures.map((f) => section(`${file.component}/${f.name}`, f.html))).join('')));

  // The same fixtures rendered by React in the browser, from the built package.
  writeFileSync(
    join(site, 'react-entry.js'),
    `import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import * as ui from ${JSON.stringify(join(dist, 'index.js'))};
const files = ${JSON.stringify(files)};
const content = (c) => (c === undefined ? [] : [typeof c === 'string' ? c : c.map((t, i) => h('p', { key: i }, t))]);
const sections = files.flatMap((file) => file.fixtures.map((f) => h('section', { key: file.component + f.name, 'data-fixture': file.component + '/' + f.name }, h(ui[file.component], f.props, ...content(f.children)))));
flushSync(() => createRoot(document.getElementById('root')).render(sections));
document.body.dataset.rendered = 'true';
`,
  );
  await build({
    configFile: false,
    root: site,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: join(site, 'out'), emptyOutDir: true, minify: false, rolldownOptions: { input: join(site, 'react-entry.js'), output: { entryFileNames: 'react.js', format: 'es' } } },
  });
  copyFileSync(join(site, 'out', 'react.js'), join(site, 'react.js'));
  writeFileSync(join(site, 'react.html'), page('', '<script type="module" src="react.js"></script>'));

  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  // The fixtures point at images a site would have (`/images/…`): serve one picture for all of them.
  const picture = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3 2"><rect width="3" height="2" fill="#1a6f93"/></svg>';
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/images/')) return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(picture);
    const file = join(site, path);
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** An element's box in page coordinates. */
const boxOf = (tab: Page, selector: string) =>
  tab.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  });

async function openStatic(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1024, height: 800 } });
  const tab = await context.newPage();
  await tab.goto(`${origin}/static.html`);
  return tab;
}

describe('the published HTML with styles.css alone, no React and no JavaScript', () => {
  it('holds every registered component', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(file.fixtures.length, file.component).toBeGreaterThanOrEqual(3);
  });

  it('looks exactly like the same fixtures rendered by React in the browser', async () => {
    const staticTab = await openStatic(false);
    const reactContext = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const reactTab = await reactContext.newPage();
    const errors: string[] = [];
    reactTab.on('pageerror', (e) => errors.push(String(e)));
    await reactTab.goto(`${origin}/react.html`);
    await reactTab.waitForSelector('body[data-rendered]');
    // Client components finish in an effect after the first render (TextSizeControl's buttons):
    // measure the page once they have, so nothing moves between a box and its screenshot.
    await reactTab.waitForFunction(() => !document.querySelector('.bh-text-size-control--pending'));
    expect(errors).toEqual([]);
    // Every image loaded on both pages, lazy ones included, before any pixel is compared.
    for (const tab of [staticTab, reactTab]) {
      await tab.evaluate(async () => {
        await document.fonts.ready;
        const images = [...document.images];
        for (const img of images) img.loading = 'eager';
        await Promise.all(images.map((img) => (img.complete ? null : new Promise((done) => img.addEventListener('load', done, { once: true })))));
      });
    }
    const ids = await staticTab.$$eval('[data-fixture]', (sections) => sections.map((s) => s.getAttribute('data-fixture')!));
    expect(ids.length).toBe(files.reduce((n, f) => n + f.fixtures.length, 0));
    const differing: string[] = [];
    for (const id of ids.filter((id) => !clientComponents.includes(id.split('/')[0]!))) {
      const selector = `[data-fixture="${id}"]`;
      // A part that shows nothing until focused (the skip link) has no box to photograph: both must agree on that.
      const [boxA, boxB] = await Promise.all([boxOf(staticTab, selector), boxOf(reactTab, selector)]);
      if (!boxA.height || !boxB.height) {
        if (boxA.height !== boxB.height) differing.push(id);
        continue;
      }
      // Whole-page shots, clipped: nothing scrolls, so sticky parts sit the same on both pages.
      const [a, b] = await Promise.all([staticTab.screenshot({ fullPage: true, clip: boxA }), reactTab.screenshot({ fullPage: true, clip: boxB })]);
      if (!a.equals(b)) {
        writeFileSync(join(site, `${id.replace('/', '-')}-static.png`), a);
        writeFileSync(join(site, `${id.replace('/', '-')}-react.png`), b);
        differing.push(id);
      }
    }
    expect(differing, `pixels differ (both images written to ${site})`).toEqual([]);
    // The comparison can fail: two different fixtures never match.
    const [first, second] = await Promise.all(ids.slice(0, 2).map(async (id) => staticTab.screenshot({ fullPage: true, clip: await boxOf(staticTab, `[data-fixture="${id}"]`) })));
    expect(first!.equals(second!)).toBe(false);
    await staticTab.context().close();
    await reactContext.close();
  }, 180_000);

  it('paints the page base: no browser margin around <body>, the theme\'s surface, text colour and font', async () => {
    const tab = await openStatic(false);
    const base = await tab.evaluate(() => {
      const [root, body] = [getComputedStyle(document.documentElement), getComputedStyle(document.body)];
      return { margin: body.margin, background: root.backgroundColor, color: root.color, font: body.fontFamily };
    });
    // The default theme's page surface and text (tokens.json), and the English stack, not the browser's Times.
    expect(base).toEqual({ margin: '0px', background: 'rgb(255, 255, 255)', color: 'rgb(31, 28, 25)', font: expect.stringMatching(/^"Segoe UI", Roboto/) });
    await tab.context().close();
  });

  it('shows nothing of a client component, never controls that cannot work', async () => {
    const tab = await openStatic(false);
    for (const name of clientComponents) {
      const sections = tab.locator(`[data-fixture^="${name}/"]`);
      expect(await sections.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await sections.count()); i++) {
        expect(await sections.nth(i).locator('button').count()).toBe(0);
        // Its content takes no height: the section is its own blank padding alone.
        const contentHeight = await sections.nth(i).evaluate((el) => {
          const { paddingTop, paddingBottom } = getComputedStyle(el);
          return el.getBoundingClientRect().height - parseFloat(paddingTop) - parseFloat(paddingBottom);
        });
        expect(contentHeight).toBe(0);
      }
    }
    await tab.context().close();
  });

  it('passes axe (WCAG 2.2 A and AA)', async () => {
    const tab = await openStatic(true); // the page has no scripts; axe is the test's own
    await tab.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = await tab.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run({
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      });
      return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    // Several fixtures of one component on one page repeat ids and landmarks; those rules judge the page, not the parts.
    expect(violations.filter((v) => !/^(duplicate-id|landmark-|region)/.test(v))).toEqual([]);
    await tab.context().close();
  }, 60_000);

  it('works without JavaScript: disclosures open, in-page links reach their targets, other links are plain links', async () => {
    const tab = await openStatic(false);
    const summaries = tab.locator('details > summary');
    const count = await summaries.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      // A disclosure shown only at some widths (the Masthead's Menu on narrow screens) is no control at others.
      if (!(await summaries.nth(i).isVisible())) continue;
      const details = summaries.nth(i).locator('..');
      const wasOpen = await details.evaluate((d) => (d as HTMLDetailsElement).open);
      await summaries.nth(i).click();
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!wasOpen);
    }
    const links = await tab.$$eval('a[href]', (anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).not.toMatch(/^\s*javascript:/i);
    // In-page links: the target exists (or is the top of the page), and following one scrolls or focuses there.
    const fragments = [...new Set(links.filter((href) => href.startsWith('#')))];
    for (const fragment of fragments) {
      const target = decodeURIComponent(fragment.slice(1));
      const exists = await tab.evaluate((id) => id === 'top' || id === '' || document.getElementById(id) !== null, target);
      expect(exists, `${fragment} has no target on the page`).toBe(true);
    }
    await tab.context().close();
  }, 60_000);
});
