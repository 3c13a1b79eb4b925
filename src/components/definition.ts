import type { Locale } from '../i18n/locale.js';
import type { BaseTokens } from '../tokens/base.js';
import type { LeafPaths } from '../tokens/naming.js';
import type { ThemeTokens } from '../tokens/themes.js';

/** A semantic token, by path: `color.text.default`, `borderWidth.accent`. */
export type TokenPath = LeafPaths<BaseTokens & ThemeTokens>;

/** A component's built-in labels in every locale, each with the same keys. */
export type LabelTables<Key extends string = string> = Record<Locale, Record<Key, string>>;

/**
 * Checks that the three locales give the same keys (the English table sets them) and returns the
 * tables as they are.
 */
export const labelTables = <Key extends string>(tables: {
  en: Record<Key, string>;
  'zh-Hant': NoInfer<Record<Key, string>>;
  'zh-Hans': NoInfer<Record<Key, string>>;
}): LabelTables<Key> => tables;

/**
 * What a component states about itself, once, in `<Name>.definition.ts`: written as a plain object
 * (`as const satisfies ComponentDefinition`), so a bundle that does not read it drops it. Everything
 * outside the component's folder (public index, label catalogue, class names, schemas, build,
 * bench, test matrices, Storybook controls) is derived from the definitions in the registry.
 */
export interface ComponentDefinition {
  /** The export name, e.g. "QuoteBlock", which is also the folder's name. Its root class is `bh-quote-block`. */
  name: string;
  /** What the component is for, in one sentence. */
  description: string;
  /**
   * Every styled element, by part name, with what it is: part `caption` of QuoteBlock has the class
   * `bh-quote-block__caption`. An element modifier is written `badge--current`.
   */
  parts: Readonly<Record<string, string>>;
  /** Modifiers of the root (`pull` gives `bh-quote-block--pull`), with when they apply. */
  modifiers?: Readonly<Record<string, string>>;
  /** Props that take one of a fixed set of values; the first value is the default. */
  options?: Readonly<Record<string, readonly [string | number, ...(string | number)[]]>>;
  /** Built-in labels, under the label catalogue section they make up: `{ quote: quoteLabels }`. */
  labels?: Readonly<Record<string, LabelTables>>;
  /**
   * Component tokens, under their section: `{ quote: { markColor: 'color.brand.accent' } }` declares
   * `--bh-component-quote-mark-color`, an alias of `--bh-color-brand-accent` in every theme.
   */
  tokens?: Readonly<Record<string, Readonly<Record<string, TokenPath>>>>;
}

const kebab = (name: string) => name.replace(/(?<=[a-z0-9])[A-Z]/g, (c) => `-${c}`).toLowerCase();

/** The block name a component's classes share: `QuoteBlock` -> `quote-block` (classes `bh-quote-block…`). */
export const blockName = (definition: Pick<ComponentDefinition, 'name'>): string => kebab(definition.name);

/** Every class a component's definition documents: its root, its parts and its modifiers. */
export function documentedClasses(definition: ComponentDefinition): string[] {
  const root = `bh-${blockName(definition)}`;
  return [root, ...Object.keys(definition.parts).map((part) => `${root}__${part}`), ...Object.keys(definition.modifiers ?? {}).map((modifier) => `${root}--${modifier}`)];
}

const isDefinition = (value: unknown): value is ComponentDefinition =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ComponentDefinition).name === 'string' &&
  typeof (value as ComponentDefinition).description === 'string' &&
  typeof (value as ComponentDefinition).parts === 'object';

/**
 * The component definitions among a module's exports (the registry's, or the built package's), by
 * component name: a module namespace lists its exports in that order anyway, so every tool sees the same.
 */
export const definitionsIn = (module: Record<string, unknown>): ComponentDefinition[] =>
  Object.values(module)
    .filter(isDefinition)
    .sort((a, b) => (a.name < b.name ? -1 : 1));

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The definitions a module exports (the registry's), as a union. */
export type DefinitionIn<Module> = Extract<Module[keyof Module], ComponentDefinition>;

// One facet of each definition in a union, distributed over the union: a definition without the
// facet (a component with no labels) adds nothing, where `Definition[Facet]` would read it as
// `unknown` and swallow the whole union.
type FacetOf<Definition, Facet extends string> = Definition extends { readonly [K in Facet]?: infer Value } ? Value : never;

/** One facet (`labels` or `tokens`) of every definition in a union, merged into one object type by section. */
export type MergedFacet<Definition extends ComponentDefinition, Facet extends 'labels' | 'tokens'> = UnionToIntersection<NonNullable<FacetOf<Definition, Facet>>>;

/** The component tokens of some definitions, by section: `{ quote: { markColor: 'color.brand.accent' } }`. */
export const componentTokenPaths = (definitions: readonly ComponentDefinition[]): Record<string, Record<string, TokenPath>> =>
  Object.assign({}, ...definitions.map((definition) => definition.tokens ?? {}));
