// Real layout in Chromium with the library stylesheet: the languages line up at the inline end,
// wrap at 320 px, and are not printed.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { sidewaysOverflow } from '../../../.storybook/reflow.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';

const links = { 'zh-Hant': '/tc/', 'zh-Hans': '/sc/', en: '/en/' };

afterEach(async () => {
  await commands.emulateMedia({ media: null });
  await cleanup();
});
afterAll(() => page.viewport(1280, 800));

describe('LanguageSwitcher in the browser', () => {
  it('lines the languages up at the inline end, each at least 24 px tall', async () => {
    await page.viewport(1280, 800);
    const screen = await render(<LanguageSwitcher current="en" links={links} />);
    const nav = screen.container.querySelector('nav')!;
    const items = [...nav.querySelectorAll('li')];
    expect(nav.getBoundingClientRect().right - items.at(-1)!.getBoundingClientRect().right).toBeLessThan(2);
    for (const target of nav.querySelectorAll('a')) expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });

  it('wraps long names inside 320 px without scrolling sideways', async () => {
    await page.viewport(320, 800);
    const screen = await render(<LanguageSwitcher current="en" links={links} names={{ 'zh-Hant': '繁體中文版本', 'zh-Hans': '简体中文版本', en: 'English version of this page' }} />);
    const nav = screen.container.querySelector('nav')!;
    for (const item of nav.querySelectorAll('li')) expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(nav.getBoundingClientRect().right + 1);
    expect(sidewaysOverflow(document.documentElement)).toBe(0);
  });

  it('is not printed', async () => {
    const screen = await render(<LanguageSwitcher current="en" links={links} />);
    await commands.emulateMedia({ media: 'print' });
    expect(getComputedStyle(screen.container.querySelector('nav')!).display).toBe('none');
  });
});
