// A theme paints its own surface: the element that carries `data-theme` (or a theme class) gets
// the theme's page background and text colour, so plain text on a themed page passes contrast.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { fontStacks } from '../../src/tokens/primitives.js';
import { srgb } from '../../src/tokens/colour.js';
import { themeNames, themes } from '../../src/tokens/themes.js';

const rgb = (hex: string) => `rgb(${srgb(hex).join(', ')})`;

afterEach(async () => {
  delete document.documentElement.dataset.theme;
  document.documentElement.removeAttribute('lang');
  await cleanup();
});

describe.each(themeNames)('%s', (name) => {
  const { page } = themes[name].color.surface;
  const text = themes[name].color.text.default;

  it('paints the element with data-theme', async () => {
    const screen = await render(
      <div data-theme={name}>
        <p>Plain text a site writes itself</p>
      </div>,
    );
    const themed = screen.container.querySelector('div')!;
    expect(getComputedStyle(themed).backgroundColor).toBe(rgb(page));
    expect(getComputedStyle(themed.querySelector('p')!).color).toBe(rgb(text));
  });

  it('paints the element with the theme class', async () => {
    const screen = await render(<div className={`bh-theme-${name}`}>Text</div>);
    expect(getComputedStyle(screen.container.querySelector('div')!).backgroundColor).toBe(rgb(page));
  });

  it('gives a page themed on <html> its background and text colour, which axe accepts', async () => {
    document.documentElement.dataset.theme = name;
    const screen = await render(<p>Plain text on a themed page</p>);
    expect(getComputedStyle(document.documentElement).backgroundColor).toBe(rgb(page));
    const result = await axe.run(screen.container, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

// The page base (src/styles/page.css.ts): with styles.css alone, the page around the components
// needs no CSS of the site's own.
describe('a page with only the library stylesheet', () => {
  /** The first family of a computed font-family list, unquoted. */
  const firstFamily = (element: Element) => getComputedStyle(element).fontFamily.split(',')[0]!.trim().replace(/^"|"$/g, '');

  it('has no browser margin around <body>, and text outside components in our font, not Times', async () => {
    await render(<p>Text a site writes outside any component</p>);
    expect(getComputedStyle(document.body).margin).toBe('0px');
    expect(getComputedStyle(document.body).fontFamily).toBe(fontStacks.latin);
    expect(getComputedStyle(document.body).fontFamily).not.toMatch(/Times/);
  });

  it('paints the root in the default theme without data-theme', async () => {
    await render(<p>Text</p>);
    expect(getComputedStyle(document.documentElement).backgroundColor).toBe(rgb(themes.default.color.surface.page));
    expect(getComputedStyle(document.body).color).toBe(rgb(themes.default.color.text.default));
  });

  it('follows the language of the page: Traditional Chinese fonts on a zh-Hant page', async () => {
    document.documentElement.lang = 'zh-Hant';
    await render(<p>香港特別行政區</p>);
    expect(getComputedStyle(document.body).fontFamily).toBe(fontStacks.hant);
    expect(firstFamily(document.body)).toBe('Segoe UI');
  });

  it('gives way to the site\'s own CSS', async () => {
    const site = document.createElement('style');
    site.textContent = 'body { margin: 8px; font-family: Georgia, serif; }';
    document.head.append(site);
    try {
      await render(<p>Text</p>);
      expect(getComputedStyle(document.body).margin).toBe('8px');
      expect(firstFamily(document.body)).toBe('Georgia');
    } finally {
      site.remove();
    }
  });
});
