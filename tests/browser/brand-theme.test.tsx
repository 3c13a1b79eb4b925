// Issue 18, done when: a page branded with createBrandTheme({ primary: '#006a4e' }) through ThemeStyle
// shows the brand on links, accents and the current badge in the default theme, and axe finds no
// contrast failure in default, dark, high contrast, and auto under a light and a dark colour scheme.
// The page is the reference newsletter article (src/pages), with the theme on <html> as a site sets it.
import axe from 'axe-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { NewsletterArticle } from '../../src/pages/NewsletterArticle.js';
import { createBrandTheme } from '../../src/theming/brand.js';
import { createThemeCss } from '../../src/theming/themeCss.js';
import { ThemeStyle } from '../../src/theming/ThemeStyle.js';
import { srgb } from '../../src/tokens/colour.js';

const green = '#006a4e';
const brand = createBrandTheme({ primary: green });
const css = createThemeCss(brand);
const rgb = (colour: string) => `rgb(${srgb(colour).join(', ')})`;

const noEmulation = { media: null, colorScheme: null, contrast: null, forcedColors: 'none', reducedMotion: 'no-preference' } as const;
afterEach(async () => {
  delete document.documentElement.dataset.theme;
  await commands.emulateMedia(noEmulation);
  await cleanup();
});
afterAll(() => commands.emulateMedia(noEmulation));

async function brandedPage(theme?: string) {
  if (theme) document.documentElement.dataset.theme = theme;
  const screen = await render(
    <>
      <ThemeStyle css={css} />
      <NewsletterArticle locale="en" />
    </>,
  );
  await document.fonts.ready;
  const $ = (selector: string) => {
    const found = screen.container.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`${selector} not found`);
    return found;
  };
  return { screen, $ };
}

/** The colours the brand paints: a link in the article, the kicker, the quotation mark, the current badge. */
function brandColours($: (selector: string) => HTMLElement) {
  const link = $('main a.bh-link:not([aria-current])');
  const quoteText = $('.bh-quote-block__quote > :first-child');
  return {
    link: getComputedStyle(link).color,
    kicker: getComputedStyle($('.bh-article-highlight__kicker')).color,
    quoteMark: getComputedStyle(quoteText, '::before').color,
    currentBadge: getComputedStyle($('.bh-city-partner-badge-strip__badge--current')).backgroundColor,
  };
}

async function contrastViolations(root: HTMLElement) {
  const result = await axe.run(root, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

describe('a page branded with createBrandTheme({ primary: "#006a4e" })', () => {
  it('shows the brand on links, accents and the current badge in the default theme', async () => {
    const { $ } = await brandedPage();
    expect(brandColours($)).toEqual({ link: rgb(green), kicker: rgb(green), quoteMark: rgb(green), currentBadge: rgb(green) });
  });

  it('the check can fail: without the theme, the built-in colours show', async () => {
    const screen = await render(<NewsletterArticle locale="en" />);
    const link = screen.container.querySelector<HTMLElement>('main a.bh-link:not([aria-current])')!;
    expect(getComputedStyle(link).color).not.toBe(rgb(green));
  });

  const modes: Array<[string, string, { colorScheme?: 'light' | 'dark'; contrast?: 'more' }, 'default' | 'dark' | 'high-contrast']> = [
    ['default', 'default', {}, 'default'],
    ['no data-theme', '', {}, 'default'],
    ['dark', 'dark', {}, 'dark'],
    ['high contrast', 'high-contrast', {}, 'high-contrast'],
    ['auto, light scheme', 'auto', { colorScheme: 'light' }, 'default'],
    ['auto, dark scheme', 'auto', { colorScheme: 'dark' }, 'dark'],
    ['auto, more contrast', 'auto', { contrast: 'more' }, 'high-contrast'],
  ];

  it.each(modes)('%s: each theme gets its own brand values, and axe finds no contrast failure', async (_mode, theme, media, expected) => {
    await commands.emulateMedia({ colorScheme: media.colorScheme ?? null, contrast: media.contrast ?? null });
    const { screen, $ } = await brandedPage(theme || undefined);
    const link = brand.themes[expected].color?.text?.link ?? '#000000';
    expect(brandColours($).link).toBe(rgb(link));
    // The light brand never reaches dark or high contrast.
    if (expected !== 'default') expect(brandColours($).link).not.toBe(rgb(green));
    expect(await contrastViolations(screen.container)).toEqual([]);
  });
});

describe('what the built-in themes impose still wins over a site theme', () => {
  const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  const site = createThemeCss({ ...brand, base: { motion: { duration: { fast: '300ms' } } } });

  it.each([
    ['print: black links on white', { media: 'print' }, '--bh-color-text-link', '#000000'],
    ['forced colours: the system highlight for focus', { forcedColors: 'active' }, '--bh-color-focus-ring', 'Highlight'],
    ['reduced motion: no transitions', { reducedMotion: 'reduce' }, '--bh-motion-duration-fast', '0ms'],
  ] as const)('%s', async (_what, media, variable, expected) => {
    await render(<ThemeStyle css={site} />);
    expect(token(variable)).not.toBe(expected);
    await commands.emulateMedia(media);
    expect(token(variable)).toBe(expected);
  });
});

