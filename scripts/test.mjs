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
  if (only.length && !only.includes(name)) return true;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[cmd, ...args].map((a) => a.replace(root, '')).join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' }, ...options });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function count(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

count('typecheck', step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
count('lint', step('lint', bin('eslint'), ['.', '--max-warnings=0']));
count('build', step('build', 'node', ['scripts/build.mjs']));

const report = join(root, 'vitest-results.json');
rmSync(report, { force: true });
const vitestOk = step('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  for (const file of results.testResults ?? []) {
    for (const test of file.assertionResults ?? []) if (test.status === 'failed') failures.push(`${file.name.replace(root, '')}: ${test.fullName}`);
  }
  // A crash outside any test (e.g. a suite that fails to load) still fails the run.
  if (!vitestOk && results.numFailedTests === 0) count('vitest (suite errors)', false);
} else if (!only.length || only.includes('vitest')) {
  count('vitest (no report)', false);
}

if (failures.length) {
  console.log('\nFailures:');
  for (const f of failures.slice(0, 50)) console.log(`  - ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
