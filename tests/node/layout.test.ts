/**
 * The published layout: what `npm pack` puts in the tarball and what package.json `exports`, against
 * the committed record in package-layout.json. Nothing a site imports may move; a change to that file
 * is a change to the package's public surface (or, for internal modules, one the commit justifies).
 * Registered components appear in it as `<Component>`, so a new component (one folder, one registry
 * line) changes nothing there; every registered component must ship each public `<Component>` file.
 * `npm test` builds dist/ first; run `npm run build` before running this file alone. After an
 * intended change: `npx vitest run --project node tests/node/layout.test.ts --update`, then read the diff.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockName } from '../../src/contract/definition.js';
import { componentNames } from '../support/registry.js';

const root = join(import.meta.dirname, '..', '..');
type Target = string | null | { [condition: string]: Target };
let files: string[];
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, Target> };

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
  files = info!.files.map((f) => f.path).sort();
}, 120_000);

/** Every file path an `exports` target names, each as a pattern (`*` matches any run of characters). */
const targets = (target: Target): string[] =>
  target === null ? [] : typeof target === 'string' ? [target.replace(/^\.\//, '')] : Object.values(target).flatMap(targets);
const matcher = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);

/**
 * A packed file with any registered component's name (a folder, or a file's stem) written
 * `<Component>`, and its macro's folder (`dist/nunjucks/quote-block/`) `<component>`.
 */
const generic = (file: string) =>
  componentNames.reduce(
    (path, name) => path.replace(new RegExp(`(^|/)${name}(?=[./])`, 'g'), '$1<Component>').replace(`dist/nunjucks/${blockName({ name })}/`, 'dist/nunjucks/<component>/'),
    file,
  );
const distinct = (list: string[]) => [...new Set(list.map(generic))].sort();

/** The packed files a consumer can reach through `exports` (entries, their types, CSS, JSON), and the rest. */
function layout() {
  const patterns = Object.values(exports).flatMap(targets).map(matcher);
  const reachable = files.filter((file) => patterns.some((pattern) => pattern.test(file)));
  return { exports, public: distinct(reachable), internal: distinct(files.filter((file) => !reachable.includes(file))) };
}

describe('the published layout', () => {
  it('matches the committed record: the exports map, the files it reaches, and the internal modules', async () => {
    await expect(`${JSON.stringify(layout(), null, 2)}\n`).toMatchFileSnapshot('./package-layout.json');
  });

  it('ships each public `<Component>` file of the record for every registered component', () => {
    const perComponent = layout().public.filter((file) => file.includes('<Component>'));
    expect(perComponent).toEqual(expect.arrayContaining(['dist/css/<Component>.css']));
    const missing = componentNames.flatMap((name) => perComponent.map((file) => file.replaceAll('<Component>', name)).filter((file) => !files.includes(file)));
    expect(componentNames.length).toBeGreaterThan(1);
    expect(missing).toEqual([]);
  });

  it('imports nothing in its JavaScript but its own modules and the dependencies and peers package.json declares', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: object; peerDependencies?: object };
    const declared = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
    const undeclared = files
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/(?:^|[\s;])(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)].map((m) => `${file}: ${m[1] ?? m[2]}`))
      .filter((entry) => {
        const specifier = entry.slice(entry.indexOf(': ') + 2);
        // Node's own modules too (`node:url`…): bauhinia-ui/nunjucks runs in Node.
        return !specifier.startsWith('.') && !specifier.startsWith('node:') && !declared.some((name) => specifier === name || specifier.startsWith(`${name}/`));
      });
    expect(undeclared).toEqual([]);
  });

  it('has a packed file behind every target of every export', () => {
    const missing = Object.entries(exports).flatMap(([subpath, target]) =>
      targets(target)
        .filter((pattern) => !files.some((file) => matcher(pattern).test(file)))
        .map((pattern) => `${subpath} -> ${pattern}`),
    );
    expect(missing).toEqual([]);
  });

  it('ships a declaration file beside every JavaScript entry point', () => {
    // bauhinia-ui/text-size.js is a classic script for template pages, not a module: nothing to type.
    const entries = Object.entries(exports)
      .flatMap(([subpath, target]) => (subpath === './text-size.js' ? [] : targets(target)))
      .filter((file) => file.endsWith('.js') && !file.includes('*'));
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) expect(files, entry).toContain(entry.replace(/\.js$/, '.d.ts'));
  });
});
