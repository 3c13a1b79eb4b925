/**
 * The cascade layers every Bauhinia rule sits in, in order (later wins). The names are public API:
 *
 * - `bauhinia.reset`: the page base (margin, font, colours of the root and of themed elements) and
 *   each component's scoped reset;
 * - `bauhinia.tokens`: the token values of the built-in themes, and the component token aliases;
 * - `bauhinia.theme`: a site's own theme, as `createThemeCss` writes it, so it beats the built-in
 *   themes on the very elements they are declared on;
 * - `bauhinia.components`: the components' styles, and the token values that forced colours, print
 *   and reduced motion impose, which must win over any theme.
 *
 * A site's unlayered CSS beats all of them. Plain data (no vanilla-extract), so the theming code can
 * write the same order statement as the shipped stylesheets.
 */
export const layerNames = ['bauhinia.reset', 'bauhinia.tokens', 'bauhinia.theme', 'bauhinia.components'] as const;

/** Declares the order; whichever stylesheet comes first (ours or a site theme), the order is the same. */
export const layerOrderStatement = `@layer bauhinia, ${layerNames.join(', ')};`;

/** The layer `createThemeCss` writes into by default. */
export const themeLayerName = 'bauhinia.theme';
