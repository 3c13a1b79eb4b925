#!/usr/bin/env node
// The package build: JS per module (vite), declarations (tsc), then the shipped CSS, tokens.json and the DTCG token files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);
// Production JSX (react/jsx-runtime, no file names or line numbers) whatever the caller's environment.
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

rmSync(dist, { recursive: true, force: true });
run(bin('vite'), ['build', '-c', 'vite.lib.config.ts', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

// Declarations: follow the JS renaming (`x.css.ts` ships as `x.styles.js`).
for (const file of walk(dist).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8').replace(/(['"])(\.{1,2}\/[^'"]*?)\.css\.js\1/g, '$1$2.styles.js$1');
  writeFileSync(file, text);
  if (file.endsWith('.css.d.ts')) renameSync(file, file.replace(/\.css\.d\.ts$/, '.styles.d.ts'));
}

// CSS: vite leaves one file per style source in dist/_css; the JS imports none of it.
const cssDir = join(dist, '_css');
const cssFiles = walk(cssDir).map((file) => ({ id: relative(cssDir, file).replace(/\.css\.ts\.vanilla\.css$/, ''), css: readFileSync(file, 'utf8').trim() }));
const take = (predicate) => cssFiles.filter(predicate).map((f) => f.css).join('\n');
const layerOrder = '@layer bauhinia, bauhinia.reset, bauhinia.tokens, bauhinia.components;';
const banner = (what) => `/* bauhinia-ui: ${what}. Every rule sits in the bauhinia.* cascade layers. */\n${layerOrder}\n`;

const tokensCss = take((f) => f.id.startsWith('tokens/'));
const baseCss = take((f) => f.id.startsWith('styles/'));
const components = new Map();
for (const file of cssFiles.filter((f) => f.id.startsWith('components/'))) {
  const name = file.id.split('/')[1];
  components.set(name, [...(components.get(name) ?? []), file.css]);
}

mkdirSync(join(dist, 'css'), { recursive: true });
writeFileSync(join(dist, 'tokens.css'), `${banner('design tokens and themes')}${tokensCss}\n`);
for (const [name, css] of components) {
  // The shared base, then the component's own rules after a `/* <Name> */` line (bench/bundle.ts measures those).
  writeFileSync(join(dist, 'css', `${name}.css`), `${banner(`${name} (needs tokens.css)`)}${baseCss}\n/* ${name} */\n${css.join('\n')}\n`);
}
const allComponents = [...components.values()].flat().join('\n');
writeFileSync(join(dist, 'styles.css'), `${banner('tokens, themes and all components')}${tokensCss}\n${baseCss}\n${allComponents}\n`);
writeFileSync(join(dist, 'css.d.ts'), '// Types for the CSS subpaths: importing them only has a side effect.\nexport {};\n');
rmSync(cssDir, { recursive: true });

// Modules that only existed to carry CSS are empty now: drop them and the build-only entry.
for (const file of walk(dist).filter((f) => f.endsWith('.js'))) {
  if (/^(\s|\/\*[^*]*\*\/)*$/.test(readFileSync(file, 'utf8'))) {
    rmSync(file);
    rmSync(file.replace(/\.js$/, '.d.ts'), { force: true });
  }
}
rmSync(join(dist, 'css-entry.js'), { force: true });
// Declarations of build-time-only modules (style helpers) are unreachable from the entry points.
const reachable = new Set();
const visit = (file) => {
  if (reachable.has(file) || !existsSync(file)) return;
  reachable.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
    visit(join(dirname(file), `${spec}.d.ts`));
  }
};
for (const entry of ['index.d.ts', 'tokens/index.d.ts', 'css.d.ts']) visit(join(dist, entry));
for (const file of walk(dist).filter((f) => f.endsWith('.d.ts'))) if (!reachable.has(file)) rmSync(file);

// tokens.json: resolved values, generated from the same source as the CSS, with the component tokens
// that the registered components' definitions declare.
const tokenModule = await import(pathToFileURL(join(dist, 'tokens', 'index.js')).href);
const { definitionsIn } = await import(pathToFileURL(join(dist, 'components', 'definition.js')).href);
const componentTokens = Object.assign({}, ...definitionsIn(await import(pathToFileURL(join(dist, 'index.js')).href)).map((d) => d.tokens ?? {}));
const flatten = (tree, path = [], out = {}) => {
  for (const [key, value] of Object.entries(tree)) {
    if (value && typeof value === 'object') flatten(value, [...path, key], out);
    else out[`--${tokenModule.tokenVarName([...path, key])}`] = String(value);
  }
  return out;
};
const resolve = (tree, path) => path.split('.').reduce((node, key) => node[key], tree);
// The default theme's variables include the theme-independent tokens; every theme's include the component aliases, resolved.
const themeVariables = (name, theme) => {
  const values = { ...tokenModule.tokens, ...theme };
  const component = Object.fromEntries(
    Object.entries(componentTokens).map(([section, aliases]) => [section, Object.fromEntries(Object.entries(aliases).map(([key, path]) => [key, resolve(values, path)]))]),
  );
  return flatten({ ...(name === 'default' ? values : theme), component });
};
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const json = {
  $description: 'Bauhinia UI design tokens, resolved values. Generated from src/tokens and the component definitions; do not edit.',
  version,
  prefix: '--bh-',
  base: Object.fromEntries(Object.entries(tokenModule.tokens).filter(([key]) => !(key in tokenModule.themes.default))),
  cjkTypography: tokenModule.cjkTypography,
  themes: tokenModule.themes,
  componentTokens,
  cssVariables: Object.fromEntries(Object.entries(tokenModule.themes).map(([name, theme]) => [name, themeVariables(name, theme)])),
  contrastPairs: tokenModule.contrastPairs,
};
writeFileSync(join(dist, 'tokens.json'), `${JSON.stringify(json, null, 2)}\n`);

// The same tokens in the Design Tokens Community Group format, one file per theme, for design tools.
run(process.execPath, ['--import', 'tsx', 'scripts/build-dtcg.ts']);

// For pages with no bundler (an import map, React from an ESM CDN): the whole library in one
// module with the development switch (`process.env.NODE_ENV`, scripts/dev-switch.ts) resolved to
// production, since no tool is there to resolve it. See the README, "Without a bundler".
const { build: esbuild } = await import('esbuild');
await esbuild({
  entryPoints: [join(dist, 'index.js')],
  outfile: join(dist, 'browser.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

// Fixtures and content schemas for ports and content systems, rendered by the built components.
run(process.execPath, ['--import', 'tsx', 'scripts/build-fixtures.ts']);

if (!existsSync(join(dist, 'index.d.ts'))) throw new Error('build: dist/index.d.ts missing');
console.log(`build: dist/ ready (${components.size} component stylesheets)`);
