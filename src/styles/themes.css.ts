import { assignVars, globalStyle } from '@vanilla-extract/css';
import { componentsLayer, tokensLayer } from './layers.css.js';
import { baseTokens, cjkTypography } from '../tokens/base.js';
import { vars } from '../tokens/contract.css.js';
import { themedSelector, themes, type ThemeTokens } from '../tokens/themes.js';

const { color, borderWidth, focus, shadow, link } = vars;
const themeVars = { color, borderWidth, focus, shadow, link };

const layered = (rule: Parameters<typeof globalStyle>[1]) => ({ '@layer': { [tokensLayer]: rule } });
// What forced colours, print and reduced motion impose sits after `bauhinia.theme` (src/styles/layerOrder.ts),
// so a site's theme never undoes it.
const imposed = (rule: Parameters<typeof globalStyle>[1]) => ({ '@layer': { [componentsLayer]: rule } });

function themeRule(theme: ThemeTokens, colorScheme: 'light' | 'dark') {
  return { colorScheme, vars: assignVars(themeVars, theme) };
}

const fontVars = vars.font;
const { color: _c, borderWidth: _b, focus: _f, shadow: _s, link: _l, ...baseVars } = vars;
globalStyle(':root', layered({ vars: assignVars(baseVars, baseTokens) }));

globalStyle(':root, [data-theme="default"], .bh-theme-default, [data-theme="auto"]', layered(themeRule(themes.default, 'light')));
globalStyle('[data-theme="dark"], .bh-theme-dark', layered(themeRule(themes.dark, 'dark')));
globalStyle('[data-theme="high-contrast"], .bh-theme-high-contrast', layered(themeRule(themes['high-contrast'], 'light')));

// Opt-in: `data-theme="auto"` follows the reader's system preferences; contrast wins over dark.
globalStyle('[data-theme="auto"]', layered({
  '@media': {
    '(prefers-color-scheme: dark)': themeRule(themes.dark, 'dark'),
    '(prefers-contrast: more)': themeRule(themes['high-contrast'], 'light'),
  },
}));

// Script-aware typography: the same variables take Chinese-friendly values inside `:lang(zh)`.
const latinTypography = {
  [fontVars.family.body]: fontVars.family.latin,
  [fontVars.lineHeight.body]: baseTokens.font.lineHeight.body,
  [fontVars.lineHeight.heading]: baseTokens.font.lineHeight.heading,
  [fontVars.lineHeight.tight]: baseTokens.font.lineHeight.tight,
  [fontVars.letterSpacing.body]: baseTokens.font.letterSpacing.body,
  [fontVars.letterSpacing.kicker]: baseTokens.font.letterSpacing.kicker,
  [fontVars.kickerTransform]: baseTokens.font.kickerTransform,
};
const cjkValues = {
  [fontVars.lineHeight.body]: cjkTypography.lineHeight.body,
  [fontVars.lineHeight.heading]: cjkTypography.lineHeight.heading,
  [fontVars.lineHeight.tight]: cjkTypography.lineHeight.tight,
  [fontVars.letterSpacing.body]: cjkTypography.letterSpacing.body,
  [fontVars.letterSpacing.kicker]: cjkTypography.letterSpacing.kicker,
  [fontVars.kickerTransform]: cjkTypography.kickerTransform,
};
globalStyle(':lang(en)', layered({ vars: latinTypography }));
// Every `zh` tag (`:lang(zh)` also matches `zh-Hant`, `zh-HK`, `zh-TW`...) gets the CJK values and
// Traditional Chinese fonts (HKSCS-capable first); Simplified tags then swap the fonts only.
globalStyle(':lang(zh)', layered({
  vars: { ...cjkValues, [fontVars.family.body]: fontVars.family.hant },
}));
globalStyle(':lang(zh-Hans), :lang(zh-CN), :lang(zh-SG)', layered({
  vars: { [fontVars.family.body]: fontVars.family.hans },
}));

// The reader's text size: one attribute on `<html>` (set by TextSizeControl) scales the root font
// size by a token; every size is in rem, so the whole page follows. A percentage of the browser's
// default size, so a reader's own browser setting is multiplied, not replaced.
for (const size of ['large', 'larger'] as const) {
  globalStyle(`:root[data-text-size="${size}"]`, layered({ fontSize: `calc(${vars.textSize[size]} * 100%)` }));
}

globalStyle(':root', imposed({
  '@media': {
    '(prefers-reduced-motion: reduce)': {
      vars: { [vars.motion.duration.fast]: '0ms', [vars.motion.duration.normal]: '0ms' },
    },
  },
}));

// Forced colours: the browser already swaps text, surface and border colours for system ones.
// Keep what carries meaning beyond that: the focus ring and the current partner's fill.
globalStyle(themedSelector, imposed({
  '@media': {
    '(forced-colors: active)': {
      vars: {
        [color.focus.ring]: 'Highlight',
        [color.badge.currentBackground]: 'Highlight',
        [color.badge.currentText]: 'HighlightText',
        [color.badge.currentBorder]: 'Highlight',
      },
    },
  },
}));

// Print: black on white whatever the theme. Every themed element takes the high-contrast theme's
// values (black text, white surfaces, underlined black links), so a dark section prints white.
// In a later layer than every theme, `data-theme="auto"` and a site's theme included.
globalStyle(themedSelector, imposed({
  '@media': {
    print: { ...themeRule(themes['high-contrast'], 'light'), backgroundColor: vars.color.surface.page, color: vars.color.text.default },
  },
}));
