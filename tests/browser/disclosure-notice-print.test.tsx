// Issue 21's print and forced-colours promises, measured in Chromium: a closed Details or Accordion
// prints its content (where ::details-content exists, as in this Chromium); a severe NoticeBanner
// prints as black text in a black frame, with no strip and no swatch; in forced colours the swatch
// keeps the signal's colour.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { Accordion, Details, NoticeBanner } from '../../src/index.js';

const black = 'rgb(0, 0, 0)';

afterEach(async () => {
  await cleanup();
});

describe('on paper', () => {
  afterAll(() => commands.emulateMedia({ media: null }));

  it('shows the content of a closed Details and of every closed Accordion section, without chevrons', async () => {
    const screen = await render(
      <div data-theme="dark">
        <Details summary="Who can take part?">
          <p>Details content</p>
        </Details>
        <Accordion
          sections={[
            { heading: 'First', content: ['First answer'] },
            { heading: 'Second', content: ['Second answer'] },
          ]}
        />
      </div>,
    );
    const text = (content: string) => [...screen.container.querySelectorAll('p')].find((p) => p.textContent === content)!;
    expect(text('Details content').checkVisibility()).toBe(false);
    await commands.emulateMedia({ media: 'print' });
    for (const content of ['Details content', 'First answer', 'Second answer']) expect(text(content).checkVisibility(), content).toBe(true);
    for (const summary of screen.container.querySelectorAll('summary')) {
      expect(getComputedStyle(summary, '::before').display === 'none' || getComputedStyle(summary, '::before').content === 'none').toBe(true);
      expect(getComputedStyle(summary, '::after').display === 'none' || getComputedStyle(summary, '::after').content === 'none').toBe(true);
    }
    await commands.emulateMedia({ media: null });
  });

  it('prints a severe notice as black text in a black frame, without the strip or the swatch', async () => {
    const screen = await render(
      <div data-theme="dark">
        <NoticeBanner variant="weather" signal="WRAINB" issued="2025-07-29T09:10+08:00" link={{ href: '/en/arrangements/' }} />
      </div>,
    );
    const root = screen.container.querySelector<HTMLElement>('.bh-notice-banner')!;
    const swatch = root.querySelector<HTMLElement>('.bh-notice-banner__mark')!;
    expect(getComputedStyle(root).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(swatch.checkVisibility()).toBe(true);
    await commands.emulateMedia({ media: 'print' });
    const style = getComputedStyle(root);
    expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(style.color).toBe(black);
    expect(style.borderTopStyle).toBe('solid');
    expect(style.borderTopColor).toBe(black);
    expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(2);
    expect(swatch.checkVisibility()).toBe(false);
    expect(root.querySelector('time')!.checkVisibility()).toBe(true);
    // The link's colour transitions (motion tokens), so it reaches black a moment later.
    const link = root.querySelector('a')!;
    await expect.poll(() => getComputedStyle(link).color).toBe(black);
    await commands.emulateMedia({ media: null });
  });
});

describe('in forced colours', () => {
  afterAll(() => commands.emulateMedia({ forcedColors: 'none' }));

  it('keeps the swatch in the signal\'s colour, and two notices keep distinct names', async () => {
    const screen = await render(
      <div>
        <NoticeBanner variant="weather" signal="TC8NE" issued="2025-07-20T09:40+08:00" />
        <NoticeBanner variant="weather" signal="WRAINR" issued="2025-07-29T09:10+08:00" />
      </div>,
    );
    await commands.emulateMedia({ forcedColors: 'active' });
    const swatch = screen.container.querySelector<HTMLElement>('.bh-notice-banner__mark--red')!;
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(208, 33, 28)');
    const names = [...screen.container.querySelectorAll('section')].map((section) => document.getElementById(section.getAttribute('aria-labelledby')!)!.textContent);
    expect(names).toEqual(['No. 8 Northeast Gale or Storm Signal in force', 'Red Rainstorm Warning Signal in force']);
  });
});
