/**
 * Throwaway consumer projects, generated into tests/consumers/.work/ (git-ignored) and installed from
 * the `npm pack` tarball with npm, like a user's app. Every app renders every fixture the package
 * ships (`bauhinia-ui/fixtures/<Component>.json`, one file per registered component) with the
 * package's own components, and the checks compare the result with each fixture's published HTML,
 * so a new component is covered without editing this file. The React 19 SPA and the Next.js app
 * also render the reference newsletter article in the site shell on a route of its own, in three
 * languages: src/pages/NewsletterArticle.tsx and the modules it imports, compiled to plain JS, so
 * their `'bauhinia-ui'` is the installed tarball. The checks read its landmarks, and in the Next app
 * the client JS the article page loads from the package: the client components' code alone
 * (TextSizeControl), within 1.5 KiB gzip. The Eleventy site builds the same article page with
 * Nunjucks layouts and the package's macros, and must equal the React page: its HTML, its
 * screenshot, and no JavaScript but text-size.js. Used by tests/node/consumers.test.ts (the fast
 * set) and by `tsx tests/consumers/run.ts --all` (every consumer; `--slow`: the SPA, Next and Eleventy only).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { transformSync } from 'esbuild';
import { Fragment, isValidElement, type ReactNode } from 'react';
import type { Page } from 'playwright';
import { pack, root, sizes } from '../../bench/bundle.js';
import { blockName, type ComponentDefinition } from '../../src/contract/definition.js';
import type { Locale } from '../../src/index.js';
import { articleBody, photographer } from '../../src/pages/content/articleBody.js';
import { articleTopics, issuePdf } from '../../src/pages/content/articleTopics.js';
import { demoImageSrc, exchangeProgramme, programmePartners, programmePeriod } from '../../src/pages/content/exchangeProgramme.js';
import { newsletterIssue } from '../../src/pages/content/newsletterIssue.js';
import { programmeFacts } from '../../src/pages/content/programmeFacts.js';
import { programmeQuestions } from '../../src/pages/content/programmeQuestions.js';
import { languageLinks, languagePaths, pageDates, site } from '../../src/pages/content/site.js';
import { htmlTree, idsByReference, type Tree } from '../support/ids.js';
import type { LocalRegistry } from './registry.js';

export const workDir = join(root, 'tests', 'consumers', '.work');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const ours = (name: string) => rootPackage.devDependencies[name]!;

/** Versions: the ones this repository already uses (warm npm cache), except where a consumer tests another. */
const versions = {
  react19: ours('react'),
  react18: '18.3.1',
  vite: ours('vite'),
  pluginReact: ours('@vitejs/plugin-react'),
  vePlugin: ours('@vanilla-extract/vite-plugin'),
  veCss: ours('@vanilla-extract/css'),
  // The newest Next.js at the time of writing; its engines field accepts Node >= 20.9.
  next: '16.4.6',
  // Eleventy 3 with the nunjucks it depends on (the one this repository's macros are tested with).
  eleventy: '3.1.8',
  nunjucks: ours('nunjucks'),
};

export interface Consumer {
  name: string;
  /** Part of the fast set that `npm test` runs every time. */
  fast: boolean;
  dependencies: Record<string, string>;
  /** The app's files, given the components the package registers. */
  files: (components: string[]) => Record<string, string>;
  /** Builds or renders the app and throws with a readable message when a check fails. */
  check: (app: App, log: (line: string) => void) => Promise<void> | void;
}

/** An installed consumer app and what the package it installed ships. */
export interface App {
  dir: string;
  components: string[];
  fixtures: PublishedFixtures[];
}

interface PublishedFixtures {
  component: string;
  /** A client component: its published HTML is the server's placeholder, which the browser replaces. */
  client?: boolean;
  fixtures: Array<{ name: string; props: Record<string, unknown>; children?: string | string[]; html: string }>;
}

// ---------------------------------------------------------------------------------------------
// What every app renders: every published fixture, each in a <section data-fixture="Name/fixture">.

/** The app's module, without JSX so that plain Node runs it too. `fixtureFiles` is the list of fixture files. */
const fixturesModule = (fixtureFiles: string) => `import { createElement as h } from 'react';
import * as ui from 'bauhinia-ui';
${fixtureFiles}
// A fixture's children: a string as it is, an array as one <p> per string (see the package's fixtures README).
const content = (children) => (children === undefined ? [] : [typeof children === 'string' ? children : children.map((text, i) => h('p', { key: i }, text))]);
export const App = () =>
  h('main', null, files.flatMap((file) => file.fixtures.map((fixture) =>
    h('section', { key: file.component + fixture.name, 'data-fixture': file.component + '/' + fixture.name }, h(ui[file.component], fixture.props, ...content(fixture.children))),
  )));
`;

/** The fixture files as bundlers import them. */
const importedFixtures = (components: string[]) =>
  `${components.map((name, i) => `import fixtures${i} from 'bauhinia-ui/fixtures/${name}.json';`).join('\n')}\nconst files = [${components.map((_, i) => `fixtures${i}`).join(', ')}];`;

/** The fixture files as plain Node requires them (through the package's exports). */
const requiredFixtures = (components: string[]) =>
  `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst files = ${JSON.stringify(components.map((name) => `bauhinia-ui/fixtures/${name}.json`))}.map((file) => require(file));`;

/**
 * Server-rendered HTML holds every fixture's published HTML exactly, in its `data-fixture` section,
 * apart from React's text separators, the case of `fetchPriority` (React 19 writes it in camel case,
 * React 18 and the published HTML in lower case; HTML attribute names ignore case) and the spelling
 * of generated ids, which compare by reference, and the order of attributes, which HTML gives no
 * meaning (React 18 writes a button's `name` before its `value`, React 19 after; src/fixtures/README.md).
 */
/** Every start tag's attributes sorted (React escapes `"` and `>` inside attribute values). */
const attributesInOrder = (html: string) =>
  html.replace(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g, (_tag, name: string, attributes: string, selfClosing: string) => {
    const sorted = attributes.match(/[^\s=>/]+(?:="[^"]*")?/g)?.sort() ?? [];
    return `<${[name, ...sorted].join(' ')}${selfClosing}>`;
  });

export function checkServerHtml(rawHtml: string, app: App, where: string): void {
  const html = rawHtml.replace(/<!-- -->/g, '').replace(/ fetchPriority=/g, ' fetchpriority=');
  // A fixture's section runs to the next one (fixtures hold sections of their own).
  const sectionOf = (id: string) => {
    const start = html.indexOf(`<section data-fixture="${id}">`);
    if (start < 0) return '';
    const next = html.indexOf('<section data-fixture="', start + 1);
    return html.slice(start, next < 0 ? undefined : next);
  };
  const missing = app.fixtures.flatMap((file) =>
    file.fixtures
      .filter((f) => !attributesInOrder(idsByReference(sectionOf(`${file.component}/${f.name}`))).includes(attributesInOrder(idsByReference(f.html))))
      .map((f) => `${file.component}/${f.name}`),
  );
  const count = app.fixtures.reduce((n, file) => n + file.fixtures.length, 0);
  if (count === 0 || missing.length) {
    throw new Error(`${where}: the rendered HTML lacks the published HTML of ${missing.join(', ') || 'every fixture (none found)'}\n--- HTML (first 3000 chars) ---\n${html.slice(0, 3000)}`);
  }
}

/** Our CSS reached the built stylesheet: layers, tokens and every component's root class. */
function checkOurCss(css: string, app: App, where: string): void {
  const missing = [
    ['the bauhinia cascade layers', /@layer bauhinia/],
    ['--bh- design tokens', /--bh-[a-z-]+:/],
    ...app.components.map((name) => [`${name}'s rules`, new RegExp(`\\.${rootClass(name)}[^a-z-]`)] as const),
  ].filter(([, pattern]) => !(pattern as RegExp).test(css));
  if (missing.length) throw new Error(`${where}: built CSS lacks ${missing.map(([what]) => what).join('; ')}`);
}

const rootClass = (name: string) => `bh-${blockName({ name })}`;

// ---------------------------------------------------------------------------------------------
// The reference newsletter article (src/pages/NewsletterArticle.tsx), in the site shell.

const articleLocales: Locale[] = ['en', 'zh-Hant', 'zh-Hans'];

/**
 * The page modules as plain JS for an app with no TypeScript: NewsletterArticle.tsx and every module
 * it imports by relative path, found by following the imports. esbuild drops the types and compiles
 * JSX to react/jsx-runtime calls; the `.js` specifiers stay as they are, and so does 'bauhinia-ui',
 * which the app resolves to the package it installed from the tarball.
 */
function articleModules(into: string): Record<string, string> {
  const pagesDir = join(root, 'src', 'pages');
  const modules: Record<string, string> = {};
  const pending = ['NewsletterArticle.js'];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (posix.join(into, file) in modules) continue;
    const source = ['.tsx', '.ts'].map((ext) => join(pagesDir, file!.replace(/\.js$/, ext))).find((path) => existsSync(path));
    if (!source) throw new Error(`src/pages/${file}: no .tsx or .ts source`);
    const { code } = transformSync(readFileSync(source, 'utf8'), { loader: 'tsx', jsx: 'automatic', format: 'esm', sourcefile: relative(root, source) });
    modules[posix.join(into, file)] = code;
    // After the transform: type-only imports are gone.
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) pending.push(posix.join(posix.dirname(file), specifier!));
  }
  return modules;
}

