import { globalStyle } from '@vanilla-extract/css';
import { vars } from '../tokens/contract.css.js';
import { themeChoiceSelector } from '../tokens/themes.js';
import { resetLayer } from './layers.css.js';

/**
 * The page base: with `styles.css` alone a page gets no browser margin around `<body>`, and the
 * root and every element that chooses a theme paint that theme (its page surface and text colour)
 * in its font. The font is the `--bh-font-family-body` stack, which `:lang()` switches, so a
 * `lang="zh-Hant"` page gets the Traditional Chinese stack. In the reset layer: any CSS of the site
 * wins.
 */
globalStyle('body', { '@layer': { [resetLayer]: { margin: 0 } } });

globalStyle(`:root, body, ${themeChoiceSelector}`, {
  '@layer': { [resetLayer]: { fontFamily: vars.font.family.body } },
});

globalStyle(`:root, ${themeChoiceSelector}`, {
  '@layer': { [resetLayer]: { backgroundColor: vars.color.surface.page, color: vars.color.text.default } },
});
