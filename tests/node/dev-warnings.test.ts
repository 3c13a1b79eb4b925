/**
 * The development switch as apps meet it: the packed package bundled for the browser by Vite (its
 * dev server and a development build) and by esbuild with NODE_ENV=development logs the package's
 * warnings in Chromium's console; production bundles (Vite, esbuild) carry no warning text and log
 * none; a page with no bundler (an import map and dist/browser.js) renders without a crash.
 * `npm test` builds dist/ first; run `npm run build` before this file alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, root, unpackConsumer } from '../../bench/bundle.js';

const work = join(root, 'tests', 'consumers', '.work', 'dev-warnings');
let consumer: string;
let browser: Browser;

// What the page renders: each element sets off one of the package's development warnings.
const appModule = `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { QuoteBlock, RevisionDates } from 'bauhinia-ui';
createRoot(document.getElementById('root')).render(
  h('main', null,
    h(RevisionDates, { revisionDate: '2025-02-30', reviewDate: '2025-07-31' }),
    h(QuoteBlock, { collapsible: true, attribution: { name: 'Mr Chan' }, cite: 'javascript:alert(1)' }, 'A reflection.'),
  ),
);
`;
const expectedWarnings = [
  /\[bauhinia-ui\] RevisionDates: `revisionDate` is not a valid ISO 8601 date/,
  /\[bauhinia-ui\] QuoteBlock: a collapsible reflection without `excerpt`/,
  /\[bauhinia-ui\] QuoteBlock: `cite` URL dropped: scheme "javascript:"/,
];
const page = (script: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Dev warnings</title>${head}</head><body><div id="root"></div><script type="module" src="${script}"></script></body></html>\n`;

/** A consumer's shell: vitest sets NODE_ENV=test, which a consumer's tools must not see. */
const consumerEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');

function run(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, args, { cwd: consumer, encoding: 'utf8', env: { ...consumerEnv(), ...env } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}\n${result.stdout}${result.stderr}`);
}

const readJs = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? [readJs(join(dir, entry.name))] : entry.name.endsWith('.js') ? [readFileSync(join(dir, entry.name), 'utf8')] : []))
    .join('\n');

/** Serves a folder over HTTP (module scripts do not load from file://). */
async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

/** Opens a page, waits until the app rendered, and returns what its console said. */
async function consoleOf(url: string): Promise<{ warnings: string[]; errors: string[]; text: string }> {
  const tab = await browser.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(url);
  await tab.waitForSelector('main .bh-quote-block', { timeout: 60_000 }).catch(() => undefined);
  const text = await tab.evaluate(() => document.body.textContent ?? '');
  await tab.close();
  return { warnings, errors, text };
}

async function servedConsole(dir: string, path = '/') {
  const { url, server } = await serve(dir);
  try {
    return await consoleOf(url + path);
  } finally {
    server.close();
  }
}

beforeAll(async () => {
  consumer = unpackConsumer(pack(work), join(work, 'consumer'));
  writeFileSync(join(consumer, 'main.js'), appModule);
  // The consumer folder sits inside this repository, whose tsconfig maps 'bauhinia-ui' to the source.
  writeFileSync(join(consumer, 'tsconfig.json'), '{}\n');
  writeFileSync(join(consumer, 'index.html'), page('/main.js'));
  const { chromium } = await import('playwright');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe('a development bundle logs the warnings in Chromium', () => {
  it('Vite dev server', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const server: ChildProcess = spawn(process.execPath, [vite, '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--clearScreen', 'false'], {
      cwd: consumer,
      env: consumerEnv(),
      stdio: 'ignore',
    });
    try {
      const url = `http://127.0.0.1:${port}/`;
      await expect.poll(() => fetch(url).then((r) => r.ok, () => false), { timeout: 30_000, interval: 250 }).toBe(true);
      const { warnings, errors, text } = await consoleOf(url);
      expect(text).toContain('A reflection.');
      for (const warning of expectedWarnings) expect(warnings, 'warnings in the console').toContainEqual(expect.stringMatching(warning));
      expect(errors.filter((e) => /bauhinia/i.test(e))).toEqual([]);
    } finally {
      server.kill();
    }
  }, 120_000);

  // `--mode development` alone keeps NODE_ENV=production (Vite's "NODE_ENV and modes"); a development build sets both.
  it('Vite build in development mode', async () => {
    run([vite, 'build', '--mode', 'development', '--outDir', 'out/vite-development', '--logLevel', 'error'], { NODE_ENV: 'development' });
    const { warnings, text } = await servedConsole(join(consumer, 'out', 'vite-development'));
    expect(text).toContain('A reflection.');
    for (const warning of expectedWarnings) expect(warnings).toContainEqual(expect.stringMatching(warning));
  }, 120_000);

  it('esbuild with NODE_ENV=development', async () => {
    const outdir = join(consumer, 'out', 'esbuild-development');
    mkdirSync(outdir, { recursive: true });
    await esbuild({ entryPoints: [join(consumer, 'main.js')], bundle: true, format: 'esm', outfile: join(outdir, 'main.js'), define: { 'process.env.NODE_ENV': '"development"' }, logLevel: 'error' });
    writeFileSync(join(outdir, 'index.html'), page('/main.js'));
    const { warnings, text } = await servedConsole(outdir);
    expect(text).toContain('A reflection.');
    for (const warning of expectedWarnings) expect(warnings).toContainEqual(expect.stringMatching(warning));
  }, 120_000);
});

