/**
 * Consumer checks. `tsx tests/consumers/run.ts` runs the fast set (the one `npm test` runs through
 * tests/node/consumers.test.ts), installed from the packed tarball; `--all` adds the React 19 SPA in
 * Chromium, the Next.js App Router build and the Eleventy site; `--slow` runs only those three (npm
 * test does, when CI is set), which install the package by name from a local registry it is first published to
 * (tests/consumers/registry.ts); names select single consumers.
 * Ends with the line "N passed, N failed" and exits non-zero on any failure.
 */
import { consumers, packForConsumers, runConsumer, workDir } from './consumers.js';
import { startLocalRegistry, type LocalRegistry } from './registry.js';

const args = process.argv.slice(2);
const all = args.includes('--all');
const slowOnly = args.includes('--slow');
const names = args.filter((a) => !a.startsWith('--'));
const selected = consumers.filter((c) => (names.length ? names.includes(c.name) : slowOnly ? !c.fast : all || c.fast));
if (names.length && selected.length !== names.length) {
  console.error(`unknown consumer; choose from: ${consumers.map((c) => c.name).join(', ')}`);
  process.exit(2);
}

const tarball = packForConsumers();
// The slow consumers install the package by name from a local registry it was just published to.
let registry: LocalRegistry | undefined;
if (selected.some((c) => !c.fast)) {
  const started = Date.now();
  registry = await startLocalRegistry(workDir);
  console.log(`published bauhinia-ui@${registry.version} to a local Verdaccio at ${registry.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
let passed = 0;
let failed = 0;
for (const consumer of selected) {
  const started = Date.now();
  console.log(`\n▶ consumer ${consumer.name}`);
  try {
    await runConsumer(consumer, { tarball, registry: consumer.fast ? undefined : registry }, (line) => console.log(`  ${line}`));
    passed++;
    console.log(`✔ ${consumer.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.log(`✘ ${consumer.name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${error instanceof Error ? error.message : String(error)}`);
  }
}
registry?.stop();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
