// Real layout in Chromium with the library stylesheet: hidden until focused, then a visible box.
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { SkipLink } from './SkipLink.js';

afterEach(async () => {
  await commands.emulateMedia({ media: null, forcedColors: 'none' });
  await cleanup();
});

async function renderPage() {
  const screen = await render(
    <div data-theme="default">
      <SkipLink />
      <header>
        <a href="#home">Home</a>
      </header>
      <main id="main-content">Main content</main>
    </div>,
  );
  (document.activeElement as HTMLElement | null)?.blur();
  return screen.container.querySelector<HTMLAnchorElement>('a[href="#main-content"]')!;
}

describe('SkipLink in the browser', () => {
  it('is hidden from view until the keyboard reaches it first, then shows as a box at the top with a focus ring', async () => {
    const link = await renderPage();
    expect(link.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    await userEvent.tab();
    expect(document.activeElement).toBe(link);
    const box = link.getBoundingClientRect();
    const page = link.parentElement!.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(24);
    // In the flow at the top-left corner, above the masthead.
    expect(box.top - page.top).toBeLessThan(16);
    expect(box.left - page.left).toBeLessThan(16);
    expect(box.bottom).toBeLessThanOrEqual(link.nextElementSibling!.getBoundingClientRect().top);
    const style = getComputedStyle(link);
    expect(style.backgroundColor).not.toBe(getComputedStyle(link.parentElement!).backgroundColor);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('hides again when focus moves on', async () => {
    const link = await renderPage();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Home');
    expect(link.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('keeps a border in forced colours, where the fill is dropped', async () => {
    const link = await renderPage();
    await commands.emulateMedia({ forcedColors: 'active' });
    await userEvent.tab();
    expect(parseFloat(getComputedStyle(link).borderTopWidth)).toBeGreaterThan(0);
  });

  it('is not printed', async () => {
    const screen = await render(<SkipLink visibility="always" />);
    await commands.emulateMedia({ media: 'print' });
    expect(getComputedStyle(screen.container.querySelector('a')!).display).toBe('none');
  });
});
