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
  /**
   * Every styled element by its part name: part `caption` of QuoteBlock has the class
   * `bh-quote-block__caption`. An element modifier is written `badge--current`.
   */
  parts: readonly string[];
  /**
   * A client component (`'use client'`): the server renders a placeholder and the browser its
   * controls, so its HTML changes once hydrated (the only such component: TextSizeControl).
   */
  client?: boolean;
  /** Modifiers of the root: `pull` gives `bh-quote-block--pull`. */
  modifiers?: readonly string[];
  /** Props that take one of a fixed set of values; the first value is the default. */
  options?: Readonly<Record<string, readonly [string | number, ...(string | number)[]]>>;
  /** Built-in labels, under the label catalogue section they make up: `{ quote: quoteLabels }`. */
  labels?: Readonly<Record<string, LabelTables>>;
  /**
   * Props that take the site's own elements rather than content (PageLayout's `aside`, Masthead's
   * `logo`), by path (`rows[].value` for a field of each entry of a list). The component renders
   * what React can render of them and leaves out the rest (`slot` in src/internal/slot.ts); the
   * hostile-input suites fill them with arbitrary values.
   */
  slots?: readonly string[];
  /**
   * Component tokens, under their section: `{ quote: { markColor: 'color.brand.accent' } }` declares
   * `--bh-component-quote-mark-color`, an alias of `--bh-color-brand-accent` in every theme.
   */
  tokens?: Readonly<Record<string, Readonly<Record<string, TokenPath>>>>;
}

const kebab = (name: string) => name.replace(/(?<=[a-z0-9])[A-Z]/g, (c) => `-${c}`).toLowerCase();

/**
 * What a component and each of its parts and modifiers are, in words, for its docs page and its
 * JSON Schema: `<Name>.docs.ts` beside the definition (`satisfies ComponentDocs<typeof definition>`,
 * so a part or modifier without words, or words for one that does not exist, is a type error). Kept
 * out of the definition so that no page's JavaScript carries the documentation.
 */
export type ComponentDocs<Definition extends ComponentDefinition> = {
  /** What the component is for, in one sentence. */
  description: string;
  parts: Record<Definition['parts'][number], string>;
} & (Definition['modifiers'] extends readonly string[] ? { modifiers: Record<Definition['modifiers'][number], string> } : { modifiers?: never });

/** The block name a component's classes share: `QuoteBlock` -> `quote-block` (classes `bh-quote-block…`). */
export const blockName = (definition: Pick<ComponentDefinition, 'name'>): string => kebab(definition.name);

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** One facet (`labels` or `tokens`) of every definition in a union, merged into one object type by section. */
export type MergedFacet<Definition extends ComponentDefinition, Facet extends 'labels' | 'tokens'> = UnionToIntersection<
  // A definition without the facet (no labels, no tokens) adds nothing, instead of widening the whole merge.
  Definition extends { readonly [Key in Facet]: infer Sections } ? NonNullable<Sections> : never
>;

/** The component tokens of some definitions, by section: `{ quote: { markColor: 'color.brand.accent' } }`. */
export const componentTokenPaths = (definitions: readonly ComponentDefinition[]): Record<string, Record<string, TokenPath>> =>
  Object.assign({}, ...definitions.map((definition) => definition.tokens ?? {}));