/** What the checks read of a rendered article page: from the browser's DOM, or from server HTML. */
interface ArticleLandmarks {
  /** The lang attribute of the page's <html>. */
  htmlLang: string;
  mains: number;
  headings1: string[];
  /** The hrefs of the ContentsList's links. */
  contentsLinks: string[];
  /** The page's visible text (no scripts). */
  text: string;
}

/** Server HTML read with regular expressions: React's markup is regular enough, and scripts (the RSC payload) are left out. */
function landmarksInHtml(html: string): ArticleLandmarks {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
  const textOf = (fragment: string) => fragment.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => entities[name]!);
  const contentsNav = /<nav\b[^>]*class="bh-contents-list[ "][^>]*>([\s\S]*?)<\/nav>/.exec(markup)?.[1] ?? '';
  return {
    htmlLang: /<html\b[^>]*\blang="([^"]*)"/.exec(markup)?.[1] ?? '',
    mains: [...markup.matchAll(/<main\b/g)].length,
    headings1: [...markup.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => textOf(match[1]!)),
    contentsLinks: [...contentsNav.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((match) => match[1]!),
    text: textOf(markup),
  };
}

/** The article's landmarks: `<html lang>` its locale, one `<main>`, the title as the one `<h1>`, the contents list's links to the sections, every partner city. */
function checkArticle(page: ArticleLandmarks, locale: Locale, where: string): void {
  const { title } = exchangeProgramme[locale].article;
  const sectionLinks = [...Object.values(newsletterIssue[locale].sections), programmeQuestions[locale]].map(({ id }) => `#${id}`);
  const cities = programmePartners(locale).map(({ name }) => name);
  const problems = [
    page.htmlLang !== locale && `<html lang="${page.htmlLang}">, not the page's locale`,
    page.mains !== 1 && `${page.mains} <main> elements, not one`,
    (page.headings1.length !== 1 || page.headings1[0]!.trim() !== title) && `<h1> ${JSON.stringify(page.headings1)}, not the title ${JSON.stringify(title)}`,
    page.contentsLinks.join(' ') !== sectionLinks.join(' ') && `the ContentsList links to ${JSON.stringify(page.contentsLinks)}, not ${JSON.stringify(sectionLinks)}`,
    ...cities.filter((city) => !page.text.includes(city)).map((city) => `no partner city ${city}`),
  ].filter(Boolean);
  if (problems.length) throw new Error(`${where}: the ${locale} article page: ${problems.join('; ')}`);
}

/** For the log lines: what checkArticle found. */
function articleChecked(): string {
  const citiesByRegion = new Map<string, number>();
  for (const { region = '' } of programmePartners('en')) citiesByRegion.set(region, (citiesByRegion.get(region) ?? 0) + 1);
  return `<html lang> the page's locale, one <main>, the title as <h1>, the ContentsList, every partner city (${[...citiesByRegion].map(([region, count]) => `${count} ${region}`).join(', ')})`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function sh(dir: string, command: string, args: string[], env: Record<string, string> = {}): string {
  // A consumer's shell, not ours: vitest sets NODE_ENV=test, which would make Vite build development JSX.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...inherited, FORCE_COLOR: '0', NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`${relative(workDir, dir)}: \`${command} ${args.join(' ')}\` exited ${result.status ?? result.signal}\n${output.slice(-4000)}`);
  return output;
}

const nodeBin = (dir: string, name: string) => join(dir, 'node_modules', '.bin', name);

const walk = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)])) : [];

