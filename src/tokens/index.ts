// The `bauhinia-ui/tokens` entry: the token values, the contrast helpers and the theming tools.
import { baseTokens } from './base.js';
import { themes } from './themes.js';

export { vars } from './contract.css.js';
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
