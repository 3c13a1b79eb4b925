import { baseTokens } from './base.js';
import { themes } from './themes.js';

export { vars } from './contract.css.js';
export { themes, themeNames, contrastPairs } from './themes.js';
export type { ThemeName, ThemeTokens, ContrastPair } from './themes.js';
export { cjkTypography } from './base.js';
export type { BaseTokens } from './base.js';
export type { ComponentTokens } from './themeCss.js';
export { checkContrastPairs, contrastRatio, relativeLuminance, themeColour } from './contrast.js';
export type { ContrastCheck } from './contrast.js';
export { createThemeCss } from './themeCss.js';
export type { TokenOverrides, ThemeCssOptions } from './themeCss.js';
export { tokenVarName } from './naming.js';

/** Resolved token values of the default theme (Latin typography), as plain data. */
export const tokens = { ...baseTokens, ...themes.default };