const readAll = (dir: string, ext: string) =>
  walk(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

/** A build log must not warn about our package. */
function checkLogQuiet(log: string, where: string): void {
  const ourWarnings = log.split('\n').filter((line) => /bauhinia/i.test(line) && /warn|error|deprecat|⚠/i.test(line));
  if (ourWarnings.length) throw new Error(`${where}: the build warns about bauhinia-ui:\n${ourWarnings.join('\n')}`);
}

/** Renders an ESM server bundle's `App` with the app's own react-dom/server. */
function renderWithApp(dir: string, moduleFile: string): string {
  const script = `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
const { App } = await import(${JSON.stringify(pathToFileURL(moduleFile).href)});
process.stdout.write(renderToString(createElement(App)));`;
  writeFileSync(join(dir, 'render-check.mjs'), script);
  return sh(dir, 'node', ['render-check.mjs'], { NODE_ENV: 'production' });
}

const reactDeps = (version: string) => ({ react: version, 'react-dom': version });

const viteApp = (components: string[]) => ({
  'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consumer</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n`,
  'src/Fixtures.js': fixturesModule(importedFixtures(components)),
});

// ---------------------------------------------------------------------------------------------
// The consumers

const nodeSsrFiles = (components: string[]) => ({
  'fixtures.mjs': fixturesModule(requiredFixtures(components)),
  'render.mjs': `// Server rendering with no bundler: Node resolves bauhinia-ui through its package exports.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { version } from 'react';
import { App } from './fixtures.mjs';
const css = import.meta.resolve('bauhinia-ui/styles.css');
process.stdout.write(JSON.stringify({ react: version, css, html: renderToString(createElement(App)) }));
`,
});

function checkNodeSsr(expectedReact: string) {
  return (app: App, log: (line: string) => void) => {
    for (const env of ['production', 'development']) {
      const out = JSON.parse(sh(app.dir, 'node', ['render.mjs'], { NODE_ENV: env })) as { react: string; css: string; html: string };
      if (out.react !== expectedReact) throw new Error(`expected React ${expectedReact}, rendered with ${out.react}`);
      if (!existsSync(new URL(out.css))) throw new Error(`bauhinia-ui/styles.css resolved to a missing file: ${out.css}`);
      checkServerHtml(out.html, app, `renderToString with React ${out.react} (NODE_ENV=${env})`);
      log(`React ${out.react} renderToString (NODE_ENV=${env}): every fixture of ${app.components.length} components, as published`);
    }
  };
}

const viteVanillaExtract: Consumer = {
  name: 'vite-vanilla-extract',
  fast: true,
  dependencies: { ...reactDeps(versions.react19), vite: versions.vite, '@vitejs/plugin-react': versions.pluginReact, '@vanilla-extract/vite-plugin': versions.vePlugin, '@vanilla-extract/css': versions.veCss },
  files: (components) => ({
    ...viteApp(components),
    'vite.config.js': `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
export default defineConfig({ plugins: [react(), vanillaExtractPlugin()] });
`,
    'src/shell.css.ts': `import { style } from '@vanilla-extract/css';
// The app's own vanilla-extract rule; the build must keep it next to the library's CSS.
export const shell = style({ vars: { '--consumer-own-rule': '"kept"' }, outlineOffset: '7px' });
`,
    'src/main.jsx': `import 'bauhinia-ui/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './Fixtures.js';
import { shell } from './shell.css.ts';
createRoot(document.getElementById('root')).render(<div className={shell}><App /></div>);
`,
    // Tree shaking: an app that imports QuoteBlock alone.
    'quote-only.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote only</title></head><body><div id="root"></div><script type="module" src="/src/quote-only.jsx"></script></body></html>\n`,
    'src/quote-only.jsx': `import { createRoot } from 'react-dom/client';
import { QuoteBlock } from 'bauhinia-ui';
createRoot(document.getElementById('root')).render(<QuoteBlock attribution={{ name: 'Only quote' }}>Tree-shaken quote.</QuoteBlock>);
`,
    'vite.quote-only.config.js': `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
export default defineConfig({ plugins: [react()], build: { outDir: 'dist-quote-only', rolldownOptions: { input: 'quote-only.html' } } });
`,
  }),
  async check(app, log) {
    const { dir } = app;
    const buildLog = sh(dir, nodeBin(dir, 'vite'), ['build']);
    checkLogQuiet(buildLog, 'vite build');
    const css = readAll(join(dir, 'dist'), '.css');
    checkOurCss(css, app, 'vite build with vanilla-extract');
    if (!/--consumer-own-rule/.test(css)) throw new Error("vite build with vanilla-extract: the app's own .css.ts rule is missing from the built CSS");
    log(`vite build: ${css.length} chars of CSS with the app's own rule and ours`);
    // Render the app through Vite's own SSR build to check the markup.
    sh(dir, nodeBin(dir, 'vite'), ['build', '--ssr', 'src/Fixtures.js', '--outDir', 'dist-ssr']);
    checkServerHtml(renderWithApp(dir, join(dir, 'dist-ssr', 'Fixtures.js')), app, 'vite SSR build');
    log(`vite SSR build renders every fixture of ${app.components.length} components, as published`);
    await checkTreeShaking(app, log);
  },
};

/** The QuoteBlock-only app must carry none of the other components: no class names, no labels of theirs. */
async function checkTreeShaking(app: App, log: (line: string) => void): Promise<void> {
  sh(app.dir, nodeBin(app.dir, 'vite'), ['build', '-c', 'vite.quote-only.config.js']);
  const js = readAll(join(app.dir, 'dist-quote-only'), '.js');
  if (!js.includes('Tree-shaken quote.') || !js.includes(rootClass('QuoteBlock'))) throw new Error('tree shaking: the QuoteBlock-only bundle lacks QuoteBlock itself');
  const dist = join(app.dir, 'node_modules', 'bauhinia-ui', 'dist');
  const { definitions } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { definitions: readonly ComponentDefinition[] };
  const labelsOf = (name: string) => Object.values(definitions.find((d) => d.name === name)?.labels ?? {}).flatMap((tables) => Object.values(tables.en));
  const quoteLabels = new Set(labelsOf('QuoteBlock'));
  const leaks: string[] = [];
  for (const other of app.components.filter((name) => name !== 'QuoteBlock')) {
    if (js.includes(`"${rootClass(other)}`) || js.includes(`${rootClass(other)}__`)) leaks.push(`${other}'s classes`);
    // As a string literal, and not too short to tell apart from React's own strings.
    for (const label of labelsOf(other)) if (label.trim().length > 5 && !quoteLabels.has(label) && js.includes(JSON.stringify(label))) leaks.push(`${other}'s label "${label}"`);
  }
  if (leaks.length) throw new Error(`tree shaking: an app importing only QuoteBlock still contains ${[...new Set(leaks)].join(', ')}`);
  log(`tree shaking: QuoteBlock-only bundle (${js.length} chars) carries none of the other ${app.components.length - 1} components`);
}

const spaReact19: Consumer = {
  name: 'vite-spa-react19',
  fast: false,
  dependencies: { ...reactDeps(versions.react19), vite: versions.vite, '@vitejs/plugin-react': versions.pluginReact },
  files: (components) => ({
    ...viteApp(components),
    ...articleModules('lib/pages'),
    'vite.config.js': `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
export default defineConfig({ plugins: [react()], build: { rolldownOptions: { input: { fixtures: 'index.html', article: 'article.html' } } } });
`,
    'src/main.jsx': `import 'bauhinia-ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './Fixtures.js';
createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
`,
    // The article page: /article.html in English, ?locale=zh-Hant or zh-Hans for the other versions.
    'article.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><div id="root"></div><script type="module" src="/src/article.jsx"></script></body></html>\n`,
    'src/article.jsx': `import 'bauhinia-ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NewsletterArticle } from '../lib/pages/NewsletterArticle.js';
const locale = new URLSearchParams(location.search).get('locale') ?? 'en';
document.documentElement.lang = locale;
createRoot(document.getElementById('root')).render(<StrictMode><NewsletterArticle locale={locale} /></StrictMode>);
`,
  }),
  async check(app, log) {
    const buildLog = sh(app.dir, nodeBin(app.dir, 'vite'), ['build']);
    checkLogQuiet(buildLog, 'vite build');
    checkOurCss(readAll(join(app.dir, 'dist'), '.css'), app, 'vite build');
    // Render the built SPA in Chromium (served over HTTP: module scripts do not load from file://).
    await inBrowser(join(app.dir, 'dist'), async (open) => {
      const { mismatched, tokenValue, errors } = await renderFixtures(open, app);
      if (errors.length) throw new Error(`the SPA logged errors in Chromium:\n${errors.join('\n')}`);
      if (mismatched.length) throw new Error(`the SPA in Chromium: these fixtures differ from their published HTML:\n${mismatched.join('\n')}`);
      if (!tokenValue) throw new Error('the SPA in Chromium: --bh- tokens are not applied to the page');
      log(`React 19 SPA rendered in Chromium: every fixture's DOM equals its published HTML (client components: working controls); --bh-color tokens applied (${tokenValue})`);
      for (const locale of articleLocales) {
        const { landmarks, textSizeButtons, errors: articleErrors } = await renderArticle(open, locale);
        if (articleErrors.length) throw new Error(`the SPA's ${locale} article page logged errors in Chromium:\n${articleErrors.join('\n')}`);
        checkArticle(landmarks, locale, 'the SPA in Chromium');
        if (textSizeButtons !== 3) throw new Error(`the SPA's ${locale} article page in Chromium: the text size control has ${textSizeButtons} buttons, not 3`);
      }
      log(`article page (${articleLocales.join(', ')}) rendered in Chromium from the copied page modules: ${articleChecked()}; the text size control working; no console errors`);
    });
  },
};

type OpenPage = (path: string) => Promise<{ page: Page; errors: string[] }>;

/** Serves a built app over HTTP and opens its pages in Chromium, each page collecting its errors. */
async function inBrowser(distDir: string, use: (open: OpenPage) => Promise<void>): Promise<void> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = join(distDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = existsSync(path) && !path.endsWith('/') ? path : join(distDir, 'index.html');
    // A site without an index page (the Eleventy one) answers what it lacks with a 404, but for the
    // icon Chromium asks for on its own, which no page links to.
    if (!existsSync(file)) {
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await use(async (path) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`http://127.0.0.1:${port}${path}`);
      return { page, errors };
    });
  } finally {
    await browser.close();
    server.close();
  }
}

