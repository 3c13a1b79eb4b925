/**
 * Throwaway consumer projects, generated into tests/consumers/.work/ (git-ignored) and installed from
 * the `npm pack` tarball with npm, like a user's app. Each one builds or renders and checks the
 * resulting HTML/CSS/JS, not only the exit code. Used by tests/node/consumers.test.ts (the fast
 * set) and by `tsx tests/consumers/run.ts --all` (every consumer).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pack, root } from '../../bench/bundle.js';

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
};

export interface Consumer {
  name: string;
  /** Part of the fast set that `npm test` runs every time. */
  fast: boolean;
  dependencies: Record<string, string>;
  files: Record<string, string>;
  /** Builds or renders the app and throws with a readable message when a check fails. */
  check: (dir: string, log: (line: string) => void) => Promise<void> | void;
}

// ---------------------------------------------------------------------------------------------
// What every app renders, and what the rendered HTML must contain.

/** JSX for the four components with small, checkable content. */
const appJsx = `
      <ArticleHighlight title="Consumer article title" lead="A lead paragraph." date="2025-01-15" headingLevel={2} locale="en">
        <p>Article body text.</p>
      </ArticleHighlight>
      <QuoteBlock attribution={{ name: 'Consumer Speaker', role: 'Participant' }} locale="en">
        Quoted consumer words.
      </QuoteBlock>
      <ParticipantProfileCard name="Terence Wang" honorific="Mr" role="Exchange participant" homeCity="Shenzhen" period={{ start: '2024-12-02', end: '2025-03-01' }} locale="en" />
      <CityPartnerBadgeStrip label="Consumer partner cities" partners={[{ name: 'Beijing' }, { name: 'Shenzhen', current: true }]} locale="en" />`;

const imports = `import { ArticleHighlight, CityPartnerBadgeStrip, ParticipantProfileCard, QuoteBlock } from 'bauhinia-ui';`;

/** The same tree without JSX, for the no-bundler Node script. */
const appCreateElement = `
const h = createElement;
export const App = () =>
  h('main', null,
    h(ArticleHighlight, { title: 'Consumer article title', lead: 'A lead paragraph.', date: '2025-01-15', headingLevel: 2, locale: 'en' }, h('p', null, 'Article body text.')),
    h(QuoteBlock, { attribution: { name: 'Consumer Speaker', role: 'Participant' }, locale: 'en' }, 'Quoted consumer words.'),
    h(ParticipantProfileCard, { name: 'Terence Wang', honorific: 'Mr', role: 'Exchange participant', homeCity: 'Shenzhen', period: { start: '2024-12-02', end: '2025-03-01' }, locale: 'en' }),
    h(CityPartnerBadgeStrip, { label: 'Consumer partner cities', partners: [{ name: 'Beijing' }, { name: 'Shenzhen', current: true }], locale: 'en' }),
  );`;

const attr = (html: string) => html.replace(/<!-- -->/g, '');

/** Elements and text of all four components in rendered HTML (server- or browser-rendered). */
export function checkRenderedPage(rawHtml: string, where: string): void {
  const html = attr(rawHtml);
  const expectations: Array<[string, RegExp]> = [
    ['ArticleHighlight <article> with its <h2> title', /<article\b[^>]*>[\s\S]*?<h2\b[^>]*>Consumer article title<\/h2>/],
    ['ArticleHighlight date as <time>', /<time\b[^>]*(dateTime|datetime)="2025-01-15"[^>]*>15 January 2025<\/time>/],
    ['ArticleHighlight body', /<p>Article body text\.<\/p>/],
    ['QuoteBlock <figure><blockquote>', /<figure\b[^>]*>[\s\S]*?<blockquote\b[^>]*>[\s\S]*?Quoted consumer words\.[\s\S]*?<\/blockquote>/],
    ['QuoteBlock <figcaption> attribution', /<figcaption\b[^>]*>[\s\S]*?Consumer Speaker[\s\S]*?Participant[\s\S]*?<\/figcaption>/],
    ['ParticipantProfileCard name heading', /<h3\b[^>]*>Mr Terence Wang<\/h3>/],
    ['ParticipantProfileCard facts list', /<dl\b[^>]*>[\s\S]*?<dt\b[^>]*>Role<\/dt>\s*<dd\b[^>]*>Exchange participant<\/dd>/],
    ['ParticipantProfileCard duration', /<dd\b[^>]*>3 months<\/dd>/],
    ['CityPartnerBadgeStrip labelled list', /<(ul|div)\b[^>]*aria-label="Consumer partner cities"[^>]*>\s*<li\b/],
    ['CityPartnerBadgeStrip current partner', /<li\b[^>]*aria-current="true"[^>]*>[\s\S]*?Shenzhen/],
    ['CityPartnerBadgeStrip other partner', /<li\b[^>]*>[\s\S]*?Beijing[\s\S]*?<\/li>/],
    ['library class names', /class="bh[a-z0-9]{4,}[ "]/],
  ];
  const missing = expectations.filter(([, pattern]) => !pattern.test(html)).map(([what]) => what);
  if (missing.length) throw new Error(`${where}: rendered HTML lacks ${missing.join('; ')}\n--- HTML (first 3000 chars) ---\n${html.slice(0, 3000)}`);
}

