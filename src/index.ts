export { createThemeCss, themeNames } from './tokens/index.js';
export type { ThemeName, TokenOverrides, ThemeCssOptions } from './tokens/index.js';