// No named functions inside page.evaluate callbacks: tsx would wrap them in a __name() helper the page does not have.

async function renderFixtures(open: OpenPage, app: App): Promise<{ mismatched: string[]; tokenValue: string; errors: string[] }> {
  const { page, errors } = await open('/');
  await page.waitForSelector('[data-fixture]', { timeout: 30_000 });
  const expected = app.fixtures.filter((file) => !file.client).flatMap((file) => file.fixtures.map((f) => ({ id: `${file.component}/${f.name}`, html: f.html })));
  const clientIds = app.fixtures.filter((file) => file.client).flatMap((file) => file.fixtures.map((f) => `${file.component}/${f.name}`));
  // Each rendered fixture against its published HTML parsed and written out by the same browser,
  // adjacent text nodes merged on both sides; ids compare by reference (src/fixtures/README.md).
  const serialized = await page.evaluate((list) => {
    return list.map(({ id, html }) => {
      const section = document.querySelector(`[data-fixture="${id}"]`);
      if (!section) return { id, actual: undefined, wanted: '' };
      const actual = section.cloneNode(true) as HTMLElement;
      actual.normalize();
      const wanted = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
      wanted.normalize();
      return { id, actual: actual.innerHTML, wanted: wanted.innerHTML };
    });
  }, expected);
  // Compared as trees again (attribute order does not count: React sets an image's src last), ids renamed.
  const renamed = serialized.map(({ id, actual, wanted }) => ({ id, actual: actual === undefined ? undefined : idsByReference(actual), wanted: idsByReference(wanted) }));
  const mismatched = await page.evaluate((list) => {
    return list.flatMap(({ id, actual, wanted }) => {
      if (actual === undefined) return [`${id}: not rendered`];
      const [a, b] = [actual, wanted].map((html) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body);
      return a!.isEqualNode(b!) ? [] : [`${id}: ${actual.slice(0, 300)}`];
    });
  }, renamed);
  // A client component replaces its placeholder in the browser: visible, with enabled buttons.
  const inertClients = await page.evaluate((ids) => {
    return ids.filter((id) => {
      const root = document.querySelector(`[data-fixture="${id}"] > *`);
      return !root || root.hasAttribute('hidden') || !root.querySelector('button:not([disabled])');
    });
  }, clientIds);
  mismatched.push(...inertClients.map((id) => `${id}: the client component still shows its server placeholder`));
  const tokenValue = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        const match = /(--bh-color-[a-z-]+)\s*:/.exec(rule.cssText);
        if (match) return `${match[1]}: ${style.getPropertyValue(match[1]!).trim()}`;
      }
    }
    return '';
  });
  await page.close();
  return { mismatched, tokenValue: /:\s*\S/.test(tokenValue) ? tokenValue : '', errors };
}

async function renderArticle(open: OpenPage, locale: Locale): Promise<{ landmarks: ArticleLandmarks; textSizeButtons: number; errors: string[] }> {
  const { page, errors } = await open(`/article.html?locale=${locale}`);
  await page.waitForSelector('main', { timeout: 30_000 });
  // The text size control mounts after the first render: wait for its buttons rather than race them.
  await page.waitForSelector('.bh-text-size-control button', { timeout: 10_000 }).catch(() => {});
  const result = await page.evaluate(() => ({
    landmarks: {
      htmlLang: document.documentElement.lang,
      mains: document.querySelectorAll('main').length,
      headings1: Array.from(document.querySelectorAll('h1')).map((h1) => h1.textContent ?? ''),
      contentsLinks: Array.from(document.querySelectorAll('nav.bh-contents-list a')).map((a) => a.getAttribute('href') ?? ''),
      text: document.body.innerText,
    },
    textSizeButtons: document.querySelectorAll('.bh-text-size-control button:not([disabled])').length,
  }));
  await page.close();
  return { ...result, errors };
}