describe('a production bundle carries no warning and logs none', () => {
  const noDevelopmentText = (code: string) => {
    expect(code).toContain('bh-quote-block'); // the bundle really holds the components
    expect(code).not.toContain('[bauhinia-ui]');
    expect(code).not.toMatch(/not a valid ISO 8601|without `excerpt`|URL dropped/);
  };

  it('Vite build', async () => {
    run([vite, 'build', '--outDir', 'out/vite-production', '--logLevel', 'error']);
    const dir = join(consumer, 'out', 'vite-production');
    noDevelopmentText(readJs(dir));
    const { warnings, errors, text } = await servedConsole(dir);
    expect(text).toContain('A reflection.');
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('esbuild, minified (NODE_ENV=production)', async () => {
    const outdir = join(consumer, 'out', 'esbuild-production');
    mkdirSync(outdir, { recursive: true });
    await esbuild({ entryPoints: [join(consumer, 'main.js')], bundle: true, format: 'esm', minify: true, outfile: join(outdir, 'main.js'), logLevel: 'error' });
    writeFileSync(join(outdir, 'index.html'), page('/main.js'));
    noDevelopmentText(readFileSync(join(outdir, 'main.js'), 'utf8'));
    const { warnings, errors, text } = await servedConsole(outdir);
    expect(text).toContain('A reflection.');
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('a page with no bundler', () => {
  it('renders from dist/browser.js and an import map, with no crash and no warning text', async () => {
    // React ships CommonJS only, so such a page takes it from an ESM CDN; these modules stand in for one.
    const outdir = join(consumer, 'out', 'no-bundler');
    const vendor = join(outdir, 'vendor');
    mkdirSync(vendor, { recursive: true });
    // One copy of React for the page, and a module per specifier re-exporting it by name.
    await esbuild({
      stdin: { contents: "export { default as React } from 'react';\nexport * as runtime from 'react/jsx-runtime';\nexport * as client from 'react-dom/client';\n", resolveDir: consumer },
      bundle: true,
      format: 'esm',
      minify: true,
      outfile: join(vendor, 'react-all.js'),
      logLevel: 'error',
    });
    const require = createRequire(join(consumer, 'package.json'));
    const shims = { react: ['react.js', 'React'], 'react/jsx-runtime': ['jsx-runtime.js', 'runtime'], 'react-dom/client': ['react-dom-client.js', 'client'] } as const;
    for (const [specifier, [file, binding]] of Object.entries(shims)) {
      const names = Object.keys(require(specifier) as object).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
      writeFileSync(join(vendor, file), `import { ${binding} } from './react-all.js';\nexport default ${binding};\nexport const { ${names.join(', ')} } = ${binding};\n`);
    }
    const library = readFileSync(join(consumer, 'node_modules', 'bauhinia-ui', 'dist', 'browser.js'), 'utf8');
    expect(library).not.toMatch(/\bprocess\./);
    expect(library).not.toContain('[bauhinia-ui]');
    writeFileSync(join(vendor, 'bauhinia-ui.js'), library);
    writeFileSync(join(outdir, 'main.js'), appModule);
    const importMap = { imports: { ...Object.fromEntries(Object.entries(shims).map(([specifier, [file]]) => [specifier, `/vendor/${file}`])), 'bauhinia-ui': '/vendor/bauhinia-ui.js' } };
    writeFileSync(join(outdir, 'index.html'), page('/main.js', `<script type="importmap">${JSON.stringify(importMap)}</script>`));
    const { warnings, errors, text } = await servedConsole(outdir);
    expect(errors).toEqual([]);
    expect(text).toContain('A reflection.');
    expect(warnings).toEqual([]);
  }, 120_000);
});
