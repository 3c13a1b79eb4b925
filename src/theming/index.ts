// The `bauhinia-ui/tokens` entry (built to dist/tokens/index.js): the token values, the contrast
// helpers and the theming tools, a site's own theme checked and written as CSS. It stands above the
// registry, since component tokens come from the registered components' definitions; the main entry
// takes only `ThemeStyle`, which needs neither the CSS parser nor the colour library.
import { baseTokens } from '../tokens/base.js';
import { vars as contractVars } from '../tokens/contract.css.js';
import { themes } from '../tokens/themes.js';

/**
 * Every semantic token as a `var(--bh-*)` reference, for styles and inline use. Component tokens
 * (`--bh-component-*`) are declared by each component's own stylesheet from its definition.
 */
// Declared here, not re-exported, so the published types name no style module (those ship as `*.styles.js`).
export const vars = contractVars;
export { themes, themeNames, contrastPairs } from '../tokens/themes.js';
export type { ThemeName, ThemeTokens, ContrastPair } from '../tokens/themes.js';
export { cjkTypography } from '../tokens/base.js';
export type { BaseTokens } from '../tokens/base.js';
export { checkContrastPairs, contrastRatio, relativeLuminance, themeColour } from '../tokens/contrast.js';
export type { ContrastCheck } from '../tokens/contrast.js';
export { tokenVarName } from '../tokens/naming.js';
export { layerNames } from '../styles/layerOrder.js';

/** Resolved token values of the default theme (Latin typography), as plain data. */
export const tokens = { ...baseTokens, ...themes.default };

export { createThemeCss } from './themeCss.js';
export type { ThemeCss, ThemeCssOptions } from './themeCss.js';
export { createBrandTheme } from './brand.js';
export type { Brand, BrandTheme, BrandThemeOptions, ContrastReport } from './brand.js';
export { applyOverrides } from './overrides.js';
export type { BaseOverrides, ComponentTokens, ThemeOverrides, ThemeSet, TokenOverrides } from './overrides.js';
export { ThemeStyle } from './ThemeStyle.js';
export type { ThemeStyleProps } from './ThemeStyle.js';
