#!/usr/bin/env node
// The package build: JavaScript, declarations and CSS (vite.lib.config.ts), then the token and fixture files.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// Production JSX (react/jsx-runtime, no file names or line numbers) whatever the caller's environment.
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
const script = (file) => run(process.execPath, ['--import', 'tsx', file]);

run(join(root, 'node_modules', '.bin', 'vite'), ['build', '-c', 'vite.lib.config.ts', '--logLevel', 'warn']);
// Resolved token values (tokens.json), and the same tokens in the Design Tokens Community Group format for design tools.
script('scripts/build-tokens-json.ts');
script('scripts/build-dtcg.ts');

// For pages with no bundler (an import map, React from an ESM CDN): the whole library in one
// module with the development switch (`process.env.NODE_ENV`, scripts/dev-switch.ts) resolved to
// production, since no tool is there to resolve it. See Getting started, "Without a bundler".
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

// bauhinia-ui/text-size.js: TextSizeControl for template pages, one classic script.
script('scripts/build-text-size.ts');

// Fixtures and content schemas for ports and content systems, rendered by the built components.
script('scripts/build-fixtures.ts');
