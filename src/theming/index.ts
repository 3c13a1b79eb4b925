// Theming: a site's own theme, checked and written as CSS. Above the registry (component tokens
// come from the registered components' definitions); `bauhinia-ui/tokens` re-exports it, and the
// main entry only `ThemeStyle`, which needs neither the CSS parser nor the colour library.
export { createThemeCss } from './themeCss.js';
export type { ThemeCss, ThemeCssOptions } from './themeCss.js';
export { createBrandTheme } from './brand.js';
export type { Brand, BrandTheme, BrandThemeOptions, ContrastReport } from './brand.js';
export { applyOverrides } from './overrides.js';
export type { BaseOverrides, ComponentTokens, ThemeOverrides, ThemeSet, TokenOverrides } from './overrides.js';
export { ThemeStyle } from './ThemeStyle.js';
export type { ThemeStyleProps } from './ThemeStyle.js';
