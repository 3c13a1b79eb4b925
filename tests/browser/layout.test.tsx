// WCAG 1.4.10 reflow at 320 CSS px, 1.4.12 text spacing, 1.4.4 resize to 200%, forced colours and
// keyboard focus, measured on real layout in Chromium.
//
// 200% zoom: browser zoom at 200% halves the CSS viewport (a 1280 x 800 window lays out as
// 640 x 400 CSS px, every length scaled 2x on screen). Layout at 200% is therefore the layout of a
// 640 x 400 viewport, which is what we emulate; the 2x raster scale changes no CSS box.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { sidewaysOverflow } from '../../.storybook/reflow.js';
import { locales, stories, type StoryEntry } from '../support/browser-stories.js';

const textSpacingCss = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

const isHiddenHelper = (el: Element) => {
  const box = el.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1;
};

async function renderStory(entry: StoryEntry, locale: (typeof locales)[number], theme: 'default' | 'dark' | 'high-contrast' = 'default') {
  const Story = entry.compose(theme, locale);
  const screen = await render(<Story />);
  await document.fonts.ready;
  return screen.container;
}

/**
 * True inside a box that scrolls sideways (`overflow-x: auto` or `scroll`), such as a wide data table
 * in Prose: its content may pass the viewport, and the box itself is checked like any other (WCAG
 * 1.4.10 lets content that needs two dimensions, like data tables, scroll within its own box).
 */
function inSidewaysScroller(el: Element, container: HTMLElement): boolean {
  for (let node = el.parentElement; node && node !== container; node = node.parentElement) {
    if (/^(auto|scroll)$/.test(getComputedStyle(node).overflowX)) return true;
  }
  return false;
}

/** Sideways scrolling of the page, and elements whose right edge passes the viewport. */
function reflowProblems(container: HTMLElement): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  const overflow = sidewaysOverflow(doc);
  if (overflow) problems.push(`page scrolls sideways by ${overflow} px`);
  // Block-level boxes only: an inline box's rectangle may include a hanging space at a line end,
  // which draws nothing; text really pushed past the edge also widens the page (checked above).
  for (const el of container.querySelectorAll('*')) {
    if (isHiddenHelper(el) || getComputedStyle(el).display.startsWith('inline') || inSidewaysScroller(el, container)) continue;
    const box = el.getBoundingClientRect();
    if (box.right > doc.clientWidth + 1 || box.left < -1) problems.push(`${describeEl(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} px`);
  }
  return problems;
}

