// The Menu in Chromium with the library stylesheet and the real keyboard: hidden links are not
// reachable on narrow screens until the Menu is opened; on wide screens there is no Menu to press.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { sidewaysOverflow } from '../../../.storybook/reflow.js';
import { Masthead, type MastheadNavigationItem } from './index.js';

const navigation: MastheadNavigationItem[] = ['About us', 'Exchange programme', 'Partner cities', 'Participants', 'News', 'Contact us'].map((label, index) => ({
  label,
  href: `#${index}`,
  current: index === 1,
}));

afterEach(async () => {
  await cleanup();
  await page.viewport(1280, 800);
});

async function focusedAfterTabs(count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    await userEvent.keyboard('{Tab}');
    seen.push(document.activeElement?.textContent ?? '');
  }
  return seen;
}

describe('Masthead: the Menu', () => {
  it('at 1280 px shows no Menu, and every link is reached with Tab, in order', async () => {
    await page.viewport(1280, 800);
    const screen = await render(<Masthead title="Site" homeHref="#home" navigation={navigation} />);
    const summary = screen.container.querySelector('summary')!;
    expect(summary.checkVisibility()).toBe(false);
    expect(await focusedAfterTabs(7)).toEqual(['Site', ...navigation.map((item) => item.label)]);
  });

  it('at 320 px shows the Menu; Enter opens it and Tab continues into the links; nothing scrolls sideways', async () => {
    await page.viewport(320, 640);
    const screen = await render(<Masthead title="Site" homeHref="#home" navigation={navigation} />);
    const summary = screen.container.querySelector('summary')!;
    expect(summary.checkVisibility()).toBe(true);
    // Closed: Tab goes from the home link to the Menu and on past the links.
    expect(await focusedAfterTabs(2)).toEqual(['Site', 'Menu']);
    expect(summary.parentElement).not.toHaveAttribute('open');
    await userEvent.keyboard('{Enter}');
    expect(summary.parentElement).toHaveAttribute('open');
    expect(await focusedAfterTabs(2)).toEqual(['About us', 'Exchange programme']);
    expect(document.activeElement).toHaveAttribute('aria-current', 'page');
    expect(sidewaysOverflow(document.documentElement)).toBe(0);
  });

  it('at 320 px with collapseNavigation="never" keeps the links in reach without a Menu', async () => {
    await page.viewport(320, 640);
    const screen = await render(<Masthead title="Site" homeHref="#home" navigation={navigation} collapseNavigation="never" />);
    expect(screen.container.querySelector('summary')).toBeNull();
    expect(await focusedAfterTabs(3)).toEqual(['Site', 'About us', 'Exchange programme']);
    expect(sidewaysOverflow(document.documentElement)).toBe(0);
  });
});
