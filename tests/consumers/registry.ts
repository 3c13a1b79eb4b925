/**
 * A local npm registry (Verdaccio) for the slow consumer suite: the package is published to it with
 * `npm publish`, as a release would (without provenance, which only a CI provider can sign), and
 * the consumers install `bauhinia-ui` by name, so they receive exactly what the registry serves:
 * `files`, `exports`, the README. Every other package comes through Verdaccio's uplink to the
 * registry npm already uses here, and stays in its storage between runs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { root } from '../../bench/bundle.js';

export interface LocalRegistry {
  /** The registry's URL, ending in a slash, for a consumer's `.npmrc`. */
  url: string;
  /** The version of `bauhinia-ui` it publishes: the one in package.json. */
  version: string;
  /** The published tarball's integrity, as the registry serves it. */
  integrity: string;
  stop: () => void;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function waitForPing(url: string, verdaccio: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (verdaccio.exitCode !== null) throw new Error(`Verdaccio exited with ${verdaccio.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Verdaccio did not answer ${url}-/ping within 60 s:\n${log()}`);
}

/** Starts Verdaccio in `workDir` and publishes the package (dist/ must be built) to it. */
export async function startLocalRegistry(workDir: string): Promise<LocalRegistry> {
  const dir = join(workDir, 'registry');
  const storage = join(dir, 'storage');
  mkdirSync(storage, { recursive: true });
  // Each run publishes the same version afresh; the uplinked packages stay.
  rmSync(join(storage, 'bauhinia-ui'), { recursive: true, force: true });
  // The uplink is whatever registry npm uses on this machine; no registry host is written in the repo.
  const upstream = spawnSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(
    join(dir, 'config.yaml'),
    [
      `storage: ${JSON.stringify(storage)}`,
      'web:',
      '  enable: false',
      'uplinks:',
      '  upstream:',
      `    url: ${JSON.stringify(upstream)}`,
      '    timeout: 60s',
      'packages:',
      // Ours is never proxied: a consumer must get the version just published, not one from upstream.
      "  'bauhinia-ui':",
      '    access: $all',
      '    publish: $all',
      "  '**':",
      '    access: $all',
      '    proxy: upstream',
      'max_body_size: 100mb',
      'log:',
      '  type: stdout',
      '  format: pretty',
      '  level: warn',
      '',
    ].join('\n'),
  );

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let output = '';
  const verdaccio = spawn(process.execPath, [join(root, 'node_modules', 'verdaccio', 'bin', 'verdaccio'), '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  verdaccio.stdout!.on('data', (chunk) => (output += chunk));
  verdaccio.stderr!.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (verdaccio.exitCode === null) verdaccio.kill();
  };
  try {
    await waitForPing(url, verdaccio, () => output);
    // npm asks for a token before it publishes; Verdaccio's `publish: $all` accepts any.
    const userconfig = join(dir, 'publish.npmrc');
    writeFileSync(userconfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=local-test-registry\n`);
    const publish = spawnSync('npm', ['publish', '--registry', url, '--userconfig', userconfig, '--provenance=false', '--access', 'public', '--loglevel=error'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    if (publish.status !== 0) throw new Error(`npm publish to ${url} exited ${publish.status}:\n${publish.stdout}${publish.stderr}\n${output}`);
  } catch (error) {
    stop();
    throw error;
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const packument = (await (await fetch(`${url}bauhinia-ui`)).json()) as { versions?: Record<string, { dist: { integrity: string } }> };
  const integrity = packument.versions?.[version]?.dist.integrity;
  if (!integrity) {
    stop();
    throw new Error(`${url}bauhinia-ui does not list ${version} after publishing`);
  }
  return { url, version, integrity, stop };
}
