// The public API of `bauhinia-ui`. Components come from the registry: each exports its component,
// its prop types, its option lists and its definition, and `definitions` lists those.
export * from './components/registry.js';

export { labelCatalogue } from './labelCatalogue.js';
export type { LabelCatalogue } from './labelCatalogue.js';
export { locales } from './i18n/locale.js';
export { safeUrl } from './urls.js';
export type { UrlAttribute } from './urls.js';
export type { Locale, LocaleInput } from './i18n/locale.js';
export type { ComponentDefinition, LabelTables } from './contract/definition.js';
export type { HeadingLevel } from './internal/headingLevel.js';

// Tokens and theming tools live in their own entry point, `bauhinia-ui/tokens`: a page that
// renders components does not carry the token values, the CSS parser or the colour library in its
// JavaScript. `ThemeStyle`, which renders what `createThemeCss` wrote, needs none of them.
export type { ThemeName } from './tokens/themes.js';
export { ThemeStyle } from './theming/ThemeStyle.js';
export type { ThemeStyleProps } from './theming/ThemeStyle.js';
export type { ThemeCss } from './theming/themeCss.js';
