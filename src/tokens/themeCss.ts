import type { DefinitionIn, MergedFacet } from '../components/definition.js';
import type * as registry from '../components/registry.js';
import { baseTokens, type BaseTokens } from './base.js';
import { tokenVarName, walkTokens } from './naming.js';
import { themes, type ThemeTokens } from './themes.js';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every component token, by section (`quote.markColor`), as the components' definitions declare them. */
export type ComponentTokens = Widen<MergedFacet<DefinitionIn<typeof registry>, 'tokens'>>;

/** Any subset of the token tree, with free string values: what a site overrides. */
export type TokenOverrides = DeepPartial<Widen<BaseTokens> & ThemeTokens & { component: ComponentTokens }>;

export interface ThemeCssOptions {
  /** Where the overrides apply. @default ':root' */
  selector?: string;
  /** Wrap the rule in this cascade layer; by default the rule is unlayered, so it beats the library's own layers. */
  layer?: string;
}

// A value may not close the declaration or the rule it sits in.
const unsafeValue = /[;{}<>]|\/\*|\*\//;

/**
 * Turns partial token overrides into a CSS rule that sets the matching `--bh-*` variables, e.g.
 * `createThemeCss({ color: { brand: { primary: '#00528a' } } })`. Unknown token paths and values
 * that could break out of the declaration throw a `TypeError` naming the path.
 */
export function createThemeCss(overrides: TokenOverrides, options: ThemeCssOptions = {}): string {
  const { selector = ':root', layer } = options;
  const declarations: string[] = [];
  walkTokens(overrides, (path, value) => {
    if (!isKnownPath(path)) throw new TypeError(`Unknown token "${path.join('.')}"`);
    const text = String(value).trim();
    if (text === '' || unsafeValue.test(text)) {
      throw new TypeError(`Unsafe or empty value for token "${path.join('.')}": ${JSON.stringify(value)}`);
    }
    declarations.push(`  --${tokenVarName(path)}: ${text};`);
  });
  const rule = `${selector} {\n${declarations.join('\n')}\n}`;
  return layer ? `@layer ${layer} {\n${rule}\n}` : rule;
}

let semanticPaths: Set<string> | undefined;

// Semantic tokens are checked by name. Component tokens are declared by the components, which this
// entry point does not load, so only their shape is checked here (TypeScript checks their names).
function isKnownPath(path: string[]): boolean {
  if (path[0] === 'component') return path.length === 3 && path.every((segment) => /^[a-z][A-Za-z0-9]*$/.test(segment));
  if (!semanticPaths) {
    const paths = new Set<string>();
    walkTokens({ ...baseTokens, ...themes.default }, (p) => paths.add(p.join('.')));
    semanticPaths = paths;
  }
  return semanticPaths.has(path.join('.'));
}
