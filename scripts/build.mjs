#!/usr/bin/env node
// The package build: JavaScript, declarations and CSS (vite.lib.config.ts), then the token and fixture files.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Production JSX (react/jsx-runtime, no file names or line numbers) whatever the caller's environment.
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
const script = (file) => run(process.execPath, ['--import', 'tsx', file]);

run(join(root, 'node_modules', '.bin', 'vite'), ['build', '-c', 'vite.lib.config.ts', '--logLevel', 'warn']);
// Resolved token values (tokens.json), and the same tokens in the Design Tokens Community Group format for design tools.
script('scripts/build-tokens-json.ts');
script('scripts/build-dtcg.ts');
// Fixtures and content schemas for ports and content systems, rendered by the built components.
script('scripts/build-fixtures.ts');