/** Our CSS reached the built stylesheet: layers, tokens and component rules. */
function checkOurCss(css: string, where: string): void {
  const missing = [
    ['the bauhinia cascade layers', /@layer bauhinia/],
    ['--bh- design tokens', /--bh-[a-z-]+:/],
    ['component rules using the tokens', /\.bh[a-z0-9]{4,}[^{]*\{[^}]*var\(--bh-/],
  ].filter(([, pattern]) => !(pattern as RegExp).test(css));
  if (missing.length) throw new Error(`${where}: built CSS lacks ${missing.map(([what]) => what).join('; ')}`);
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

// ---------------------------------------------------------------------------------------------
// The consumers

const nodeSsrFiles = {
  'render.mjs': `// Server rendering with no bundler: Node resolves bauhinia-ui through its package exports.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { version } from 'react';
${imports}
${appCreateElement}
const css = import.meta.resolve('bauhinia-ui/styles.css');
process.stdout.write(JSON.stringify({ react: version, css, html: renderToString(h(App)) }));
`,
};

function checkNodeSsr(expectedReact: string) {
  return (dir: string, log: (line: string) => void) => {
    for (const env of ['production', 'development']) {
      const out = JSON.parse(sh(dir, 'node', ['render.mjs'], { NODE_ENV: env })) as { react: string; css: string; html: string };
      if (out.react !== expectedReact) throw new Error(`expected React ${expectedReact}, rendered with ${out.react}`);
      if (!existsSync(new URL(out.css))) throw new Error(`bauhinia-ui/styles.css resolved to a missing file: ${out.css}`);
      checkRenderedPage(out.html, `renderToString with React ${out.react} (NODE_ENV=${env})`);
      log(`React ${out.react} renderToString (NODE_ENV=${env}): ${out.html.length} chars of HTML with all four components`);
    }
  };
}

const viteVanillaExtract: Consumer = {
  name: 'vite-vanilla-extract',
  fast: true,
  dependencies: { ...reactDeps(versions.react19), vite: versions.vite, '@vitejs/plugin-react': versions.pluginReact, '@vanilla-extract/vite-plugin': versions.vePlugin, '@vanilla-extract/css': versions.veCss },
  files: {
    'vite.config.js': `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
export default defineConfig({ plugins: [react(), vanillaExtractPlugin()] });
`,
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>VE consumer</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n`,
    'src/shell.css.ts': `import { style } from '@vanilla-extract/css';
// The app's own vanilla-extract rule; the build must keep it next to the library's CSS.
export const shell = style({ vars: { '--consumer-own-rule': '"kept"' }, outlineOffset: '7px' });
`,
    'src/App.jsx': `import 'bauhinia-ui/styles.css';
${imports}
import { shell } from './shell.css.ts';
export const App = () => (
    <main className={shell}>${appJsx}
    </main>
);
`,
    'src/main.jsx': `import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';
createRoot(document.getElementById('root')).render(<App />);
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
  },
  check(dir, log) {
    const buildLog = sh(dir, nodeBin(dir, 'vite'), ['build']);
    checkLogQuiet(buildLog, 'vite build');
    const css = readAll(join(dir, 'dist'), '.css');
    checkOurCss(css, 'vite build with vanilla-extract');
    if (!/--consumer-own-rule/.test(css)) throw new Error("vite build with vanilla-extract: the app's own .css.ts rule is missing from the built CSS");
    log(`vite build: ${css.length} chars of CSS with the app's own rule and ours`);
    const js = readAll(join(dir, 'dist'), '.js');
    for (const text of ['Consumer article title', 'Read the full reflection', 'Partner cities']) {
      if (!js.includes(text)) throw new Error(`vite build: the client bundle lacks "${text}"`);
    }
    // Render the app through Vite's own SSR build to check the markup, vanilla-extract class included.
    sh(dir, nodeBin(dir, 'vite'), ['build', '--ssr', 'src/App.jsx', '--outDir', 'dist-ssr']);
    const html = renderWithApp(dir, join(dir, 'dist-ssr', 'App.js'));
    checkRenderedPage(html, 'vite SSR build');
    log('vite SSR build renders all four components');
    checkTreeShaking(dir, log);
  },
};

/** The QuoteBlock-only app must not carry the other components: names, labels or class names. */
function checkTreeShaking(dir: string, log: (line: string) => void): void {
  sh(dir, nodeBin(dir, 'vite'), ['build', '-c', 'vite.quote-only.config.js']);
  const js = readAll(join(dir, 'dist-quote-only'), '.js');
  const pkg = join(dir, 'node_modules', 'bauhinia-ui', 'dist', 'components');
  const classesOf = (component: string) => [...readAll(join(pkg, component), '.styles.js').matchAll(/["'`](bh[a-z0-9]{4,})["'`\s]/g)].map((match) => match[1]!);
  // Production code names no component, so QuoteBlock shows itself by its content and class names.
  if (!js.includes('Tree-shaken quote.') || !classesOf('QuoteBlock').some((cls) => js.includes(cls))) throw new Error('tree shaking: the QuoteBlock-only bundle lacks QuoteBlock itself');
  const others = ['ArticleHighlight', 'ParticipantProfileCard', 'CityPartnerBadgeStrip'];
  const leaks: string[] = [];
  for (const other of others) {
    if (js.includes(other)) leaks.push(`the name ${other}`);
    // Every class name the other component's style module exports.
    for (const cls of classesOf(other)) if (js.includes(cls)) leaks.push(`${other} class ${cls}`);
  }
  // Built-in labels that only the other components use.
  for (const label of ['Home organisation', 'Host office', 'Current partner', 'Other partners', 'Published']) if (js.includes(label)) leaks.push(`label "${label}"`);
  if (leaks.length) throw new Error(`tree shaking: an app importing only QuoteBlock still contains ${[...new Set(leaks)].join(', ')}`);
  log(`tree shaking: QuoteBlock-only bundle (${js.length} chars) carries none of the other three components`);
}

const spaReact19: Consumer = {
  name: 'vite-spa-react19',
  fast: false,
  dependencies: { ...reactDeps(versions.react19), vite: versions.vite, '@vitejs/plugin-react': versions.pluginReact },
  files: {
    'vite.config.js': `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
export default defineConfig({ plugins: [react()] });
`,
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SPA consumer</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n`,
    'src/main.jsx': `import 'bauhinia-ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
${imports}
createRoot(document.getElementById('root')).render(
  <StrictMode>
    <main>${appJsx}
    </main>
  </StrictMode>,
);
`,
  },
  async check(dir, log) {
    const buildLog = sh(dir, nodeBin(dir, 'vite'), ['build']);
    checkLogQuiet(buildLog, 'vite build');
    checkOurCss(readAll(join(dir, 'dist'), '.css'), 'vite build');
    // Render the built SPA in Chromium (served over HTTP: module scripts do not load from file://).
    const { html, tokenValue, errors } = await renderInBrowser(join(dir, 'dist'));
    if (errors.length) throw new Error(`the SPA logged errors in Chromium:\n${errors.join('\n')}`);
    checkRenderedPage(html, 'React 19 SPA in Chromium');
    if (!tokenValue) throw new Error('the SPA in Chromium: --bh- tokens are not applied to the page');
    log(`React 19 SPA rendered in Chromium, all four components present, --bh-color tokens applied (${tokenValue})`);
  },
};

async function renderInBrowser(distDir: string): Promise<{ html: string; tokenValue: string; errors: string[] }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = join(distDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = existsSync(path) && !path.endsWith('/') ? path : join(distDir, 'index.html');
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
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('figure blockquote', { timeout: 30_000 });
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
    return { html: await page.content(), tokenValue: /:\s*\S/.test(tokenValue) ? tokenValue : '', errors };
  } finally {
    await browser.close();
    server.close();
  }
}

const nextApp: Consumer = {
  name: 'next-app-router',
  fast: false,
  dependencies: { ...reactDeps(versions.react19), next: versions.next },
  files: {
    // The app folder is the workspace root (this repository's lockfile sits above it).
    'next.config.mjs': 'export default { turbopack: { root: import.meta.dirname } };\n',
    'app/layout.jsx': `import 'bauhinia-ui/styles.css';
export const metadata = { title: 'Next consumer' };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    // A Server Component: no 'use client' here, and none in the package.
    'app/page.jsx': `${imports}
export default function Page() {
  return (
    <main>${appJsx}
    </main>
  );
}
`,
  },
  check(dir, log) {
    const buildLog = sh(dir, nodeBin(dir, 'next'), ['build'], { NEXT_TELEMETRY_DISABLED: '1' });
    checkLogQuiet(buildLog, 'next build');
    const warnings = buildLog.split('\n').filter((l) => /⚠|warn/i.test(l));
    if (warnings.length) log(`next build warnings (none mention bauhinia-ui):\n    ${warnings.join('\n    ')}`);
    const html = readFileSync(join(dir, '.next', 'server', 'app', 'index.html'), 'utf8');
    checkRenderedPage(html, 'next build prerendered index.html');
    if (/use client/.test(readAll(join(dir, 'node_modules', 'bauhinia-ui', 'dist'), '.js'))) throw new Error("the package marks modules 'use client'");
    checkOurCss(readAll(join(dir, '.next', 'static'), '.css'), 'next build');
    log('next build prerendered the Server Component page with all four components and our CSS');
  },
};

export const consumers: Consumer[] = [
  { name: 'node-ssr-react19', fast: true, dependencies: reactDeps(versions.react19), files: nodeSsrFiles, check: checkNodeSsr(versions.react19) },
  { name: 'node-ssr-react18', fast: true, dependencies: reactDeps(versions.react18), files: nodeSsrFiles, check: checkNodeSsr(versions.react18) },
  viteVanillaExtract,
  spaReact19,
  nextApp,
];

// ---------------------------------------------------------------------------------------------
// Running

/** Packs the library (building dist/ first if it is missing) into the work dir. */
export function packForConsumers(): string {
  return pack(workDir);
}

/** Writes the consumer's files, installs it from the tarball and runs its checks. */
export async function runConsumer(consumer: Consumer, tarball: string, log: (line: string) => void = console.log): Promise<void> {
  const dir = join(workDir, consumer.name);
  // Keep node_modules between runs (npm reuses it); the tarball and sources are fresh every time.
  for (const entry of existsSync(dir) ? readdirSync(dir) : []) if (entry !== 'node_modules' && entry !== 'package-lock.json') rmSync(join(dir, entry), { recursive: true, force: true });
  for (const [file, text] of Object.entries(consumer.files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const tarSpec = `file:${relative(dir, tarball)}`;
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `consumer-${consumer.name}`, private: true, type: 'module', dependencies: { 'bauhinia-ui': tarSpec, ...consumer.dependencies } }, null, 2)}\n`,
  );
  // A file: tarball with the same name and version is cached by npm; drop the old copy first.
  rmSync(join(dir, 'node_modules', 'bauhinia-ui'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  const started = Date.now();
  sh(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);
  log(`installed from the tarball in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await consumer.check(dir, log);
}
