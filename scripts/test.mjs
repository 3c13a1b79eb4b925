#!/usr/bin/env node
// `npm test`: every check, in order, without stopping at the first failure. Ends with the plain
// line "N passed, N failed" (vitest's own summary is not parsed by CI).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, options = {}) {
  if (only.length && !only.includes(name)) return undefined;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[cmd, ...args].map((a) => a.replace(root, '')).join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' }, ...options });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function count(name, ok) {
  if (ok === undefined) return; // step not selected
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

count('system packages', step('system packages', 'bash', ['scripts/ensure-system-deps.sh']));
count('typecheck', step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
count('lint', step('lint', bin('eslint'), ['.', '--max-warnings=0']));
count('build', step('build', 'node', ['scripts/build.mjs']));

const report = join(root, 'vitest-results.json');
rmSync(report, { force: true });
const vitestOk = step('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
function foldReport(name, file, ok) {
  if (!existsSync(file)) {
    if (!only.length || only.includes(name)) count(`${name} (no report)`, false);
    return;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  for (const suite of results.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) if (test.status === 'failed') failures.push(`${name}: ${suite.name.replace(root, '')}: ${test.fullName}`);
  }
  // A crash outside any test (e.g. a suite that fails to load) still fails the run.
  if (!ok && results.numFailedTests === 0) count(`${name} (suite errors)`, false);
}
foldReport('vitest', report, vitestOk);

// The SSR and hydration suites again on React 18.3 (the lowest supported peer): in CI, or on request.
if (process.env.CI || process.env.BAUHINIA_REACT18 === '1' || only.includes('react18')) {
  const report18 = join(root, '.cache', 'vitest-results-react18.json');
  rmSync(report18, { force: true });
  const ok18 = step('react18', 'node', ['scripts/test-react18.mjs', '--reporter=default', '--reporter=json', `--outputFile.json=${report18}`]);
  foldReport('react18', report18, ok18);
}

// The slow consumer apps (React 19 SPA in Chromium, Next.js build, Eleventy site), installed by name from a local registry; the fast ones ran in vitest.
if ((process.env.CI || process.env.BAUHINIA_FULL === '1' || only.includes('consumers')) && (!only.length || only.includes('consumers'))) {
  count('consumers (slow set)', step('consumers', bin('tsx'), ['tests/consumers/run.ts', '--slow']));
}

if (failures.length) {
  console.log('\nFailures:');
  for (const f of failures.slice(0, 50)) console.log(`  - ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