const nextApp: Consumer = {
  name: 'next-app-router',
  fast: false,
  dependencies: { ...reactDeps(versions.react19), next: versions.next },
  files: (components) => ({
    // The app folder is the workspace root (this repository's lockfile sits above it).
    // Browser source maps name the modules in every client chunk: the check reads which of ours ship.
    'next.config.mjs': 'export default { turbopack: { root: import.meta.dirname }, productionBrowserSourceMaps: true };\n',
    // Two root layouts (no app/layout.jsx), so each page's <html lang> is its own: the fixtures in
    // English, and the article in the locale of its URL (/en/article, /zh-Hant/article, /zh-Hans/article).
    'app/(fixtures)/layout.jsx': `import 'bauhinia-ui/styles.css';
export const metadata = { title: 'Next consumer' };
export default function FixturesLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    // A Server Component: no 'use client' here, and none in the package's server components.
    'app/(fixtures)/Fixtures.js': fixturesModule(importedFixtures(components)),
    'app/(fixtures)/page.jsx': `import { App } from './Fixtures.js';
export default function Page() {
  return <App />;
}
`,
    // The article page as a Server Component in each locale.
    // The page modules live outside app/ (and not in pages/, which Next would take for the Pages Router).
    ...articleModules('lib/pages'),
    'app/[locale]/layout.jsx': `import 'bauhinia-ui/styles.css';
export const metadata = { title: 'Next consumer article' };
export const dynamicParams = false;
export function generateStaticParams() {
  return ${JSON.stringify(articleLocales.map((locale) => ({ locale })))};
}
export default async function ArticleLayout({ children, params }) {
  const { locale } = await params;
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
`,
    'app/[locale]/article/page.jsx': `import { NewsletterArticle } from '../../../lib/pages/NewsletterArticle.js';
export default async function ArticlePage({ params }) {
  const { locale } = await params;
  return <NewsletterArticle locale={locale} />;
}
`,
  }),
  check(app, log) {
    const buildLog = sh(app.dir, nodeBin(app.dir, 'next'), ['build'], { NEXT_TELEMETRY_DISABLED: '1' });
    checkLogQuiet(buildLog, 'next build');
    const warnings = buildLog.split('\n').filter((l) => /⚠|warn/i.test(l));
    if (warnings.length) log(`next build warnings (none mention bauhinia-ui):\n    ${warnings.join('\n    ')}`);
    checkServerHtml(readFileSync(join(app.dir, '.next', 'server', 'app', 'index.html'), 'utf8'), app, 'next build prerendered index.html');
    checkOurCss(readAll(join(app.dir, '.next', 'static'), '.css'), app, 'next build');
    log(`next build prerendered every fixture of ${app.components.length} components in Server Components, as published, with our CSS`);
    const prerendered = join(app.dir, '.next', 'server', 'app');
    for (const locale of articleLocales) {
      const file = join(prerendered, locale, 'article.html');
      checkArticle(landmarksInHtml(readFileSync(file, 'utf8')), locale, `next build prerendered ${relative(app.dir, file)}`);
    }
    log(`article page prerendered (${articleLocales.join(', ')}) from the copied page modules in Server Components: ${articleChecked()}`);
    checkArticleClientJs(app, log);
  },
};

/** The most client JS (gzip) the article page may load from this package: its client components' code. */
const articleClientBudget = 1536;

/**
 * The client JS the Next article page (/en/article) ships from this package: only the client
 * components' modules and the small modules they import, within the budget; no code of any
 * server component in any client chunk. Read from what the build wrote: the page's script tags,
 * its client reference manifest, and every client chunk with its source map.
 */
function checkArticleClientJs(app: App, log: (line: string) => void): void {
  const nextDir = join(app.dir, '.next');
  const dist = join(app.dir, 'node_modules', 'bauhinia-ui', 'dist');
  const clientComponents = app.fixtures.filter((file) => file.client).map((file) => file.component);
  const clientModules = clientComponents.map((name) => `components/${name}/${name}.js`);
  const allowedModules = importClosure(dist, clientModules);
  const where = 'next build, /en/article';

  // The chunks the page loads: its script tags, and the chunks of the client components its RSC payload refers to.
  const manifest = clientReferenceManifest(join(nextDir, 'server', 'app', '[locale]', 'article', 'page_client-reference-manifest.js'), '/[locale]/article/page');
  const html = readFileSync(join(nextDir, 'server', 'app', 'en', 'article.html'), 'utf8');
  const routeChunks = new Set([
    ...[...html.matchAll(/<script\b[^>]*\bsrc="\/_next\/([^"]+\.js)"/g)].map((match) => match[1]!),
    ...Object.values(manifest.clientModules).flatMap((reference) => reference.chunks.map((chunk) => chunk.replace(/^\/_next\//, ''))),
  ]);
  const referenced = Object.keys(manifest.clientModules).flatMap((key) => packageModule(key) ?? []).sort();
  if (referenced.join() !== [...clientModules].sort().join()) throw new Error(`${where}: the client references into bauhinia-ui are ${JSON.stringify(referenced)}, not the client components' modules ${JSON.stringify(clientModules)}`);

  const problems: string[] = [];
  let routeCode = '';
  let routeChunksCode = '';
  const routeModules = new Set<string>();
  const chunks = walk(join(nextDir, 'static')).filter((file) => file.endsWith('.js'));
  for (const file of chunks) {
    const chunk = relative(nextDir, file);
    const code = readFileSync(file, 'utf8');
    for (const name of app.components.filter((component) => !clientComponents.includes(component))) {
      if (new RegExp(`${rootClass(name)}(?:__|--|[^a-z-])`).test(code)) problems.push(`${chunk} holds ${name}'s class names`);
    }
    const ours = packageCodeIn(file, code);
    if (!ours) {
      if (/\bbh-[a-z]/.test(code)) problems.push(`${chunk} has bh- class names but no source map to tell whose`);
      continue;
    }
    for (const module of ours.modules.filter((name) => !allowedModules.includes(name))) problems.push(`${chunk} holds ${module}`);
    if (routeChunks.has(chunk) && ours.modules.length) {
      ours.modules.forEach((module) => routeModules.add(module));
      routeCode += ours.code;
      routeChunksCode += code;
    }
  }
  for (const name of clientComponents) {
    if (![...routeChunks].some((chunk) => new RegExp(`${rootClass(name)}[^a-z-]`).test(readFileSync(join(nextDir, chunk), 'utf8')))) problems.push(`no chunk of the page holds ${name}, a client component it renders`);
  }
  for (const module of clientModules.filter((name) => !routeModules.has(name))) problems.push(`the source maps of the page's chunks do not name ${module}`);
  if (problems.length) throw new Error(`${where}: client JS from bauhinia-ui beyond the client components:\n${problems.join('\n')}`);
  const gzip = sizes(routeCode).gzip;
  if (gzip > articleClientBudget) throw new Error(`${where}: ${gzip} B gzip of client JS from bauhinia-ui, over the budget of ${articleClientBudget} B`);
  log(`client JS from bauhinia-ui on /en/article: ${clientComponents.join(', ')} only, ${gzip} B gzip (budget ${articleClientBudget} B)`);
  log(
    `  that is ${Buffer.byteLength(routeCode)} B minified, the code the source maps give to ${[...routeModules].sort().join(', ')}; ` +
      `the chunks holding it: ${sizes(routeChunksCode).gzip} B gzip with the bundler's wrapper and source map comment. ` +
      `${routeChunks.size} of the build's ${chunks.length} client JS files load on the page; no client JS file holds class names of the other ${app.components.length - clientComponents.length} components`,
  );
}

/** The page's client reference manifest, a script that sets `globalThis.__RSC_MANIFEST[page]`. */
function clientReferenceManifest(file: string, page: string): { clientModules: Record<string, { chunks: string[] }> } {
  const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules: Record<string, { chunks: string[] }> }> } = {};
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[page];
  if (!manifest) throw new Error(`${file} has no client reference manifest for ${page}`);
  return manifest;
}

/** `dist/`-relative path of a module of the installed package, from a bundler's module path or source map URL. */
const packageModule = (path: string) => /node_modules\/bauhinia-ui\/dist\/(.+)$/.exec(path)?.[1];

/** The package modules (`dist/`-relative) that `entries` import, directly or not, themselves included. */
function importClosure(dist: string, entries: string[]): string[] {
  const found = new Set<string>();
  const pending = [...entries];
  for (let module = pending.pop(); module !== undefined; module = pending.pop()) {
    if (found.has(module)) continue;
    found.add(module);
    const code = readFileSync(join(dist, module), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) pending.push(posix.join(posix.dirname(module), specifier!));
  }
  return [...found].sort();
}

/**
 * The code of a client chunk that its source map gives to this package's modules (each mapping
 * segment runs to the next one on its line), and those modules; undefined without a source map.
 */
function packageCodeIn(file: string, code: string): { modules: string[]; code: string } | undefined {
  const mapUrl = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  if (!mapUrl || mapUrl.startsWith('data:')) return undefined;
  const map = JSON.parse(readFileSync(join(dirname(file), mapUrl), 'utf8')) as RawSourceMap & { sections?: Array<{ offset: { line: number; column: number }; map: RawSourceMap }> };
  const lines = code.split('\n');
  const modules = new Set<string>();
  let ours = '';
  const parts = map.sections ?? [{ offset: { line: 0, column: 0 }, map }];
  // In an index map, a section runs up to the next section's offset.
  const segments = parts.flatMap(({ offset, map: part }) =>
    mappingSegments(part.mappings).map(({ line, column, source }) => ({
      line: line + offset.line,
      column: line === 0 ? column + offset.column : column,
      module: source === undefined ? undefined : packageModule(part.sources[source]!),
    })),
  );
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    const end = next?.line === segment.line ? next.column : lines[segment.line]!.length;
    if (segment.module === undefined) return;
    modules.add(segment.module);
    ours += lines[segment.line]!.slice(segment.column, end);
  });
  return { modules: [...modules].sort(), code: ours };
}

interface RawSourceMap {
  sources: string[];
  mappings: string;
}

const base64Digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's mappings: each segment's generated line and column and its source index (none for unmapped segments). */
function mappingSegments(mappings: string): Array<{ line: number; column: number; source: number | undefined }> {
  const segments: Array<{ line: number; column: number; source: number | undefined }> = [];
  let source = 0;
  mappings.split(';').forEach((lineMappings, line) => {
    let column = 0;
    for (const segment of lineMappings.split(',').filter(Boolean)) {
      // Base64 VLQ: 5 bits a digit, the sixth marks a continuation; the lowest bit of a value is its sign.
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = base64Digits.indexOf(char);
        value += (digit & 31) * 2 ** shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value % 2 ? -Math.floor(value / 2) : value / 2);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      segments.push({ line, column, source: fields.length > 1 ? source : undefined });
    }
  });
  return segments;
}

// ---------------------------------------------------------------------------------------------
// The Eleventy site: the same article page built with Nunjucks layouts and the package's macros.

/**
 * JSX the page passes as content (the article's body, a SummaryList value with <time>s), as data
 * for the templates, which write the markup again around its text: a string as it is, `{ p }` for
 * a paragraph, `{ ul }` for a list of items, `{ time, dateTime }` for a <time>. Any other markup is
 * a change to the page the Eleventy templates must learn, so it fails here rather than in a diff.
 */
type MarkupPart = string | { p: string } | { ul: string[] } | { li: string } | { time: string; dateTime: string };

