/**
 * Checks the package as it ships: the `npm pack` tarball, its exports, its CSS and its types.
 * `npm test` builds dist/ first; run `npm run build` before running this file alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCompiler } from '@vanilla-extract/compiler';
import { beforeAll, describe, expect, it } from 'vitest';
import { classNamePattern } from '../../scripts/class-names.js';
import { layerOrderStatement } from '../../src/styles/layerOrder.js';
import { siteFooterLinkNames } from '../../src/components/SiteFooter/SiteFooter.definition.js';
import { sharedClasses } from '../../src/styles/sharedClasses.js';
import { tokenVarName } from '../../src/tokens/naming.js';
import { themeNames } from '../../src/tokens/themes.js';
import { documentedClasses, registered } from '../support/registry.js';

const root = join(import.meta.dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
let workDir: string;
let tarball: string;
let files: string[];
let installed: string;

const componentNames = registered.map((c) => c.name);

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  workDir = mkdtempSync(join(tmpdir(), 'bauhinia-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(workDir, info!.filename);
  files = info!.files.map((f) => f.path);
  // A consumer's node_modules: the unpacked tarball, the React peers and the package's own dependencies.
  installed = join(workDir, 'consumer');
  const modules = join(installed, 'node_modules');
  mkdirSync(join(modules, 'bauhinia-ui'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'bauhinia-ui'), '--strip-components=1']);
  const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const name of ['react', 'react-dom', 'scheduler', ...Object.keys(dependencies)]) symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
}, 120_000);

const runNode = (code: string) =>
  spawnSync('node', ['--input-type=module', '-e', code], { cwd: installed, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });

describe('tarball contents', () => {
  it('ships dist and the package\'s documents only, with the promised CSS and JSON files', () => {
    expect(files.every((f) => ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f) || f.startsWith('dist/'))).toBe(true);
    for (const f of ['dist/styles.css', 'dist/tokens.css', 'dist/tokens.json', 'dist/tokens.dtcg.json', 'dist/index.js', 'dist/index.d.ts', 'dist/tokens/index.js']) {
      expect(files).toContain(f);
    }
    for (const name of componentNames) expect(files).toContain(`dist/css/${name}.css`);
  });

  it('ships no file a consumer vanilla-extract plugin would swallow', () => {
    expect(files.filter((f) => /\.css\.(js|ts)$|\.vanilla\.css$|\.css\.d\.ts$/.test(f))).toEqual([]);
  });

  it('ships JavaScript that imports no CSS', () => {
    const offenders = files
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /(import|require)\s*\(?\s*["'][^"']+\.css["']/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('ships production JSX with no development-only file paths', () => {
    const offenders = files
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /jsxDEV|jsx-dev-runtime|\/work\/|\/src\/components\//.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('gives every relative import in JS and types an explicit .js extension', () => {
    const bad = files
      .filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'))
      .flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)].map((m) => `${f}: ${m[1]}`))
      .filter((spec) => !spec.endsWith('.js'));
    expect(bad).toEqual([]);
  });
});

describe('the documents a registry reader and a legal review need', () => {
  const packed = (file: string) => readFileSync(join(installed, 'node_modules', 'bauhinia-ui', file), 'utf8');

  it('ships README.md, CHANGELOG.md and LICENSE, the MIT licence of the Bauhinia UI contributors', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'LICENSE']));
    const licence = packed('LICENSE');
    expect(licence).toMatch(/^MIT License\s+Copyright \(c\) 2026 Bauhinia UI contributors\s+Permission is hereby granted, free of charge/);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    expect(JSON.parse(packed('package.json')).license).toBe('MIT');
    expect(packed('CHANGELOG.md')).toMatch(/^# bauhinia-ui\b/);
  });

  it('links from its README only to absolute URLs, anchors and files the package ships', () => {
    // What a Markdown renderer makes links of: not code blocks or code spans (examples of HTML).
    const readme = packed('README.md').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    // Markdown links and images, and href/src attributes of any HTML in it.
    const targets = [...readme.matchAll(/\]\(([^)\s]+)[^)]*\)|\b(?:href|src)="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
    expect(targets.length).toBeGreaterThan(10);
    const relative = targets.filter((target) => !/^(https?:|mailto:|#)/.test(target));
    const missing = relative.filter((target) => !files.includes(target.replace(/^\.\//, '').replace(/#.*$/, '')));
    expect(missing, 'relative links to files not in the tarball').toEqual([]);
  });

  it('shows a whole first page in JSX (PageTemplate, its locale, components inside) before any contributor section', () => {
    const readme = packed('README.md');
    const contributing = readme.search(/^#+ .*(contribut|set up|develop)/im);
    const jsx = [...readme.matchAll(/```tsx\n([\s\S]*?)```/g)].find((m) => /<PageTemplate\b/.test(m[1]!));
    expect(jsx, 'a ```tsx block with <PageTemplate>').toBeDefined();
    expect(jsx![1]).toMatch(/from 'bauhinia-ui'/);
    expect(jsx![1]).toMatch(/locale="zh-Hant"/);
    expect(jsx![1]).toMatch(/<(ArticleHighlight|QuoteBlock|PageLayout)\b/);
    expect(contributing).toBeGreaterThan(jsx!.index);
    // The install command comes first of all.
    expect(readme.indexOf('npm install bauhinia-ui')).toBeLessThan(jsx!.index);
    // The contributor set-up commands stay, after the usage.
    expect(readme.indexOf('npm ci && npm start')).toBeGreaterThan(contributing);
    expect(readme.indexOf('npm ci && npm test')).toBeGreaterThan(contributing);
  });

  it("names the footer's usual links in prose by the keys standardFooterLinks takes", () => {
    const readme = packed('README.md');
    for (const name of siteFooterLinkNames) expect(readme).toContain(`\`${name}\``);
  });
});

describe('package checks', () => {
  it('passes publint --strict', () => {
    const result = spawnSync(bin('publint'), ['run', tarball, '--strict'], { cwd: root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toMatch(/All good/);
    expect(result.status).toBe(0);
  }, 60_000);

  it('passes attw --profile esm-only', () => {
    // bauhinia-ui/text-size.js is a classic script for template pages, not a module: it has no types.
    const result = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--exclude-entrypoints', './text-size.js'], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 60_000);

  it('marks only CSS and the text-size script as side-effectful and exposes nothing but the public entry points', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { sideEffects: string[]; exports: Record<string, unknown> };
    // text-size.js does its work when it runs: a bundler must keep `import 'bauhinia-ui/text-size.js'`.
    expect(pkg.sideEffects).toEqual(['**/*.css', './dist/text-size.js']);
    expect(Object.keys(pkg.exports).sort()).toEqual(
      [
        '.',
        './css/*.css',
        './fixtures/*.json',
        './nunjucks',
        './package.json',
        './schemas/*.json',
        './styles.css',
        './text-size.js',
        './tokens',
        './tokens.*.dtcg.json',
        './tokens.css',
        './tokens.dtcg.json',
        './tokens.json',
      ].sort(),
    );
  });
});