/** Text cut off by an overflow-hiding box, and sibling text boxes drawn over each other. */
function clippingProblems(container: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of container.querySelectorAll<HTMLElement>('*')) {
    if (isHiddenHelper(el) || !el.textContent?.trim()) continue;
    const style = getComputedStyle(el);
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    if ((hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) || (hides(style.overflowX) && sidewaysOverflow(el) > 0)) {
      problems.push(`${describeEl(el)} clips its text (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
    }
    const boxes = [...el.children]
      .filter((c) => c.textContent?.trim() && !isHiddenHelper(c) && !['absolute', 'fixed'].includes(getComputedStyle(c).position))
      // Per line fragment: the bounding box of an inline element that wraps spans whole lines.
      .map((c) => [c, [...c.getClientRects()]] as const);
    for (let i = 1; i < boxes.length; i++) {
      const [a, fragmentsA] = boxes[i - 1]!;
      const [b, fragmentsB] = boxes[i]!;
      for (const ra of fragmentsA) {
        for (const rb of fragmentsB) {
          const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (w > 1 && h > 1) problems.push(`${describeEl(a)} and ${describeEl(b)} overlap by ${Math.round(w)}x${Math.round(h)} px`);
        }
      }
    }
  }
  return problems;
}

function describeEl(el: Element): string {
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
  return `<${el.tagName.toLowerCase()}${cls}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
}

const cases = stories.flatMap((entry) => (entry.fixedLocale ? [entry.fixedLocale] : locales).map((locale) => ({ entry, locale, name: `${entry.title} [${locale}]` })));

describe('320 CSS px: reflow and text spacing', () => {
  beforeAll(() => page.viewport(320, 800));
  afterAll(() => page.viewport(1280, 800));

  it('the checks can fail', async () => {
    const screen = await render(
      <div>
        <p style={{ width: 400 }}>Too wide for 320 px</p>
        <p style={{ height: 10, overflow: 'hidden' }}>Clipped text that cannot fit in ten pixels</p>
      </div>,
    );
    expect(reflowProblems(screen.container)).not.toEqual([]);
    expect(clippingProblems(screen.container)).not.toEqual([]);
    await cleanup();
  });

  it('let content scroll inside its own box, but not the box pass the edge', async () => {
    const screen = await render(
      <div>
        <div style={{ overflowX: 'auto' }}>
          <p style={{ width: 600 }}>A wide table scrolls in here</p>
        </div>
        <div style={{ overflowX: 'auto', width: 400 }}>
          <p>A scroll box too wide for 320 px</p>
        </div>
      </div>,
    );
    expect(reflowProblems(screen.container)).toEqual([expect.stringMatching(/^page scrolls sideways/), expect.stringMatching(/^<div> "A scroll box too wide/)]);
    await cleanup();
  });

  it.each(cases)('$name', async ({ entry, locale }) => {
    const container = await renderStory(entry, locale);
    expect(reflowProblems(container).join('\n'), 'at 320 px').toBe('');
    const style = document.createElement('style');
    style.textContent = textSpacingCss;
    document.head.append(style);
    try {
      expect(reflowProblems(container).join('\n'), 'at 320 px with WCAG text spacing').toBe('');
      expect(clippingProblems(container).join('\n'), 'at 320 px with WCAG text spacing').toBe('');
    } finally {
      style.remove();
      await cleanup();
    }
  });
});

describe('200% zoom (640 x 400 CSS px)', () => {
  beforeAll(() => page.viewport(640, 400));
  afterAll(() => page.viewport(1280, 800));

  it.each(cases)('$name', async ({ entry, locale }) => {
    const container = await renderStory(entry, locale);
    try {
      expect(reflowProblems(container).join('\n')).toBe('');
      expect(clippingProblems(container).join('\n')).toBe('');
    } finally {
      await cleanup();
    }
  });
});

/** The colour behind an element: the first ancestor background that is not transparent. */
function backdrop(el: Element): string {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

function story(title: string): StoryEntry {
  const found = stories.find((s) => s.title === title);
  if (!found) throw new Error(`story ${title} not found`);
  return found;
}

/** Tabs through the container from the top; returns the elements focused, in order, with their focus styles. */
async function tabThrough(container: HTMLElement) {
  // Only what is rendered: the Masthead's Menu button is display: none on wide screens.
  const focusables = [...container.querySelectorAll<HTMLElement>('a[href], summary, button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter((el) => el.checkVisibility());
  (document.activeElement as HTMLElement | null)?.blur();
  const visited: Array<{ el: Element; outline: string; ring: boolean }> = [];
  for (let i = 0; i < focusables.length; i++) {
    await userEvent.tab();
    const el = document.activeElement!;
    // The ring may be drawn by the element or by a pseudo-element (a stretched link rings its card).
    const styles = [getComputedStyle(el), getComputedStyle(el, '::after'), getComputedStyle(el, '::before')];
    const ring = styles.some((s) => {
      const outlineOk = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const shadowOk = s.boxShadow !== 'none' && /\b([2-9]|\d{2,})(\.\d+)?px/.test(s.boxShadow);
      return outlineOk || shadowOk;
    });
    visited.push({ el, outline: styles.map((s) => `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`).join(' | '), ring });
  }
  return { focusables, visited };
}

const keyboardStories = [
  'Pages/Site shell › English',
  'Pages/Newsletter article › English',
  'Pages/Newsletter issue › English',
  'Components/CityPartnerBadgeStrip › GroupedWithLinks',
  'Components/ArticleHighlight › TeaserGrid',
  'Components/ParticipantProfileCard › WithLink',
  'Components/QuoteBlock › WithCite',
  'Components/QuoteBlock › ReflectionCollapsed',
];

describe('keyboard', () => {
  it.each(keyboardStories)('%s: Tab follows reading order with a visible focus indicator', async (title) => {
    const container = await renderStory(story(title), 'en');
    const { focusables, visited } = await tabThrough(container);
    expect(focusables.length).toBeGreaterThan(0);
    expect(visited.map((v) => v.el)).toEqual(focusables);
    for (const v of visited) expect(v.ring, `${describeEl(v.el)} focus style: ${v.outline}`).toBe(true);
    await cleanup();
  });
});

describe('forced colours', () => {
  afterAll(() => commands.emulateMedia({ forcedColors: 'none' }));

  const borders = (container: HTMLElement) =>
    [...container.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !isHiddenHelper(el))
      .map((el) => {
        const s = getComputedStyle(el);
        return { el, width: Math.max(...['Top', 'Right', 'Bottom', 'Left'].map((side) => parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)))) };
      })
      .filter((b) => b.width > 0);

  it.each(['Pages/Site shell › English', 'Pages/Newsletter article › English', 'Pages/Newsletter issue › English', 'Components/CityPartnerBadgeStrip › WithLinks', 'Components/ParticipantProfileCard › WithPhoto'])(
    '%s keeps borders, badges, the current partner and focus rings visible',
    async (title) => {
      const container = await renderStory(story(title), 'en');
      const bordered = borders(container).map((b) => b.el);
      expect(bordered.length, 'elements with a border before forced colours').toBeGreaterThan(0);
      await commands.emulateMedia({ forcedColors: 'active' });
      try {
        expect(matchMedia('(forced-colors: active)').matches).toBe(true);
        for (const el of bordered) {
          const s = getComputedStyle(el);
          const widths = ['top', 'right', 'bottom', 'left'].map((side) => parseFloat(s.getPropertyValue(`border-${side}-width`)));
          expect(Math.max(...widths), `${describeEl(el)} border width`).toBeGreaterThan(0);
          const visibleSide = ['top', 'right', 'bottom', 'left'].find((_, i) => widths[i]! > 0)!;
          expect(s.getPropertyValue(`border-${visibleSide}-color`), `${describeEl(el)} border colour`).not.toBe(backdrop(el));
        }
        // A badge is a list item of a badge strip, or the link inside it.
        const badges = [...container.querySelectorAll<HTMLElement>('.bh-city-partner-badge-strip li')].map((li) => li.querySelector<HTMLElement>(':scope > a') ?? li);
        if (title.includes('BadgeStrip')) expect(badges.length).toBeGreaterThan(1);
        const current = badges.filter((b) => b.getAttribute('aria-current') === 'true');
        const others = badges.filter((b) => !current.includes(b));
        for (const badge of current) {
          const s = getComputedStyle(badge);
          const check = badge.querySelector('svg');
          expect(check && check.getBoundingClientRect().width, 'check mark on the current badge').toBeGreaterThan(0);
          for (const other of others) {
            const o = getComputedStyle(other);
            expect(`${s.backgroundColor} ${s.color}`, 'current badge differs from the others').not.toBe(`${o.backgroundColor} ${o.color}`);
          }
        }
        const { visited } = await tabThrough(container);
        for (const v of visited) {
          expect(v.ring, `${describeEl(v.el)} focus style in forced colours: ${v.outline}`).toBe(true);
          const s = getComputedStyle(v.el);
          if (s.outlineStyle !== 'none') expect(s.outlineColor).not.toBe(backdrop(v.el));
        }
      } finally {
        await commands.emulateMedia({ forcedColors: 'none' });
        await cleanup();
      }
    },
  );
});

// One container: the masthead's title, the breadcrumbs, the page's headline and the footer's content
// start at the same x on every reference page, from a phone to a wide desktop window.
describe('one container', () => {
  const pages = ['Site shell', 'Newsletter article', 'Newsletter issue'];
  const widths = [320, 768, 1280, 1920];
  afterAll(() => page.viewport(1280, 800));

  const leftEdges = async (locale: (typeof locales)[number]) => {
    const site = { en: 'Example Exchange Office', 'zh-Hant': '示例交流辦公室', 'zh-Hans': '示例交流办公室' }[locale];
    const element = (locator: ReturnType<typeof page.getByRole>) => locator.first().element();
    const left = (el: Element) => Math.round(el.getBoundingClientRect().left);
    const trail = element(page.getByRole('navigation', { name: { en: 'Breadcrumb', 'zh-Hant': '導覽路徑', 'zh-Hans': '导览路径' }[locale] }).getByRole('listitem'));
    const footer = page.getByRole('contentinfo');
    return {
      'masthead title': left(element(page.getByRole('banner').getByRole('link', { name: site, exact: true }))),
      breadcrumbs: left(trail),
      headline: left(element(page.getByRole('heading', { level: 1 }))),
      'footer links': left(element(footer.getByRole('listitem'))),
      'footer copyright': left(element(footer.getByText(/©/))),
    };
  };

  it.each(pages.flatMap((title) => widths.flatMap((width) => locales.map((locale) => ({ title, width, locale })))))('$title at $width px [$locale]', async ({ title, width, locale }) => {
    await page.viewport(width, 1000);
    await renderStory(story(`Pages/${title} › Page`), locale);
    try {
      const edges = await leftEdges(locale);
      // The gutter at 320 px; centred beyond the container's width.
      expect(edges.headline).toBeGreaterThanOrEqual(16);
      expect(edges, JSON.stringify(edges)).toEqual(Object.fromEntries(Object.keys(edges).map((part) => [part, edges.headline])));
    } finally {
      await cleanup();
    }
  });
});
