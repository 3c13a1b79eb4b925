// Real layout in Chromium with the library stylesheet: a feature's image keeps its box while it
// loads, so the text below it does not move (no layout shift).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { fixtureProps } from '../../fixtures/fixture.js';
import { ArticleHighlight, type ArticleHighlightImage } from './index.js';
import { fixtures } from './ArticleHighlight.fixtures.js';

// The feature's image size, drawn as a plain rectangle: a fresh URL each time (below) is not cached.
const { width, height } = fixtureProps(fixtures, 'feature-en').image!;
const picture = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#1a6f93"/></svg>`;

afterEach(async () => {
  await cleanup();
  scrollTo(0, 0);
});
afterAll(() => page.viewport(1280, 800));

/** A feature far below the first screen, so its lazy image has not loaded when it is first laid out. */
async function renderFeature(image: Omit<ArticleHighlightImage, 'src' | 'alt'>) {
  await page.viewport(800, 800);
  // A fresh URL each time, so no image comes from the cache already loaded.
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture)}%3C!--${Math.random()}--%3E`;
  const screen = await render(
    <div data-theme="default">
      <div style={{ blockSize: 6000 }} />
      <ArticleHighlight variant="feature" title="Thirty Mainland civil servants spend a winter in Hong Kong" image={{ src, alt: 'Hills by the harbour', ...image }}>
        <p>The first paragraph after the image.</p>
      </ArticleHighlight>
    </div>,
  );
  const img = screen.container.querySelector('img')!;
  const paragraph = screen.container.querySelector('article p:last-child')!;
  const offset = () => paragraph.getBoundingClientRect().top - img.getBoundingClientRect().top;
  return { img, offset };
}

describe('ArticleHighlight image', () => {
  it('given width and height, reserves the image box before it loads: the text below does not move', async () => {
    const { img, offset } = await renderFeature({ width, height });
    expect(img.complete, 'the lazy image has not loaded yet').toBe(false);
    const box = img.getBoundingClientRect();
    expect(box.height).toBeCloseTo((box.width * height!) / width!, 0);
    const before = offset();
    img.scrollIntoView();
    await expect.poll(() => img.complete && img.naturalWidth > 0, { timeout: 10_000 }).toBe(true);
    expect(offset()).toBeCloseTo(before, 0);
  });

  it('the check can fail: without width and height the box is empty until the image arrives', async () => {
    const { img, offset } = await renderFeature({});
    expect(img.complete).toBe(false);
    const before = offset();
    img.scrollIntoView();
    await expect.poll(() => img.complete && img.naturalWidth > 0, { timeout: 10_000 }).toBe(true);
    expect(offset() - before).toBeGreaterThan(100);
  });
});
