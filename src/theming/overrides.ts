/**
 * What a site sets: token trees, flat (the tokens of the default theme and of the page) or one per
 * theme. Reading one checks every path and value (`cssText.ts`) and gives the CSS to write.
 */
import type { RegisteredDefinition } from '../components/registry.js';
import type { MergedFacet } from '../contract/definition.js';
import type { BaseTokens } from '../tokens/base.js';
import { themeNames, type ThemeName, type ThemeTokens } from '../tokens/themes.js';
import { checkValue, shown } from './cssText.js';
import { tokenEntries, tokenGroups, type TokenEntry } from './tokenPaths.js';

type Leaf = string | null | undefined;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? Leaf : DeepPartial<T[K]> | null | undefined };
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every component token, by section (`quote.markColor`), as the components' definitions declare them. */
export type ComponentTokens = Widen<MergedFacet<RegisteredDefinition, 'tokens'>>;

/** Tokens that are the same in every theme: type, space, radius, sizes, breakpoints, motion, text size. */
export type BaseOverrides = DeepPartial<Widen<BaseTokens>>;

/** One theme's tokens: colours, border widths, focus, shadow, link style, and the component tokens. */
export type ThemeOverrides = DeepPartial<ThemeTokens & { component: ComponentTokens }>;

/**
 * Any subset of the token tree, flat: the theme-dependent tokens in it (colours, border widths,
 * focus, shadow, link style, component tokens) are the default theme's, and the rest apply to every
 * theme. `undefined` and `null` leaves are left out.
 */
export type TokenOverrides = BaseOverrides & ThemeOverrides;

/** Tokens per theme: what `createBrandTheme` returns, or a site writes by hand. */
export interface ThemeSet {
  /** Tokens that are the same in every theme (type, space, radius…). */
  base?: BaseOverrides | null;
  /** Each theme's own values; a theme left out keeps its built-in values. */
  themes: { [Name in ThemeName]?: ThemeOverrides | null };
}

/** Checked declarations: token path → the CSS value to write. */
export type Declarations = Map<string, string>;

export interface ReadOverrides {
  base: Declarations;
  themes: Record<ThemeName, Declarations>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};


type Scope = 'flat' | 'base' | 'theme';

/**
 * The tokens of one tree, checked: an unknown path, a token in the wrong part of a theme set, a
 * value that is not one complete value of the token's type, or anything that is not a plain object
 * where tokens are grouped, is a TypeError naming the path. The walk follows only known groups, so
 * it is as deep as the token tree at most, whatever the input (cycles included).
 */
function readTree(tree: unknown, scope: Scope, caller: string, prefix: string): Declarations {
  const out: Declarations = new Map();
  const visit = (node: unknown, path: string[]) => {
    const where = prefix + path.join('.');
    if (!isPlainObject(node)) throw new TypeError(`${caller}: ${where || 'the tokens'} must be a plain object of tokens, not ${shown(node)}`);
    for (const key of Object.keys(node)) {
      const value = node[key];
      const dotted = [...path, key].join('.');
      const entry: TokenEntry | undefined = tokenEntries.get(dotted);
      if (!entry && !tokenGroups.has(dotted)) throw new TypeError(`${caller}: unknown token "${prefix}${dotted}"`);
      if (entry && scope === 'base' && entry.perTheme) throw new TypeError(`${caller}: "${prefix}${dotted}" is set per theme: put it under themes.<theme>`);
      if (entry && scope === 'theme' && !entry.perTheme) throw new TypeError(`${caller}: "${prefix}${dotted}" is the same in every theme: put it under base`);
      if (value === undefined || value === null) continue;
      if (!entry) {
        visit(value, [...path, key]);
        continue;
      }
      const checked = checkValue(value, entry.type);
      if ('problem' in checked) throw new TypeError(`${caller}: token "${prefix}${dotted}" cannot be ${shown(value)}: ${checked.problem}`);
      out.set(dotted, checked.css);
    }
  };
  visit(tree, []);
  return out;
}

const isThemeSet = (input: unknown): input is ThemeSet => isPlainObject(input) && 'themes' in input;

/**
 * Reads a flat tree or a theme set into checked declarations: the page's (base) and each theme's.
 * `contrast`, the report `createBrandTheme` adds, is not written.
 */
export function readOverrides(input: TokenOverrides | ThemeSet, caller: string): ReadOverrides {
  const themes = Object.fromEntries(themeNames.map((name) => [name, new Map()])) as Record<ThemeName, Declarations>;
  if (!isThemeSet(input)) {
    const base: Declarations = new Map();
    for (const [path, css] of readTree(input, 'flat', caller, '')) (tokenEntries.get(path)!.perTheme ? themes.default : base).set(path, css);
    return { base, themes };
  }
  for (const key of Object.keys(input)) {
    if (!['base', 'themes', 'contrast'].includes(key)) throw new TypeError(`${caller}: unknown key "${key}" in a theme set (base, themes)`);
  }
  const base = input.base == null ? new Map<string, string>() : readTree(input.base, 'base', caller, 'base.');
  if (!isPlainObject(input.themes)) throw new TypeError(`${caller}: themes must be a plain object with a key per theme (${themeNames.join(', ')})`);
  for (const [name, tree] of Object.entries(input.themes)) {
    if (!(themeNames as string[]).includes(name)) throw new TypeError(`${caller}: unknown theme "themes.${name}" (${themeNames.join(', ')})`);
    if (tree != null) themes[name as ThemeName] = readTree(tree, 'theme', caller, `themes.${name}.`);
  }
  return { base, themes };
}

/**
 * A complete theme: `theme` with the theme-dependent semantic tokens of `overrides` (a flat tree or
 * one theme's) set, for `checkContrastPairs(applyOverrides(themes.dark, overrides))`. Values are
 * checked as `createThemeCss` checks them; tokens of the page (type, space…) and component tokens
 * are not part of a theme's colours and are left out.
 */
export function applyOverrides(theme: ThemeTokens, overrides: TokenOverrides | ThemeOverrides): ThemeTokens {
  const merged = structuredClone(theme) as ThemeTokens;
  for (const [path, css] of readTree(overrides, 'flat', 'applyOverrides', '')) {
    if (path.startsWith('component.') || !tokenEntries.get(path)!.perTheme) continue;
    const keys = path.split('.');
    const last = keys.pop()!;
    const group = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, merged as unknown as Record<string, unknown>);
    group[last] = css;
  }
  return merged;
}
