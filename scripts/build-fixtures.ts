// Writes dist/schemas/<Component>.schema.json and dist/fixtures/<Component>.json: the fixture
// definitions (src/fixtures) rendered by the built components, so the HTML carries the shipped class names.
// Run after the library build: node --import tsx scripts/build-fixtures.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { fixtureDefinitions, fixtureElement } from '../src/fixtures/definitions.js';
import { schemas, type FixtureComponent } from '../src/fixtures/schemas.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const built = (await import(pathToFileURL(join(dist, 'index.js')).href)) as Record<string, ComponentType<never>>;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

mkdirSync(join(dist, 'fixtures'), { recursive: true });
mkdirSync(join(dist, 'schemas'), { recursive: true });
let count = 0;
for (const component of Object.keys(schemas) as FixtureComponent[]) {
  const Component = built[component];
  if (!Component) throw new Error(`build-fixtures: dist/index.js does not export ${component}`);
  const fixtures = fixtureDefinitions[component].map((fixture) => {
    const html = renderToStaticMarkup(fixtureElement(Component, fixture));
    if (html === '') throw new Error(`build-fixtures: ${component} "${fixture.name}" rendered nothing`);
    count += 1;
    return { ...fixture, html };
  });
  const file = { component, version, schema: `../schemas/${component}.schema.json`, fixtures };
  writeFileSync(join(dist, 'schemas', `${component}.schema.json`), `${JSON.stringify(schemas[component], null, 2)}\n`);
  writeFileSync(join(dist, 'fixtures', `${component}.json`), `${JSON.stringify(file, null, 2)}\n`);
}
console.log(`build: ${count} fixtures and ${Object.keys(schemas).length} schemas in dist/fixtures, dist/schemas`);
