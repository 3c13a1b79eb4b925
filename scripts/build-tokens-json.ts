// Writes dist/tokens.json: every token's resolved value, per theme, also as CSS custom properties, with
// the component tokens that the built package's registered components declare. Same source as
// tokens.css and the DTCG files (scripts/build-dtcg.ts).
// Run after the library build: node --import tsx scripts/build-tokens-json.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { componentTokenPaths, type ComponentDefinition } from '../src/contract/definition.js';
import { baseTokens, cjkTypography } from '../src/tokens/base.js';
import { tokenVarName, walkTokens } from '../src/tokens/naming.js';
import { contrastPairs, themes } from '../src/tokens/themes.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { definitions } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { definitions: readonly ComponentDefinition[] };
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const componentTokens = componentTokenPaths(definitions);
const tokens = { ...baseTokens, ...themes.default };

/**
 * A theme's custom properties and their values. The default theme's include the tokens that no theme
 * changes; every theme's include the component tokens, each resolved to the token it stands for.
 */
function cssVariables(name: string, theme: object): Record<string, string> {
  const values = new Map<string, string>();
  walkTokens({ ...tokens, ...theme }, (path, value) => values.set(path.join('.'), String(value)));
  const variables: Record<string, string> = {};
  walkTokens(name === 'default' ? tokens : theme, (path, value) => (variables[`--${tokenVarName(path)}`] = String(value)));
  walkTokens(componentTokens, (path, alias) => (variables[`--${tokenVarName(['component', ...path])}`] = values.get(String(alias))!));
  return variables;
}

const json = {
  $description: 'Bauhinia UI design tokens, resolved values. Generated from src/tokens and the component definitions; do not edit.',
  version,
  prefix: '--bh-',
  base: Object.fromEntries(Object.entries(tokens).filter(([key]) => !(key in themes.default))),
  cjkTypography,
  themes,
  componentTokens,
  cssVariables: Object.fromEntries(Object.entries(themes).map(([name, theme]) => [name, cssVariables(name, theme)])),
  contrastPairs,
};
writeFileSync(join(dist, 'tokens.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log(`build: tokens.json (${Object.keys(themes).length} themes, ${Object.keys(json.cssVariables.default!).length} custom properties each)`);
