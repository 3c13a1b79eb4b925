// The `bauhinia-ui/tokens` entry: the token values, the contrast helpers and the theming tools.
import { baseTokens } from './base.js';
import { vars as contractVars } from './contract.css.js';
import { themes } from './themes.js';

/**
 * Every semantic token as a `var(--bh-*)` reference, for styles and inline use. Component tokens
 * (`--bh-component-*`) are declared by each component's own stylesheet from its definition.
 */
// Declared here, not re-exported, so the published types name no style module (those ship as `*.styles.js`).
export const vars = contractVars;
export { themes, themeNames, contrastPairs } from './themes.js';
export type { ThemeName, ThemeTokens, ContrastPair } from './themes.js';
export { cjkTypography } from './base.js';
export type { BaseTokens } from './base.js';
export { checkContrastPairs, contrastRatio, relativeLuminance, themeColour } from './contrast.js';
export type { ContrastCheck } from './contrast.js';
export { tokenVarName } from './naming.js';
export { layerNames } from '../styles/layerOrder.js';
export * from '../theming/index.js';

/** Resolved token values of the default theme (Latin typography), as plain data. */
export const tokens = { ...baseTokens, ...themes.default };
