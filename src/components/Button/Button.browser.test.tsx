// Real styles in Chromium with the library stylesheet: size, focus ring, forced colours and print.
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { Button } from './Button.js';

afterEach(async () => {
  await commands.emulateMedia({ media: null, forcedColors: 'none', reducedMotion: 'no-preference' });
  await cleanup();
});

async function renderAll() {
  const screen = await render(
    <div data-theme="default">
      <Button type="button">Send</Button>
      <Button type="button" variant="secondary">
        Save as draft
      </Button>
      <Button href="#guide">Read the guide</Button>
      <Button href="#guide" variant="secondary">
        Read the guide
      </Button>
      <Button disabled>Send</Button>
    </div>,
  );
  const [primary, secondary, link, secondaryLink, disabled] = [...screen.container.querySelectorAll<HTMLElement>('.bh-button')];
  return { primary: primary!, secondary: secondary!, link: link!, secondaryLink: secondaryLink!, disabled: disabled! };
}

/** What a system colour keyword resolves to in the current mode, read from a probe. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('Button in the browser', () => {
  it('is at least 44 CSS px tall, as a button and as a link', async () => {
    const { primary, link } = await renderAll();
    for (const control of [primary, link]) expect(control.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(Math.round(primary.getBoundingClientRect().height)).toBe(Math.round(link.getBoundingClientRect().height));
  });

  it('fills the primary, outlines the secondary, and greys the disabled one', async () => {
    const { primary, secondary, disabled } = await renderAll();
    const p = getComputedStyle(primary);
    const s = getComputedStyle(secondary);
    expect(p.backgroundColor).not.toBe(s.backgroundColor);
    expect(p.borderTopColor).toBe('rgba(0, 0, 0, 0)');
    expect(s.borderTopColor).toBe(s.color);
    expect(p.color).not.toBe(getComputedStyle(disabled).color);
    expect(getComputedStyle(disabled).cursor).toBe('not-allowed');
  });

  it('shows the focus ring outside the fill when reached by keyboard', async () => {
    const { primary } = await renderAll();
    await userEvent.tab();
    expect(document.activeElement).toBe(primary);
    const style = getComputedStyle(primary);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(parseFloat(style.outlineOffset)).toBeGreaterThan(0);
  });

  it('takes the system button colours in forced colours, links too, with a visible border', async () => {
    const { primary, secondary, link, secondaryLink, disabled } = await renderAll();
    await commands.emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const [buttonText, buttonFace, grayText] = ['ButtonText', 'ButtonFace', 'GrayText'].map(systemColour);
    for (const control of [primary, secondary, link, secondaryLink]) {
      const style = getComputedStyle(control);
      expect(style.color).toBe(buttonText);
      expect(style.backgroundColor).toBe(buttonFace);
      expect(style.borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.borderTopColor).not.toBe(style.backgroundColor);
      expect(parseFloat(style.borderTopWidth)).toBeGreaterThan(0);
    }
    expect(getComputedStyle(disabled).color).toBe(grayText);
  });

  it('prints its text in a black outline, without the fill', async () => {
    const { primary, link } = await renderAll();
    // No hover transition in the way of the reading (paper has none).
    await commands.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    for (const control of [primary, link]) {
      const style = getComputedStyle(control);
      expect(style.color).toBe('rgb(0, 0, 0)');
      expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(style.borderTopColor).toBe('rgb(0, 0, 0)');
    }
  });
});
