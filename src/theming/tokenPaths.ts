/**
 * Every token a site can set, by path: its CSS variable, the type of value it takes, whether it is set
 * per theme, and its built-in value in each theme. Semantic tokens come from the token source,
 * component tokens from the registered components' definitions.
 */
import { definitions } from '../components/registry.js';
import { componentTokenPaths } from '../contract/definition.js';
import { baseTokens } from '../tokens/base.js';
import { tokenVarName, walkTokens } from '../tokens/naming.js';
import { themeNames, themes, type ThemeName } from '../tokens/themes.js';
import type { ValueType } from './cssText.js';

const lengthPercentage = (name: string): ValueType => ({ name, syntax: { type: 'length-percentage' }, sample: '0px' });
const length: ValueType = { name: 'a length', syntax: { type: 'length' }, sample: '0px' };
const lineWidth: ValueType = { name: 'a line width', syntax: { type: 'line-width' }, sample: '1px' };

/** The type of each token, by the start of its path: the first entry that fits. */
const typesByPath: ReadonlyArray<readonly [prefix: string, type: ValueType]> = [
  ['color.', { name: 'a colour', syntax: { type: 'color' }, sample: 'red' }],
  ['font.family.', { name: 'a font stack', syntax: { property: 'font-family' }, sample: 'serif' }],
  ['font.weight.', { name: 'a font weight', syntax: { property: 'font-weight' }, sample: '400', numeric: true }],
  ['font.size.', lengthPercentage('a font size')],
  ['font.lineHeight.', { name: 'a line height', syntax: { property: 'line-height' }, sample: '1', numeric: true }],
  ['font.letterSpacing.', { name: 'a letter spacing', syntax: { property: 'letter-spacing' }, sample: '0px' }],
  ['font.kickerTransform', { name: 'a text-transform value', syntax: { property: 'text-transform' }, sample: 'none' }],
  ['space.', lengthPercentage('a length')],
  ['radius.', lengthPercentage('a radius')],
  ['size.', lengthPercentage('a length')],
  ['breakpoint.', length],
  ['motion.duration.', { name: 'a time', syntax: { type: 'time' }, sample: '0s' }],
  ['motion.easing.', { name: 'an easing function', syntax: { type: 'easing-function' }, sample: 'ease' }],
  ['textSize.', { name: 'a number', syntax: { type: 'number' }, sample: '1', numeric: true }],
  ['borderWidth.', lineWidth],
  ['focus.width', lineWidth],
  ['focus.offset', length],
  ['shadow.', { name: 'a box shadow', syntax: { property: 'box-shadow' }, sample: 'none' }],
  ['link.underlineThickness', { name: 'an underline thickness', syntax: { property: 'text-decoration-thickness' }, sample: '1px' }],
  ['link.underlineOffset', { name: 'an underline offset', syntax: { property: 'text-underline-offset' }, sample: '0px' }],
];

export function valueTypeOf(path: string): ValueType {
  const found = typesByPath.find(([prefix]) => (prefix.endsWith('.') ? path.startsWith(prefix) : path === prefix));
  if (!found) throw new Error(`No value type for token "${path}": add it to typesByPath`);
  return found[1];
}

export interface TokenEntry {
  /** `color.text.link`. */
  path: string;
  /** `--bh-color-text-link`. */
  variable: string;
  type: ValueType;
  /**
   * Set per theme, on every element that chooses one (colours, borders, focus, shadow, link style
   * and the component tokens), or once for the page (type, space, radius, sizes, motion).
   */
  perTheme: boolean;
  /** The built-in value in each theme; a component token's is the semantic token it aliases. */
  builtIn: Record<ThemeName, string>;
}

const entries: TokenEntry[] = [];
const groups = new Set<string>();
const addGroups = (path: string[]) => path.slice(0, -1).forEach((_, i) => groups.add(path.slice(0, i + 1).join('.')));

walkTokens(baseTokens, (path, value) => {
  addGroups(path);
  const dotted = path.join('.');
  entries.push({ path: dotted, variable: `--${tokenVarName(path)}`, type: valueTypeOf(dotted), perTheme: false, builtIn: Object.fromEntries(themeNames.map((name) => [name, String(value)])) as Record<ThemeName, string> });
});
walkTokens(themes.default, (path) => {
  addGroups(path);
  const dotted = path.join('.');
  const builtIn = Object.fromEntries(themeNames.map((name) => [name, String(path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], themes[name]))]));
  entries.push({ path: dotted, variable: `--${tokenVarName(path)}`, type: valueTypeOf(dotted), perTheme: true, builtIn: builtIn as Record<ThemeName, string> });
});
walkTokens(componentTokenPaths(definitions), (path, semantic) => {
  const full = ['component', ...path];
  addGroups(full);
  const alias = `var(--${tokenVarName(String(semantic).split('.'))})`;
  entries.push({
    path: full.join('.'),
    variable: `--${tokenVarName(full)}`,
    type: valueTypeOf(String(semantic)),
    perTheme: true,
    builtIn: Object.fromEntries(themeNames.map((name) => [name, alias])) as Record<ThemeName, string>,
  });
});

/** Every token a site can set, by dotted path. */
export const tokenEntries: ReadonlyMap<string, TokenEntry> = new Map(entries.map((entry) => [entry.path, entry]));

/** The paths that hold tokens rather than being one (`color`, `color.text`, `component.quote`). */
export const tokenGroups: ReadonlySet<string> = groups;
