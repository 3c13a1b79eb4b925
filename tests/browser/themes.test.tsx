// A theme paints its own surface: the element that carries `data-theme` (or a theme class) gets
// the theme's page background and text colour, so plain text on a themed page passes contrast.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { parseHexColor } from '../../src/tokens/contrast.js';
import { themeNames, themes } from '../../src/tokens/themes.js';

const rgb = (hex: string) => `rgb(${parseHexColor(hex)!.join(', ')})`;

afterEach(async () => {
  delete document.documentElement.dataset.theme;
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

it('leaves a page without data-theme to the site', async () => {
  await render(<p>Text</p>);
  expect(getComputedStyle(document.documentElement).backgroundColor).toBe('rgba(0, 0, 0, 0)');
});
