// Markup without the stylesheet (not loaded yet, blocked, or a port's own HTML with a late CSS file):
// the icons must keep to the size of the text around them instead of filling the width.
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BackToTop } from '../../src/components/BackToTop/index.js';
import { Callout } from '../../src/components/Callout/index.js';
import { CityPartnerBadgeStrip } from '../../src/components/CityPartnerBadgeStrip/index.js';

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** The element's HTML in a page of its own with no stylesheet at all, 700 px wide, 16 px text. */
async function unstyled(element: ReactElement): Promise<Document> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No CSS</title></head><body style="margin: 0; font-size: 16px">${renderToStaticMarkup(element)}</body></html>`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('icons without the stylesheet stay at text size', () => {
  it.each([
    ['BackToTop arrow', <BackToTop key="a" />],
    ['Callout icon', <Callout key="b" heading="Who can take part">Civil servants.</Callout>],
    ['current badge check', <CityPartnerBadgeStrip key="c" partners={[{ name: 'Shenzhen', current: true }]} />],
  ])('%s', async (_name, element) => {
    const doc = await unstyled(element);
    expect(doc.styleSheets).toHaveLength(0);
    const icons = [...doc.querySelectorAll('svg')];
    expect(icons).toHaveLength(1);
    const { width, height } = icons[0]!.getBoundingClientRect();
    expect(width).toBeGreaterThan(8);
    expect(width).toBeLessThanOrEqual(20);
    expect(height).toBeLessThanOrEqual(20);
  });
});
