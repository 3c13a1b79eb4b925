// Screenshots compared with committed baselines (tests/browser/__screenshots__/visual.test.tsx/):
// each registered component's Default story in every theme and locale, and the pages (see below). Update them with:
//   npx vitest run --project browser tests/browser/visual.test.tsx --update
// Chinese must render with real glyphs: the first test fails when no CJK font is installed, so a
// machine without one cannot record baselines full of empty boxes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { defaultStory, locales, stories, themes, type StoryEntry } from '../support/browser-stories.js';
import { componentNames } from '../support/registry.js';

const samples = { 'zh-Hant': '香港特別行政區粵港澳大灣區', 'zh-Hans': '香港特别行政区粤港澳大湾区' } as const;

/** A bitmap fingerprint of one character drawn in the given font. */
function glyphPrint(char: string, font: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.font = font;
  ctx.textBaseline = 'top';
  ctx.fillText(char, 4, 4);
  const { data } = ctx.getImageData(0, 0, 48, 48);
  let print = '';
  for (let y = 0; y < 48; y++) {
    let row = 0;
    for (let x = 0; x < 48; x++) row = (row * 31 + data[(y * 48 + x) * 4 + 3]!) % 1_000_003;
    print += row.toString(36);
  }
  return print;
}

describe('CJK fonts', () => {
  it.each(Object.entries(samples))('%s text renders with real Han glyphs, not empty boxes', async (lang, text) => {
    const screen = await render(
      <p lang={lang} className="probe">
        {text}
      </p>,
    );
    await document.fonts.ready;
    // The font stack the library really applies to this language.
    const family = getComputedStyle(screen.container.querySelector('p')!).fontFamily;
    const font = `32px ${family}`;
    const chars = [...new Set(text)];
    const prints = chars.map((c) => glyphPrint(c, font));
    const missing = glyphPrint('\uE000', font); // private use: drawn as the missing-glyph box
    const tofu = chars.filter((_, i) => prints[i] === missing);
    expect(tofu, `characters drawn as the missing-glyph box in ${family}`).toEqual([]);
    // Distinct characters draw distinct glyphs (boxes would all look alike).
    expect(new Set(prints).size).toBe(chars.length);
    expect(document.fonts.check(`16px ${family}`, text)).toBe(true);
    await cleanup();
  });
});

// Each registered component's Default story in every theme and locale.
const matrix = componentNames.flatMap((component) => themes.flatMap((theme) => locales.map((locale) => ({ component, theme, locale }))));

/** Waits until every image in the story has loaded and decoded, so the first capture is the final one. */
async function imagesDrawn(root: HTMLElement) {
  const images = [...root.querySelectorAll('img')];
  await expect.poll(() => images.filter((img) => !img.complete).length, { timeout: 10_000 }).toBe(0);
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
}

async function shoot(entry: StoryEntry, theme: (typeof themes)[number], locale: (typeof locales)[number], name: string) {
  const Story = entry.compose(theme, locale);
  const screen = await render(<Story />);
  await document.fonts.ready;
  const root = screen.container.querySelector<HTMLElement>('[data-theme]')!;
  expect(root.dataset.theme).toBe(theme);
  expect(root.getBoundingClientRect().bottom, 'the whole story fits in the viewport').toBeLessThanOrEqual(innerHeight);
  await imagesDrawn(root);
  await expect.element(page.elementLocator(root)).toMatchScreenshot(name, {
    comparatorName: 'pixelmatch',
    comparatorOptions: { allowedMismatchedPixelRatio: 0.002 },
    // A page is over 3000 px tall: on a busy 2-core CI machine one capture and comparison can take
    // seconds, and the default 5 s allowed too few captures to find two that agree.
    timeout: 30_000,
  });
  await cleanup();
}

describe('components', () => {
  beforeAll(() => page.viewport(800, 1200));
  afterAll(() => page.viewport(1280, 800));
  it.each(matrix)('$component / $theme / $locale', async ({ component, theme, locale }) => {
    const entry = defaultStory(component);
    // The default story of every component follows the locale toolbar.
    expect(entry.fixedLocale).toBeUndefined();
    await shoot(entry, theme, locale, `${component}-${theme}-${locale}`);
  });
});

// The pages (src/pages), whole: the article and the issue at 1280 and 320 px in every locale; the site
// shell at 1280 px in every theme and locale; the special arrangements (No. 8, Black Rainstorm) at
// 1280 px in every theme and locale and at 320 px in every locale.
const pageShots = [
  ...['Newsletter article', 'Newsletter issue'].flatMap((title) => [1280, 320].flatMap((width) => locales.map((locale) => ({ title, story: 'Page', width, theme: 'default' as const, locale })))),
  ...themes.flatMap((theme) => locales.map((locale) => ({ title: 'Site shell', story: 'Page', width: 1280, theme, locale }))),
  ...['Signal8', 'BlackRainstorm'].flatMap((story) => [
    ...themes.flatMap((theme) => locales.map((locale) => ({ title: 'Special arrangements', story, width: 1280, theme, locale }))),
    ...locales.map((locale) => ({ title: 'Special arrangements', story, width: 320, theme: 'default' as const, locale })),
  ]),
];

describe('pages', () => {
  afterAll(() => page.viewport(1280, 800));
  it.each(pageShots)('$title $story at $width px / $theme / $locale', async ({ title, story, width, theme, locale }) => {
    // Tall enough for the whole page: an element screenshot shows only what is inside the viewport.
    await page.viewport(width, 8800);
    const pageStory = stories.find((s) => s.title === `Pages/${title} › ${story}`)!;
    const name = story === 'Page' ? title.replace(/ /g, '-') : `${title.replace(/ /g, '-')}-${story}`;
    await shoot(pageStory, theme, locale, `${name}-${width}-${theme}-${locale}`);
  });
});

// The site shell as Chromium prints it (print media emulated, at about the width of an A4 sheet):
// no navigation, switcher, text size or back to top; black on white; the dates kept.
describe('print', () => {
  afterAll(async () => {
    await commands.emulateMedia({ media: null });
    await page.viewport(1280, 800);
  });
  it.each(locales)('the site shell / %s', async (locale) => {
    await page.viewport(794, 8800);
    await commands.emulateMedia({ media: 'print' });
    const shellStory = stories.find((s) => s.title === 'Pages/Site shell › Page')!;
    await shoot(shellStory, 'default', locale, `Site-shell-print-${locale}`);
  });
  // A severe weather notice on paper: plain black text in a black frame, no strip, no swatch.
  it('the special arrangements with No. 8 / en', async () => {
    await page.viewport(794, 8800);
    await commands.emulateMedia({ media: 'print' });
    const story = stories.find((s) => s.title === 'Pages/Special arrangements › Signal8')!;
    await shoot(story, 'default', 'en', 'Special-arrangements-Signal8-print-en');
  });
});