function markupData(node: ReactNode): MarkupPart[] {
  if (node == null || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(markupData);
  if (isValidElement<{ children?: ReactNode; dateTime?: string }>(node)) {
    const { children, dateTime } = node.props;
    if (node.type === Fragment) return markupData(children);
    const text = () => {
      const parts = markupData(children);
      if (!parts.every((part) => typeof part === 'string')) throw new Error(`the article page nests markup in a <${String(node.type)}>, which the Eleventy templates do not write`);
      return parts.join('');
    };
    if (node.type === 'p') return [{ p: text() }];
    if (node.type === 'li') return [{ li: text() }];
    if (node.type === 'time' && typeof dateTime === 'string') return [{ time: text(), dateTime }];
    if (node.type === 'ul') {
      return [{ ul: markupData(children).map((item) => (typeof item === 'object' && 'li' in item ? item.li : fail(`the article page puts ${JSON.stringify(item)} in a <ul>`))) }];
    }
  }
  throw new Error(`the article page passes markup the Eleventy templates do not write: ${String((node as { type?: unknown }).type ?? node)}`);
}

const fail = (message: string): never => {
  throw new Error(message);
};

/**
 * The article page's content in one language, as the Eleventy site's global data: the props
 * SiteShell and NewsletterArticle pass each component, read from the same content modules
 * (src/pages/content), and the JSX they pass as data (`markupData`). Keep in step with
 * src/pages/NewsletterArticle.tsx and SiteShell.tsx: the HTML comparison fails where they differ.
 */
function eleventyArticleData(locale: Locale) {
  const newsletterArticlePath = articlePath();
  const { portal, title, navigation, breadcrumbs, footerLinks, copyright, searchHref, feedbackHref, reportHref } = site[locale];
  const content = exchangeProgramme[locale];
  const issue = newsletterIssue[locale];
  const { programme, participant, reflection, partners } = issue.sections;
  const { article } = content;
  const { bio, ...profile } = content.participant;
  const questions = programmeQuestions[locale];
  const { title: pdfTitle, ...pdf } = issuePdf(locale);
  return {
    locale,
    // SiteShell
    shell: {
      locale,
      masthead: { title, homeHref: navigation[0]!.href, navigation },
      // The masthead's identity strip, a link the layout writes, and its search form.
      portal,
      search: { locale, variant: 'compact', action: searchHref },
      languages: languageLinks(newsletterArticlePath),
      breadcrumbs: [...breadcrumbs, { label: article.title }],
      footer: { links: footerLinks, copyright, ...pageDates },
    },
    // NewsletterArticle
    pageLayout: { locale },
    articleHighlight: { variant: 'feature', headingLevel: 1, locale, kicker: article.kicker, title: article.title, lead: article.lead, date: article.date },
    figure: { locale, src: demoImageSrc, alt: article.imageAlt, caption: article.imageCaption, credit: photographer[locale], aspectRatio: '16:9', loading: 'eager', fetchPriority: 'high' },
    tagList: { locale, items: articleTopics(locale) },
    downloadLink: { locale, ...pdf, children: pdfTitle },
    contentsList: { locale, items: [programme, participant, reflection, partners, questions].map(({ id, heading }) => ({ id, label: heading })) },
    prose: { locale },
    body: markupData(articleBody(locale)),
    programme: {
      section: { id: programme.id, heading: programme.heading },
      summaryList: { locale, rows: programmeFacts[locale].map(({ label, value }) => ({ label, value: typeof value === 'string' ? value : markupData(value) })) },
    },
    participant: {
      section: { id: participant.id, heading: participant.heading, description: participant.description },
      card: { locale, headingLevel: 3, ...profile, period: programmePeriod, children: bio },
    },
    reflection: {
      section: { id: reflection.id, heading: reflection.heading },
      quoteBlock: { variant: 'reflection', collapsible: true, excerpt: content.reflection.excerpt, attribution: content.attribution, locale, children: content.reflection.paragraphs },
    },
    partners: {
      section: { id: partners.id, heading: partners.heading, description: partners.description },
      strip: { partners: programmePartners(locale), label: content.partnersLabel, groupByRegion: true, headingLevel: 3, locale },
    },
    questions: {
      section: { id: questions.id, heading: questions.heading },
      accordion: { locale, name: 'programme-faq', sections: questions.questions },
    },
    previousNext: { locale, previous: issue.previous, next: issue.next },
    feedbackPrompt: { locale, action: feedbackHref, hiddenFields: { page: `${languagePaths[locale]}${newsletterArticlePath}` }, reportHref },
  };
}

/**
 * The article's path after the language prefix, which NewsletterArticle.tsx exports. Read from its
 * source: importing the page module here would load the components from source, styles and all.
 */
function articlePath(): string {
  const source = readFileSync(join(root, 'src', 'pages', 'NewsletterArticle.tsx'), 'utf8');
  return /^export const newsletterArticlePath = '([^']+)';$/m.exec(source)?.[1] ?? fail('src/pages/NewsletterArticle.tsx no longer exports newsletterArticlePath as a string');
}

/** The templates' imports, one line each. */
const macroImports = (names: string[]) => names.map((name) => `{%- from "${blockName({ name })}/macro.njk" import bh${name} -%}`).join('\n');

/** NewsletterArticle.tsx as an Eleventy layout: the page's main content, from its data, inside the site's frame. */
const articleLayout = `---
layout: site-shell.njk
---
${macroImports(['Accordion', 'ArticleHighlight', 'CityPartnerBadgeStrip', 'ContentsList', 'DownloadLink', 'FeedbackPrompt', 'Figure', 'PageLayout', 'ParticipantProfileCard', 'PreviousNext', 'Prose', 'QuoteBlock', 'Section', 'SummaryList', 'TagList'])}
{#- Text with <time>s, as the page's data gives it: strings and { time, dateTime }. -#}
{%- macro withTimes(parts) -%}
{%- for part in parts -%}
{%- if part is string %}{{ part }}{% else %}<time datetime="{{ part.dateTime }}">{{ part.time }}</time>{% endif -%}
{%- endfor -%}
{%- endmacro -%}
{%- set facts = [] -%}
{%- for row in article.programme.summaryList.rows -%}
{%- set added = facts.push({ label: row.label, value: row.value if row.value is string else withTimes(row.value) }) -%}
{%- endfor -%}
{% call bhPageLayout(article.pageLayout) %}
{% call bhArticleHighlight(article.articleHighlight) %}
{{ bhFigure(article.figure) }}
{{ bhTagList(article.tagList) }}
{{ bhDownloadLink(article.downloadLink) }}
{{ bhContentsList(article.contentsList) }}
{% call bhProse(article.prose) %}
{%- for block in article.body -%}
{%- if block.ul %}<ul>{% for item in block.ul %}<li>{{ item }}</li>{% endfor %}</ul>{% else %}<p>{{ block.p }}</p>{% endif -%}
{%- endfor -%}
{% endcall %}
{% call bhSection(article.programme.section) %}
{{ bhSummaryList({ locale: article.programme.summaryList.locale, rows: facts }) }}
{% endcall %}
{% call bhSection(article.participant.section) %}
{{ bhParticipantProfileCard(article.participant.card) }}
{% endcall %}
{% call bhSection(article.reflection.section) %}
{{ bhQuoteBlock(article.reflection.quoteBlock) }}
{% endcall %}
{% call bhSection(article.partners.section) %}
{{ bhCityPartnerBadgeStrip(article.partners.strip) }}
{% endcall %}
{% call bhSection(article.questions.section) %}
{{ bhAccordion(article.questions.accordion) }}
{% endcall %}
{% endcall %}
{{ bhPreviousNext(article.previousNext) }}
{{ bhFeedbackPrompt(article.feedbackPrompt) }}
{% endcall %}
`;

/**
 * The Eleventy section of the Getting started guide (src/docs/GettingStarted.mdx): its code blocks
 * that name a file in their first line (`// eleventy.config.js`, `{#- _includes/site-shell.njk… -#}`)
 * are the site's files, exactly; a Nunjucks block that names none is an excerpt of the article's
 * layout, and must be found in it. So the guide shows the code this consumer runs.
 */
