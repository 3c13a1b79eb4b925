// Real layout in Chromium with the library stylesheet: the drawn separators, wrapping at 320 px
// with every link reachable, and print as plain text.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { sidewaysOverflow } from '../../../.storybook/reflow.js';
import { fixtureProps } from '../../fixtures/fixture.js';
import { Breadcrumbs } from './Breadcrumbs.js';
import { fixtures } from './Breadcrumbs.fixtures.js';

const { items } = fixtureProps(fixtures, 'long-trail-en');

afterEach(async () => {
  await commands.emulateMedia({ media: null, reducedMotion: 'no-preference' });
  await cleanup();
});
afterAll(() => page.viewport(1280, 800));

describe('Breadcrumbs in the browser', () => {
  it('draws a chevron before every step after the first, with no text', async () => {
    const screen = await render(<Breadcrumbs items={items} />);
    const steps = [...screen.container.querySelectorAll('li')];
    expect(getComputedStyle(steps[0]!, '::before').content).toBe('none');
    for (const step of steps.slice(1)) {
      const chevron = getComputedStyle(step, '::before');
      expect(chevron.content).toBe('""');
      expect(parseFloat(chevron.borderTopWidth)).toBeGreaterThan(0);
      expect(chevron.transform).not.toBe('none');
    }
  });

  it('wraps a long trail at 320 px, every link on screen and reachable by Tab', async () => {
    await page.viewport(320, 800);
    const screen = await render(<Breadcrumbs items={items} />);
    const nav = screen.container.querySelector('nav')!;
    expect(sidewaysOverflow(document.documentElement)).toBe(0);
    const links = [...nav.querySelectorAll('a')];
    expect(links).toHaveLength(items.filter((step) => step.href).length);
    (document.activeElement as HTMLElement | null)?.blur();
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(1);
      expect(box.right).toBeLessThanOrEqual(320);
      await userEvent.tab();
      expect(document.activeElement).toBe(link);
    }
  });

  it('prints as plain text: the trail stays, the links lose their underline', async () => {
    const screen = await render(<Breadcrumbs items={items} />);
    // Reduced motion stops the link's colour transition, so the print colour is read at once.
    await commands.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    const nav = screen.container.querySelector('nav')!;
    expect(getComputedStyle(nav).display).not.toBe('none');
    expect(getComputedStyle(nav.querySelector('a')!).textDecorationLine).toBe('none');
    expect(getComputedStyle(nav.querySelector('a')!).color).toBe('rgb(0, 0, 0)');
    expect(getComputedStyle(nav.querySelector('a')!, '::after').content).toBe('none');
  });
});
