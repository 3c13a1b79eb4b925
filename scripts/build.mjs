#!/usr/bin/env node
// The package build: JS per module (vite), declarations (tsc), then the shipped CSS, tokens.json and the DTCG token files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// Resolved token values, with the component tokens of the registered components.
run(process.execPath, ['--import', 'tsx', 'scripts/build-tokens-json.ts']);

// The same tokens in the Design Tokens Community Group format, one file per theme, for design tools.
run(process.execPath, ['--import', 'tsx', 'scripts/build-dtcg.ts']);

// Fixtures and content schemas for ports and content systems, rendered by the built components.
run(process.execPath, ['--import', 'tsx', 'scripts/build-fixtures.ts']);

if (!existsSync(join(dist, 'index.d.ts'))) throw new Error('build: dist/index.d.ts missing');
console.log(`build: dist/ ready (${components.size} component stylesheets)`);