function guideFiles(articleLayout: string): Record<string, string> {
  const guide = readFileSync(join(root, 'src', 'docs', 'GettingStarted.mdx'), 'utf8');
  const section = /^### Eleventy \(Nunjucks\)\n([\s\S]*?)^#{2,3} /m.exec(guide)?.[1] ?? fail('src/docs/GettingStarted.mdx has no "### Eleventy (Nunjucks)" section');
  const files: Record<string, string> = {};
  for (const [, language, code] of section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    const named = /^(?:\/\/ |\{#-? )([\w./-]+\.(?:js|njk))\b/.exec(code!)?.[1];
    if (named) files[named] = code!;
    else if (language === 'njk' && !articleLayout.includes(code!)) throw new Error(`src/docs/GettingStarted.mdx, Eleventy: this excerpt is not in the article's layout:\n${code}`);
  }
  const missing = ['eleventy.config.js', '_includes/site-shell.njk'].filter((file) => !(file in files));
  if (missing.length) throw new Error(`src/docs/GettingStarted.mdx, Eleventy: no code block for ${missing.join(', ')}`);
  return files;
}

const eleventyFiles = () => ({
  // The config and the site's frame, as the guide gives them.
  ...guideFiles(articleLayout),
  '_data/newsletterArticle.json': `${JSON.stringify(articleLocales.map(eleventyArticleData), null, 2)}\n`,
  // One page per language: the layouts write it all from the page's data.
  'article.njk': `---
pagination:
  data: newsletterArticle
  size: 1
  alias: article
permalink: "{{ article.locale }}/article/index.html"
layout: newsletter-article.njk
---
`,
  // NewsletterArticle.tsx: the page's main content.
  '_includes/newsletter-article.njk': articleLayout,
  // The React page, for the comparison: the same page modules the SPA and Next render.
  ...articleModules('lib/pages'),
  'render-react.mjs': `// The React article page's server HTML in each language, from the installed package.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NewsletterArticle } from './lib/pages/NewsletterArticle.js';
const locales = ${JSON.stringify(articleLocales)};
process.stdout.write(JSON.stringify(Object.fromEntries(locales.map((locale) => [locale, renderToStaticMarkup(createElement(NewsletterArticle, { locale }))]))));
`,
});

/** The <head> and <body> of a whole document, as markup. */
function documentParts(html: string, where: string): { htmlAttributes: string; head: string; body: string } {
  const match = /^\s*<!doctype html>\s*<html([^>]*)>\s*<head>([\s\S]*)<\/head>\s*<body>([\s\S]*)<\/body>\s*<\/html>\s*$/i.exec(html);
  if (!match) throw new Error(`${where}: not a document of <html>, <head> and <body>:\n${html.slice(0, 500)}`);
  return { htmlAttributes: match[1]!, head: match[2]!, body: match[3]! };
}

/** Where two normalised trees first differ, as a path of elements and what differs there; undefined when equal. */
function firstDifference(actual: Tree[], wanted: Tree[], path = 'body'): string | undefined {
  const describe = (tree: Tree | undefined) => (tree === undefined ? 'nothing' : typeof tree === 'string' ? JSON.stringify(tree) : `<${tree[0]} ${JSON.stringify(tree[1])}>`);
  for (let i = 0; i < Math.max(actual.length, wanted.length); i++) {
    const [a, w] = [actual[i], wanted[i]];
    if (typeof a === 'string' || typeof w === 'string' || a === undefined || w === undefined) {
      if (a !== w) return `${path} > [${i}]: ${describe(a)}, React has ${describe(w)}`;
      continue;
    }
    // Named by its own class, not the shared bh-component every root wears.
    const ownClass = a[1].class?.split(' ').find((name) => name !== 'bh-component');
    const here = `${path} > ${a[0]}${ownClass ? `.${ownClass}` : ''}`;
    if (a[0] !== w[0] || JSON.stringify(Object.entries(a[1]).sort()) !== JSON.stringify(Object.entries(w[1]).sort())) return `${path} > [${i}]: ${describe(a)}, React has ${describe(w)}`;
    const inside = firstDifference(a[2], w[2], here);
    if (inside) return inside;
  }
  return undefined;
}

/** The page's scripts and what else could run: only text-size.js, loaded by one external script, may. */
function checkOnlyTextSizeJs(app: App, html: string, where: string): void {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  const problems = [
    scripts.length !== 1 && `${scripts.length} <script> elements, not one`,
    ...scripts.filter(([, attributes, body]) => !/^\s+src="\/assets\/bauhinia-ui\/text-size\.js"\s+defer$/.test(attributes!) || body!.trim()).map(([script]) => `a script other than text-size.js: ${script.slice(0, 200)}`),
    /\son[a-z]+=/i.test(html) && 'an inline event handler attribute',
    /javascript:/i.test(html) && 'a javascript: URL',
    /<(?:iframe|object|embed)\b/i.test(html) && 'an iframe, object or embed',
  ].filter(Boolean);
  const outputJs = walk(join(app.dir, '_site')).filter((file) => /\.m?js$/.test(file));
  const shipped = readFileSync(join(app.dir, 'node_modules', 'bauhinia-ui', 'dist', 'text-size.js'));
  if (outputJs.map((file) => relative(join(app.dir, '_site'), file)).join() !== posix.join('assets', 'bauhinia-ui', 'text-size.js')) problems.push(`the site's JavaScript files are ${JSON.stringify(outputJs.map((file) => relative(app.dir, file)))}, not text-size.js alone`);
  else if (!readFileSync(outputJs[0]!).equals(shipped)) problems.push("the site's text-size.js is not the package's");
  if (!/<div\b(?=[^>]*\shidden[\s>=])(?=[^>]*\sclass="[^"]*\bbh-text-size-control\b)(?=[^>]*\sdata-labels=")[^>]*>\s*<\/div>/.test(html)) problems.push("no TextSizeControl placeholder (a hidden div.bh-text-size-control with data-labels) for text-size.js to enhance");
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
}

const eleventySite: Consumer = {
  name: 'eleventy-nunjucks',
  fast: false,
  // React renders the reference page only (render-react.mjs); the site itself has none.
  dependencies: { '@11ty/eleventy': versions.eleventy, nunjucks: versions.nunjucks, ...reactDeps(versions.react19) },
  files: eleventyFiles,
  async check(app, log) {
    const started = Date.now();
    const buildLog = sh(app.dir, nodeBin(app.dir, 'eleventy'), []);
    checkLogQuiet(buildLog, 'eleventy');
    log(`eleventy built the article page (${articleLocales.join(', ')}) from Nunjucks layouts and the package's macros in ${((Date.now() - started) / 1000).toFixed(1)} s: ${buildLog.trim().split('\n').at(-1)}`);
    const reactPages = JSON.parse(sh(app.dir, 'node', ['render-react.mjs'], { NODE_ENV: 'production' })) as Record<Locale, string>;
    const siteDir = join(app.dir, '_site');
    const pages = articleLocales.map((locale) => {
      const file = join(siteDir, locale, 'article', 'index.html');
      const where = `eleventy ${relative(app.dir, file)}`;
      const html = readFileSync(file, 'utf8');
      const { htmlAttributes, head, body } = documentParts(html, where);
      checkArticle(landmarksInHtml(html), locale, where);
      const difference = firstDifference(htmlTree(body), htmlTree(reactPages[locale]));
      if (difference) throw new Error(`${where}: the <body> differs from the React article page's server HTML (compared as src/fixtures/README.md says, ids by reference) at\n  ${difference}`);
      checkOnlyTextSizeJs(app, html, where);
      return { locale, htmlAttributes, head, react: reactPages[locale] };
    });
    log(`the <body> of each page equals the React article page's renderToStaticMarkup (trees, ids by reference); ${articleChecked()}`);
    log('each page ships no JavaScript but the package\'s text-size.js (one deferred script, passthrough-copied), and holds the TextSizeControl placeholder');
    // The React page as a static document with the Eleventy page's own <head>: the same CSS and script.
    for (const { locale, htmlAttributes, head, react } of pages) {
      const file = join(siteDir, 'react', locale, 'article', 'index.html');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `<!doctype html>\n<html${htmlAttributes}>\n<head>${head}</head>\n<body>${react}</body>\n</html>\n`);
    }
    await inBrowser(siteDir, async (open) => {
      for (const { locale } of pages) {
        const [eleventy, react] = [await screenshotArticle(open, `/${locale}/article/index.html`), await screenshotArticle(open, `/react/${locale}/article/index.html`)];
        if (eleventy.errors.length) throw new Error(`the Eleventy ${locale} page logged errors in Chromium:\n${eleventy.errors.join('\n')}`);
        if (eleventy.textSizeButtons !== 3) throw new Error(`the Eleventy ${locale} page in Chromium: text-size.js made ${eleventy.textSizeButtons} text size buttons of the placeholder, not 3`);
        if (!eleventy.png.equals(react.png)) {
          const shots = [join(app.dir, `eleventy-${locale}.png`), join(app.dir, `react-${locale}.png`)];
          writeFileSync(shots[0]!, eleventy.png);
          writeFileSync(shots[1]!, react.png);
          const differing = await differingPixels(open, `/react/${locale}/article/index.html`, eleventy.png, react.png);
          throw new Error(`the ${locale} page's screenshot at ${screenshotWidth} px differs from the React page's: ${differing}; see ${shots.map((shot) => relative(root, shot)).join(' and ')}`);
        }
        log(`${locale}: Chromium screenshots at ${screenshotWidth} px of the Eleventy page and the React page are equal, pixel for pixel (${eleventy.size.width}×${eleventy.size.height}, ${eleventy.png.length} B PNG); text-size.js made the 3 buttons`);
      }
    });
  },
};

const screenshotWidth = 1280;

/** A full-page screenshot at 1280 px, once fonts are loaded and text-size.js has made its buttons. */
async function screenshotArticle(open: OpenPage, path: string): Promise<{ png: Buffer; size: { width: number; height: number }; textSizeButtons: number; errors: string[] }> {
  const { page, errors } = await open(path);
  await page.setViewportSize({ width: screenshotWidth, height: 900 });
  await page.waitForSelector('main', { timeout: 30_000 });
  await page.waitForSelector('.bh-text-size-control button', { timeout: 10_000 }).catch(() => {});
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const textSizeButtons = await page.evaluate(() => document.querySelectorAll('.bh-text-size-control button:not([disabled])').length);
  const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  await page.close();
  return { png, size, textSizeButtons, errors };
}

/** How two screenshots differ: their sizes, or how many pixels differ, counted in a canvas. */
async function differingPixels(open: OpenPage, path: string, a: Buffer, b: Buffer): Promise<string> {
  const { page } = await open(path);
  const result = await page.evaluate(
    async ([first, second]) => {
      const images = await Promise.all(
        [first, second].map(async (data) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return { width: bitmap.width, height: bitmap.height, pixels: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
        }),
      );
      const [x, y] = images as [(typeof images)[0], (typeof images)[0]];
      if (x.width !== y.width || x.height !== y.height) return `${x.width}×${x.height} against ${y.width}×${y.height}`;
      let count = 0;
      let firstRow = -1;
      for (let i = 0; i < x.pixels.length; i += 4) {
        if (x.pixels[i] !== y.pixels[i] || x.pixels[i + 1] !== y.pixels[i + 1] || x.pixels[i + 2] !== y.pixels[i + 2] || x.pixels[i + 3] !== y.pixels[i + 3]) {
          count++;
          if (firstRow < 0) firstRow = Math.floor(i / 4 / x.width);
        }
      }
      return `${count} of ${x.width * x.height} pixels differ, the first in row ${firstRow}`;
    },
    [a.toString('base64'), b.toString('base64')],
  );
  await page.close();
  return result;
}

export const consumers: Consumer[] = [
  { name: 'node-ssr-react19', fast: true, dependencies: reactDeps(versions.react19), files: nodeSsrFiles, check: checkNodeSsr(versions.react19) },
  { name: 'node-ssr-react18', fast: true, dependencies: reactDeps(versions.react18), files: nodeSsrFiles, check: checkNodeSsr(versions.react18) },
  viteVanillaExtract,
  spaReact19,
  nextApp,
  eleventySite,
];

// ---------------------------------------------------------------------------------------------
// Running

/** Packs the library (building dist/ first if it is missing) into the work dir. */
export function packForConsumers(): string {
  return pack(workDir);
}

/** The components a tarball registers: one fixture file each. */
function componentsIn(tarball: string): string[] {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  return [...listing.matchAll(/^package\/dist\/fixtures\/(\w+)\.json$/gm)].map((m) => m[1]!).sort();
}

/**
 * Where a consumer gets `bauhinia-ui`: the packed tarball's path (the fast set), or by name from a
 * local registry the package was published to (the slow set; tests/consumers/registry.ts).
 */
export type PackageSource = { tarball: string; registry?: LocalRegistry };

/** Writes the consumer's files, installs the package from its source and runs its checks. */
export async function runConsumer(consumer: Consumer, source: PackageSource, log: (line: string) => void = console.log): Promise<void> {
  const { tarball, registry } = source;
  const dir = join(workDir, consumer.name);
  const components = componentsIn(tarball);
  if (!components.length) throw new Error(`${tarball} ships no fixtures`);
  // Keep node_modules between runs (npm reuses it); the package and sources are fresh every time.
  for (const entry of existsSync(dir) ? readdirSync(dir) : []) if (entry !== 'node_modules') rmSync(join(dir, entry), { recursive: true, force: true });
  for (const [file, text] of Object.entries(consumer.files(components))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const spec = registry ? registry.version : `file:${relative(dir, tarball)}`;
  if (registry) writeFileSync(join(dir, '.npmrc'), `registry=${registry.url}\n`);
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `consumer-${consumer.name}`, private: true, type: 'module', dependencies: { 'bauhinia-ui': spec, ...consumer.dependencies } }, null, 2)}\n`,
  );
  // The same name and version is cached by npm (in node_modules and its cache); drop the old copy first.
  rmSync(join(dir, 'node_modules', 'bauhinia-ui'), { recursive: true, force: true });
  const started = Date.now();
  // A republished version has new contents under the same number: ask the registry, not npm's cache.
  sh(dir, 'npm', ['install', '--no-audit', '--no-fund', registry ? '--prefer-online' : '--prefer-offline', '--loglevel=error']);
  if (registry) {
    // The lockfile names no registry it installed from when it is the configured one; its integrity
    // proves the package is the one just published there.
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { integrity?: string }> };
    const installed = lock.packages['node_modules/bauhinia-ui']?.integrity;
    if (installed !== registry.integrity) throw new Error(`bauhinia-ui installed with integrity ${installed}, not the ${registry.integrity} just published to ${registry.url}`);
    const missing = ['README.md', 'LICENSE', 'CHANGELOG.md'].filter((file) => !existsSync(join(dir, 'node_modules', 'bauhinia-ui', file)));
    if (missing.length) throw new Error(`the published package lacks ${missing.join(', ')}`);
  }
  log(registry ? `installed bauhinia-ui@${registry.version} by name from the local registry in ${((Date.now() - started) / 1000).toFixed(1)} s` : `installed from the tarball in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const fixtures = components.map((name) => JSON.parse(readFileSync(join(dir, 'node_modules', 'bauhinia-ui', 'dist', 'fixtures', `${name}.json`), 'utf8')) as PublishedFixtures);
  await consumer.check({ dir, components, fixtures }, log);
}
