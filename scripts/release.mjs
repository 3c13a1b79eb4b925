#!/usr/bin/env node
// `npm run release`: build, run every test, pack the tarball, and report what would be published.
// Stops at the first failure. Publishes only with `--publish`, and only in the release workflow
// (.github/workflows/release.yml), where npm signs a provenance statement for the version.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishDecision, runRelease } from './release-steps.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function command(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' }, ...options });
  if (result.error) return { ok: false, detail: result.error.message };
  return result.status === 0 ? { ok: true } : { ok: false, detail: `${[cmd, ...args].join(' ')} exited with ${result.status ?? result.signal}` };
}

const packDir = mkdtempSync(join(tmpdir(), 'bauhinia-release-'));
let packed;

function pack() {
  const result = spawnSync(npm, ['pack', '--json', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) return { ok: false, detail: `npm pack exited with ${result.status}` };
  const [info] = JSON.parse(result.stdout);
  const tarball = join(packDir, info.filename);
  packed = { tarball, files: info.files.length, size: statSync(tarball).size, unpacked: info.unpackedSize };
  return { ok: true, detail: `${info.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, in ${tarball}` };
}

const decision = publishDecision({ argv: process.argv.slice(2), env: process.env });
if (decision.refusal) {
  console.error(decision.refusal);
  process.exit(1);
}

// changesets/action runs the publish script on every push to main without pending changesets; when
// this version is on the registry already there is nothing to build, test or publish.
if (decision.publish) {
  const view = spawnSync(npm, ['view', `${pkg.name}@${pkg.version}`, 'version'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if (view.status === 0 && view.stdout.trim() === pkg.version) {
    console.log(`${pkg.name}@${pkg.version} is on the npm registry already: nothing to publish.`);
    process.exit(0);
  }
}

console.log(`Release check for ${pkg.name}@${pkg.version}${decision.publish ? ' (will publish if every step passes)' : ' (dry run)'}`);
const result = await runRelease({
  steps: [
    { name: 'build', run: () => command(npm, ['run', 'build']) },
    { name: 'test', run: () => command(npm, ['test']) },
    { name: 'pack (dry run)', run: () => command(npm, ['pack', '--dry-run']) },
    { name: 'pack', run: pack },
  ],
  publish: { name: 'publish', run: () => command('npx', ['changeset', 'publish']) },
  shouldPublish: decision.publish,
  log: (line) => console.log(line),
});

if (result.ok && !result.published && packed) {
  console.log(`\nWould publish ${pkg.name}@${pkg.version} to the npm registry: ${packed.files} files, ` +
    `${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpacked / 1024).toFixed(1)} kB unpacked.`);
  console.log(`Inspect the tarball: tar -tzf ${packed.tarball}`);
}
process.exit(result.ok ? 0 : 1);
