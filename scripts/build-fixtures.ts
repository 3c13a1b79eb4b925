// Writes dist/schemas/<Component>.schema.json and dist/fixtures/<Component>.json for every component
// the built package registers: each component folder's fixtures (src/components/<Name>/<Name>.fixtures.ts)
// rendered by the built component, so the HTML carries exactly what this version ships.
// Run after the library build: node --import tsx scripts/build-fixtures.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ComponentDefinition } from '../src/contract/definition.js';
import { fixtureElement, publishedHtml, type FixtureModule } from '../src/fixtures/fixture.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const built = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Record<string, unknown> & { definitions: readonly ComponentDefinition[] };
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

mkdirSync(join(dist, 'fixtures'), { recursive: true });
mkdirSync(join(dist, 'schemas'), { recursive: true });
let count = 0;
const { definitions } = built;
for (const { name, client } of definitions) {
  const Component = built[name] as ComponentType<never> | undefined;
  if (!Component) throw new Error(`build-fixtures: dist/index.js lists the definition of ${name} but does not export ${name} itself`);
  const source = join(root, 'src', 'components', name, `${name}.fixtures.ts`);
  if (!existsSync(source)) throw new Error(`build-fixtures: ${name} has no fixtures: add src/components/${name}/${name}.fixtures.ts`);
  const { schema, fixtures } = (await import(pathToFileURL(source).href)) as FixtureModule;
  const published = fixtures.map((fixture) => {
    const html = publishedHtml(renderToStaticMarkup(fixtureElement(Component, fixture)));
    if (html === '') throw new Error(`build-fixtures: ${name} "${fixture.name}" rendered nothing`);
    count += 1;
    return { ...fixture, html };
  });
  // `client`: the HTML is the server's placeholder; the controls need the React component in the browser.
  const file = { component: name, version, schema: `../schemas/${name}.schema.json`, ...(client ? { client: true } : {}), fixtures: published };
  writeFileSync(join(dist, 'schemas', `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  writeFileSync(join(dist, 'fixtures', `${name}.json`), `${JSON.stringify(file, null, 2)}\n`);
}
console.log(`build: ${count} fixtures and ${definitions.length} schemas in dist/fixtures, dist/schemas`);