describe('plain Node, no bundler', () => {
  it('imports tokens and vars from bauhinia-ui/tokens', () => {
    const result = runNode(
      "import { tokens, vars, themes } from 'bauhinia-ui/tokens'; console.log(JSON.stringify([tokens.color.text.default, vars.color.text.default, Object.keys(themes)]));",
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([expect.stringMatching(/^#[0-9a-f]{6}$/), 'var(--bh-color-text-default)', ['default', 'dark', 'high-contrast']]);
  });

  it('brands a site from bauhinia-ui/tokens: createBrandTheme, createThemeCss and ThemeStyle from both entries', () => {
    const result = runNode(
      [
        "import { createBrandTheme, createThemeCss, ThemeStyle as FromTokens } from 'bauhinia-ui/tokens';",
        "import { ThemeStyle } from 'bauhinia-ui';",
        "import { createElement } from 'react';",
        "import { renderToStaticMarkup } from 'react-dom/server';",
        "const css = createThemeCss(createBrandTheme({ primary: '#006a4e' }));",
        'console.log(JSON.stringify([FromTokens === ThemeStyle, renderToStaticMarkup(createElement(ThemeStyle, { css })) === `<style>${css}</style>`, css.includes(\'--bh-color-text-link: #006a4e;\')]));',
      ].join('\n'),
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([true, true, true]);
  });

  it('imports the root entry point', () => {
    const result = runNode("import * as ui from 'bauhinia-ui'; console.log(Object.keys(ui).sort().join(','));");
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split(',')).toEqual(expect.arrayContaining(['QuoteBlock', 'quoteBlockDefinition', 'labelCatalogue', 'locales']));
    // Token values and theming tools are in bauhinia-ui/tokens, not in every page's JavaScript; only
    // ThemeStyle, which renders their output, is here.
    expect(result.stdout).not.toContain('createThemeCss');
    expect(result.stdout).not.toContain('createBrandTheme');
    expect(result.stdout.trim().split(',')).toContain('ThemeStyle');
  });

  it('keeps the CSS parser and the colour library out of the main entry: only bauhinia-ui/tokens imports them', () => {
    const bareImports = (entry: string) => {
      const seen = new Set<string>();
      const bare = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
          if (spec!.startsWith('.')) visit(join(file, '..', spec!));
          else bare.add(spec!.split('/')[0]!);
        }
      };
      visit(join(root, 'dist', entry));
      return bare;
    };
    expect([...bareImports('index.js')].sort()).toEqual(['react']);
    expect(bareImports('tokens/index.js')).toEqual(new Set(['css-tree', 'culori', 'react']));
  });

  it('blocks deep imports', () => {
    const result = runNode("await import('bauhinia-ui/dist/index.js');");
    expect(result.stderr).toMatch(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });

  it('resolves the CSS and JSON subpaths', () => {
    const result = runNode(
      "import { createRequire } from 'node:module'; const r = createRequire(import.meta.url); console.log(['bauhinia-ui/styles.css','bauhinia-ui/tokens.css','bauhinia-ui/tokens.json','bauhinia-ui/tokens.dtcg.json','bauhinia-ui/tokens.dark.dtcg.json'].map((s) => import.meta.resolve(s).split('/bauhinia-ui/')[1]).join(','));",
    );
    expect(result.stdout.trim()).toBe('dist/styles.css,dist/tokens.css,dist/tokens.json,dist/tokens.dtcg.json,dist/tokens.dark.dtcg.json');
  });
});

describe('the client component', () => {
  const clientModule = 'dist/components/TextSizeControl/TextSizeControl.js';
  const usesClient = /['"]use client['"]/;

  it("ships TextSizeControl as its own module that starts with 'use client', and no other module with the directive", () => {
    expect(files).toContain(clientModule);
    expect(readFileSync(join(root, clientModule), 'utf8')).toMatch(/^['"]use client['"];/);
    const others = files.filter((f) => f.endsWith('.js') && f !== clientModule && usesClient.test(readFileSync(join(root, f), 'utf8')));
    expect(others).toEqual([]);
  });

  // What a Server Component page does: import the main entry under the `react-server` condition
  // (where React has no hooks), with 'use client' modules turned into client references as a
  // bundler would (tests/support/client-references.mjs).
  it('is importable from a Server Component through the main entry', () => {
    const hooks = pathToFileURL(join(root, 'tests', 'support', 'client-references.mjs')).href;
    const code = [
      "import { register } from 'node:module';",
      `register(${JSON.stringify(hooks)});`,
      "const ui = await import('bauhinia-ui');",
      "const clientReferences = Object.entries(ui).filter(([, v]) => v && v.$$typeof === Symbol.for('react.client.reference')).map(([k]) => k);",
      "console.log(JSON.stringify({ clientReferences, quote: typeof ui.QuoteBlock, masthead: typeof ui.Masthead }));",
    ].join('\n');
    const result = spawnSync('node', ['--conditions=react-server', '--input-type=module', '-e', code], { cwd: installed, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ clientReferences: ['TextSizeControl'], quote: 'object', masthead: 'object' });
  });

  it('the check can fail: without the client references, the react-server condition has no hooks', () => {
    const result = spawnSync('node', ['--conditions=react-server', '--input-type=module', '-e', "await import('bauhinia-ui');"], { cwd: installed, encoding: 'utf8' });
    expect(result.stderr).toMatch(/useEffect|useState/);
  });
});

/** Top-level statements of a stylesheet, with comments removed. */
function topLevelStatements(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    } else if (c === ';' && depth === 0) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (text.slice(start).trim()) out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

describe('shipped CSS', () => {
  const cssFiles = () => files.filter((f) => f.endsWith('.css'));

  it('puts every rule in a bauhinia.* cascade layer, the layers in the order src/styles/layers.css.ts declares them', async () => {
    /** The layers a stylesheet names, in the order they first appear: their order in the cascade. */
    const layerOrder = (css: string) => [...new Set(topLevelStatements(css).flatMap((s) => s.replace(/\s*[;{][\s\S]*$/, '').replace(/^@layer\s+/, '').split(/\s*,\s*/)))];
    const layersFile = join(root, 'src', 'styles', 'layers.css.ts');
    const compiler = createCompiler({ root, enableFileWatcher: false });
    await compiler.processVanillaFile(layersFile);
    const declared = layerOrder(compiler.getCssForFile(layersFile).css);
    await compiler.close();
    expect(declared[0]).toBe('bauhinia');
    // The same order createThemeCss declares before a site's theme, so it holds whichever stylesheet loads first.
    expect(layerOrderStatement).toBe(`@layer ${declared.join(', ')};`);
    for (const file of cssFiles()) {
      const css = readFileSync(join(root, file), 'utf8');
      for (const statement of topLevelStatements(css)) expect(statement, `${file}: ${statement.slice(0, 80)}`).toMatch(/^@layer bauhinia(\.[a-z]+)?(\s*,\s*bauhinia(\.[a-z]+)?)*\s*[;{]/);
      expect(layerOrder(css).slice(0, declared.length), file).toEqual(declared);
    }
  }, 60_000);

  it('names every class by the documented scheme: a component\'s root, parts and modifiers, the shared classes, the theme classes', () => {
    const css = readFileSync(join(root, 'dist', 'styles.css'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@layer[^;{]*/g, '@layer')
      // A url() holds no selector (DownloadLink's icon is an SVG data URL naming www.w3.org).
      .replace(/url\([^)]*\)/g, 'url()');
    const classes = new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!).filter((c) => !/^\d/.test(c)));
    const documented = new Set([
      ...registered.flatMap(({ definition }) => documentedClasses(definition)),
      ...Object.keys(sharedClasses).map((name) => `bh-${name}`),
      ...themeNames.map((name) => `bh-theme-${name}`),
    ]);
    expect([...classes].filter((c) => !documented.has(c))).toEqual([]);
    for (const c of classes) expect(c).toMatch(classNamePattern);
    expect(classes.size).toBeGreaterThan(20);
  });

  it('ships the page base (src/styles/page.css.ts) in tokens.css and styles.css, which no module imports', () => {
    for (const file of ['tokens.css', 'styles.css']) {
      expect(readFileSync(join(root, 'dist', file), 'utf8'), file).toMatch(/@layer bauhinia\.reset\{body\{margin:0\}/);
    }
  });

  it('declares every token of tokens.json: semantic ones in tokens.css, component ones with their components', () => {
    const json = JSON.parse(readFileSync(join(root, 'dist', 'tokens.json'), 'utf8')) as { cssVariables: Record<string, Record<string, string>> };
    const tokensCss = readFileSync(join(root, 'dist', 'tokens.css'), 'utf8');
    const stylesCss = readFileSync(join(root, 'dist', 'styles.css'), 'utf8');
    expect(Object.keys(json.cssVariables)).toEqual(['default', 'dark', 'high-contrast']);
    const names = Object.keys(json.cssVariables.default!);
    expect(names.filter((n) => n.startsWith('--bh-component-')).length).toBeGreaterThan(10);
    for (const name of names) expect(name.startsWith('--bh-component-') ? stylesCss : tokensCss).toContain(`${name}:`);
    for (const { name, definition } of registered) {
      const own = readFileSync(join(root, 'dist', 'css', `${name}.css`), 'utf8');
      for (const [section, aliases] of Object.entries(definition.tokens ?? {})) {
        for (const token of Object.keys(aliases)) expect(own).toContain(`--${tokenVarName(['component', section, token])}:`);
      }
    }
  });

  it('switches themes by data-theme and follows system preferences only when asked', () => {
    const css = readFileSync(join(root, 'dist', 'tokens.css'), 'utf8');
    for (const theme of ['dark', 'high-contrast', 'auto']) expect(css).toContain(`[data-theme=${theme}]`);
    expect(css).toMatch(/prefers-color-scheme:\s*dark\)\s*\{\s*\[data-theme=auto\]/);
    expect(css).toMatch(/prefers-contrast:\s*more\)\s*\{\s*\[data-theme=auto\]/);
    expect(css).toMatch(/forced-colors:\s*active/);
    expect(css).toMatch(/prefers-reduced-motion:\s*reduce/);
  });
});
