// Writes dist/tokens.dtcg.json (the default theme) and dist/tokens.<theme>.dtcg.json (every other
// theme): W3C Design Tokens Community Group documents from the same source as tokens.css and
// tokens.json, with the component tokens that the built package's registered components declare.
// Run after the library build: node --import tsx scripts/build-dtcg.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ComponentDefinition } from '../src/contract/definition.js';
import { baseTokens, cjkTypography } from '../src/tokens/base.js';
import { fontStacks, palette } from '../src/tokens/primitives.js';
import { themes } from '../src/tokens/themes.js';
import { dtcgDocument, type CssTree } from './dtcg.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { definitions } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { definitions: readonly ComponentDefinition[] };
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** The published file of a theme: the default theme is `tokens.dtcg.json`. */
const dtcgFileName = (theme: string) => (theme === 'default' ? 'tokens.dtcg.json' : `tokens.${theme}.dtcg.json`);

const componentTokens = Object.assign({}, ...definitions.map((d) => d.tokens ?? {})) as Record<string, Record<string, string>>;
const componentNames = Object.fromEntries(definitions.flatMap((d) => Object.keys(d.tokens ?? {}).map((section) => [section, d.name])));
const themeFiles = Object.fromEntries(Object.keys(themes).map((name) => [name, dtcgFileName(name)]));

// Stringify numbers so every leaf is CSS text (the source holds strings already).
const asCss = (tree: object): CssTree => JSON.parse(JSON.stringify(tree, (_key, value: unknown) => (typeof value === 'number' ? String(value) : value))) as CssTree;

for (const [themeName, theme] of Object.entries(themes)) {
  const document = dtcgDocument({
    version,
    themeName,
    themeFiles,
    palette: asCss(palette),
    fontStacks,
    base: asCss(baseTokens),
    theme: asCss(theme),
    cjkTypography: asCss(cjkTypography),
    componentTokens,
    componentNames,
  });
  writeFileSync(join(dist, dtcgFileName(themeName)), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`build: ${Object.keys(themes).length} DTCG token files (${Object.values(themeFiles).join(', ')})`);
