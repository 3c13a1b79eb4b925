import { layerOrderStatement, themeLayerName } from '../styles/layerOrder.js';
import { themeNames, type ThemeName } from '../tokens/themes.js';
import { checkLayerName, checkSelector } from './cssText.js';
import { readOverrides, type Declarations, type ThemeSet, type TokenOverrides } from './overrides.js';
import { tokenEntries } from './tokenPaths.js';

declare const themeCssBrand: unique symbol;

/**
 * CSS that `createThemeCss` wrote and checked: the only input `ThemeStyle` takes. A plain string at
 * run time; the type keeps other text out.
 */
export type ThemeCss = string & { readonly [themeCssBrand]: true };

export interface ThemeCssOptions {
  /**
   * Where the theme applies (a selector list, no pseudo-elements): on the elements it matches that
   * choose a theme (`data-theme`, a theme class, or the root element, which is in the default theme
   * without one), and on every element inside them that chooses one. @default ':root'
   */
  selector?: string;
  /**
   * The cascade layer the rules go in. The default sits after the built-in themes and before the
   * components (the order is part of the output), so each theme gets its own values and the
   * forced-colours and print values still win; a layer of your own must be ordered after
   * `bauhinia.tokens` by you. @default 'bauhinia.theme'
   */
  layer?: string;
}

/** How a theme is chosen on an element: the same selectors as the built-in themes. */
const chosenBy: Record<ThemeName, string> = {
  default: '[data-theme="default"], .bh-theme-default, [data-theme="auto"]',
  dark: '[data-theme="dark"], .bh-theme-dark',
  'high-contrast': '[data-theme="high-contrast"], .bh-theme-high-contrast',
};
const auto = '[data-theme="auto"]';

const rule = (selector: string, declarations: Declarations, indent = '  ') => {
  const lines = [...declarations].map(([path, css]) => `${indent}  ${tokenEntries.get(path)!.variable}: ${css};`);
  return `${indent}${selector} {\n${lines.join('\n')}\n${indent}}`;
};

/**
 * Every theme sets every token any theme sets: where a site gave no value, the theme's built-in one.
 * A theme section then never lets another's value through (the default section also matches the
 * root, whatever theme the root chooses).
 */
function filled(themes: Record<ThemeName, Declarations>): Record<ThemeName, Declarations> {
  const paths = [...tokenEntries.keys()].filter((path) => themeNames.some((name) => themes[name].has(path)));
  return Object.fromEntries(
    themeNames.map((name) => [name, new Map(paths.map((path) => [path, themes[name].get(path) ?? tokenEntries.get(path)!.builtIn[name]]))]),
  ) as Record<ThemeName, Declarations>;
}

/**
 * Turns token overrides into checked CSS, in the `bauhinia.theme` cascade layer:
 *
 * - a theme set (`createBrandTheme`'s result, or `{ base?, themes: { default?, dark?, 'high-contrast'? } }`)
 *   gives each theme its own values: the default theme (also without `data-theme`, and `auto` in a
 *   light scheme), `dark`, `high-contrast`, and `auto` under `prefers-color-scheme: dark` and
 *   `prefers-contrast: more`; `base` applies to every theme;
 * - a flat tree (`{ color: { brand: { primary } }, radius: { md } }`) is the default theme's for
 *   its theme-dependent tokens (colours, border widths, focus, shadow, link style, component tokens),
 *   which dark and high contrast keep at their own values, and every theme's for the rest.
 *
 * Each value must be one complete value of its token's type (checked with a CSS parser); `undefined`
 * and `null` leave a token out. Anything else, an unknown token, a `selector` that is not a selector
 * list or a `layer` that is not a layer name, is a TypeError naming the path.
 */
export function createThemeCss(overrides: TokenOverrides | ThemeSet, options: ThemeCssOptions = {}): ThemeCss {
  const selector = checkSelector(options.selector ?? ':root');
  if ('problem' in selector) throw new TypeError(`createThemeCss: selector ${JSON.stringify(options.selector)} is refused: ${selector.problem}`);
  const layer = checkLayerName(options.layer ?? themeLayerName);
  if ('problem' in layer) throw new TypeError(`createThemeCss: layer ${JSON.stringify(options.layer)} is refused: ${layer.problem}`);
  const { base, themes } = readOverrides(overrides, 'createThemeCss');

  const scope = selector.selectors.length === 1 ? selector.selectors[0]! : `:is(${selector.selectors.join(', ')})`;
  // The scope itself choosing a theme (the root chooses the default one), or a themed element inside
  // it. A scope that chooses no theme takes its ancestor's, so it gets no values of its own.
  const themed = (choice: string, self = choice) => `${scope}:is(${self}), ${scope} :is(${choice})`;
  const rules: string[] = [];
  if (base.size > 0) rules.push(rule(scope, base));
  if (themeNames.some((name) => themes[name].size > 0)) {
    const sections = filled(themes);
    rules.push(
      rule(themed(chosenBy.default, `:root, ${chosenBy.default}`), sections.default),
      rule(themed(chosenBy.dark), sections.dark),
      rule(themed(chosenBy['high-contrast']), sections['high-contrast']),
      // `auto` follows the reader's settings; contrast wins over dark, as in the built-in themes.
      `  @media (prefers-color-scheme: dark) {\n${rule(themed(auto), sections.dark, '    ')}\n  }`,
      `  @media (prefers-contrast: more) {\n${rule(themed(auto), sections['high-contrast'], '    ')}\n  }`,
    );
  }
  return `${layerOrderStatement}\n@layer ${layer.layer} {\n${rules.join('\n')}\n}\n` as ThemeCss;
}
