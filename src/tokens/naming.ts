/** The one rule that turns a token path into its CSS custom property: `color.text.default` -> `--bh-color-text-default`. */
export const tokenPrefix = 'bh';

const kebab = (segment: string) => segment.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function tokenVarName(path: readonly string[]): string {
  return `${tokenPrefix}-${path.map(kebab).join('-')}`;
}

type Leaf = string | number;
export type TokenTree = { readonly [key: string]: Leaf | TokenTree };

/** Calls `visit` for every leaf of a token tree, with its path. */
export function walkTokens(tree: object, visit: (path: string[], value: Leaf) => void, path: string[] = []): void {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object' && value !== null) walkTokens(value as object, visit, [...path, key]);
    else visit([...path, key], value as Leaf);
  }
}

/** Same shape as `tree`, with every leaf replaced. */
export function mapTokens<T extends object>(tree: T, map: (path: string[], value: Leaf) => string, path: string[] = []): MapLeaves<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] =
      typeof value === 'object' && value !== null
        ? mapTokens(value as object, map, [...path, key])
        : map([...path, key], value as Leaf);
  }
  return out as MapLeaves<T>;
}

export type MapLeaves<T> = { [K in keyof T]: T[K] extends string | number ? string : MapLeaves<T[K]> };

/** Every leaf of a token tree as a dotted path, e.g. `color.text.default`. */
export type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | number ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
