// Real layout in Chromium with the library stylesheet: where the floating link floats, where it
// does not, print and reduced motion.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { sidewaysOverflow } from '../../../.storybook/reflow.js';
import { BackToTop } from './BackToTop.js';

afterEach(async () => {
  await commands.emulateMedia({ media: null, reducedMotion: 'no-preference' });
  await cleanup();
  scrollTo(0, 0);
});
afterAll(() => page.viewport(1280, 800));

/** A long article with a floating link last, as the docs advise. */
async function renderArticle() {
  const screen = await render(
    <article data-theme="default" style={{ maxInlineSize: '40rem' }}>
      {Array.from({ length: 60 }, (_, index) => (
        <p key={index}>Paragraph {index + 1} of a long article about the Civil Service Exchange Programme.</p>
      ))}
      <BackToTop variant="floating" />
    </article>,
  );
  const article = screen.container.querySelector('article')!;
  return { article, link: article.querySelector('a')! };
}

describe('BackToTop, floating, in the browser', () => {
  it('rides along at the bottom inline-end corner of a wide window while the article scrolls past', async () => {
    await page.viewport(1280, 800);
    const { article, link } = await renderArticle();
    expect(getComputedStyle(link).position).toBe('sticky');
    scrollTo(0, 1500);
    const box = link.getBoundingClientRect();
    expect(box.bottom).toBeLessThanOrEqual(innerHeight);
    expect(box.bottom).toBeGreaterThan(innerHeight - 48);
    expect(article.getBoundingClientRect().right - box.right).toBeLessThan(2);
    expect(box.width).toBeLessThan(200);
  });

  it('comes to rest below the last paragraph instead of covering it', async () => {
    await page.viewport(1280, 800);
    const { article, link } = await renderArticle();
    scrollTo(0, document.documentElement.scrollHeight);
    const last = article.querySelectorAll('p')[59]!.getBoundingClientRect();
    expect(link.getBoundingClientRect().top).toBeGreaterThanOrEqual(last.bottom);
  });

  it.each([
    [320, 800, 'a phone'],
    [640, 400, 'a 1280 x 800 window at 200% zoom'],
    [960, 540, 'a 1920 x 1080 window at 200% zoom'],
  ])('stays inline at the end at %i x %i CSS px (%s), covering nothing', async (width, height) => {
    await page.viewport(width, height);
    const { article, link } = await renderArticle();
    expect(getComputedStyle(link).position).toBe('static');
    scrollTo(0, 600);
    const last = article.querySelectorAll('p')[59]!.getBoundingClientRect();
    expect(link.getBoundingClientRect().top).toBeGreaterThanOrEqual(last.bottom);
    expect(sidewaysOverflow(document.documentElement)).toBe(0);
  });

  it('is not printed, in either variant', async () => {
    const screen = await render(
      <div>
        <BackToTop />
        <BackToTop variant="floating" />
      </div>,
    );
    await commands.emulateMedia({ media: 'print' });
    for (const link of screen.container.querySelectorAll('a')) expect(getComputedStyle(link).display).toBe('none');
  });

  it('has no transitions under reduced motion', async () => {
    const screen = await render(<BackToTop />);
    const link = screen.container.querySelector('a')!;
    expect(getComputedStyle(link).transitionDuration).not.toBe('0s');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(link).transitionDuration).toBe('0s');
  });
});
