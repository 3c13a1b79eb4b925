#!/usr/bin/env node
// Runs the SSR and hydration suites against React 18.3 (the lowest peer version we support):
// installs react@18.3.1 and react-dom@18.3.1 into a git-ignored throwaway folder and points
// vitest.react18.config.ts at it. Extra arguments go to `vitest run`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const version = '18.3.1';
const dir = process.env.BAUHINIA_REACT18_DIR ?? join(root, '.cache', `react-${version}`);
const installed = (name) => {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
};

if (!installed('react') || !installed('react-dom')) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bauhinia-react18-check', private: true }, null, 2));
  console.log(`Installing react@${version} and react-dom@${version} into ${dir.replace(root, '')}`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', `react@${version}`, `react-dom@${version}`], { cwd: dir, stdio: 'inherit' });
  if (npm.status !== 0) process.exit(npm.status ?? 1);
}

const vitest = spawnSync(join(root, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'vitest.react18.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BAUHINIA_REACT18_DIR: dir },
});
process.exit(vitest.status ?? 1);
