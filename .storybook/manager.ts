// The Storybook manager (the frame around the stories): Bauhinia UI's name, logo and colours, from
// the default theme's tokens, and the browser tab titled "… ⋅ Bauhinia UI" instead of "… ⋅ Storybook".
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import { fontStacks } from '../src/tokens/primitives.js';
import { themes } from '../src/tokens/themes.js';

const { color } = themes.default;
// radius.sm (0.25rem) in the pixels Storybook's theme takes.
const radius = 4;
const brandTitle = 'Bauhinia UI';

const theme = create({
  base: 'light',
  brandTitle,
  brandUrl: './',
  // Relative, so the logo loads wherever the site is served from (GitHub Pages serves it in a subfolder).
  brandImage: './brand/bauhinia-ui-logo.svg',
  brandTarget: '_self',

  colorPrimary: color.brand.accent,
  colorSecondary: color.brand.primary,

  appBg: color.surface.subtle,
  appContentBg: color.surface.page,
  appPreviewBg: color.surface.page,
  appBorderColor: color.border.subtle,
  appBorderRadius: radius,

  fontBase: fontStacks.latin,
  fontCode: fontStacks.mono,

  textColor: color.text.default,
  textInverseColor: color.text.inverse,
  textMutedColor: color.text.muted,

  barBg: color.surface.page,
  barTextColor: color.text.muted,
  barSelectedColor: color.brand.primary,
  barHoverColor: color.text.link,

  buttonBg: color.surface.page,
  buttonBorder: color.border.default,
  booleanBg: color.surface.subtle,
  booleanSelectedBg: color.surface.page,

  inputBg: color.surface.page,
  inputBorder: color.border.default,
  inputTextColor: color.text.default,
  inputBorderRadius: radius,
});

addons.setConfig({ theme });

// Storybook writes "<story> ⋅ Storybook" into the title on every navigation; name the library instead.
const title = document.querySelector('title');
if (title) {
  const rename = () => {
    const renamed = document.title.replace(/Storybook$/, brandTitle);
    if (renamed !== document.title) document.title = renamed;
  };
  new MutationObserver(rename).observe(title, { childList: true, characterData: true, subtree: true });
  rename();
}
