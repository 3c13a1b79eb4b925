// Print styles of the whole kit, measured in Chromium with the print media type emulated: a small
// page made of the library's components, in the dark theme, as a reader would print it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { ArticleHighlight, Masthead, ParticipantProfileCard, QuoteBlock, RevisionDates, SiteFooter, standardFooterLinks, TextSizeControl } from '../../src/index.js';
import { demoImageSrc, exchangeProgramme, programmePeriod } from '../../src/pages/content/exchangeProgramme.js';

const en = exchangeProgramme.en;
const { bio, ...profile } = en.participant;
const externalUrl = 'https://www.example.gov.hk/en/programme/';

function PrintedPage() {
  return (
    <div data-theme="dark" lang="en" data-testid="page">
      <Masthead
        title="Example Exchange Office"
        homeHref="https://www.example.gov.hk/en/"
        identity={<a href="https://portal.example.gov.hk/">Example government portal</a>}
        navigation={[
          { label: 'About us', href: '/about/' },
          { label: 'Exchange programme', href: '/programme/', current: true },
        ]}
        languageSwitcher={
          <nav aria-label="Languages">
            <a href="/tc/" lang="zh-Hant">
              繁體
            </a>
          </nav>
        }
        textSize={<TextSizeControl />}
      />
      <main>
        <ArticleHighlight title={en.article.title} lead={en.article.lead} date={en.article.date} image={{ src: demoImageSrc, alt: en.article.imageAlt, caption: en.article.imageCaption }}>
          <p>
            The <a href={externalUrl}>programme page</a> lists the <a href="/partners/">partner cities</a>. The{' '}
            <a href="//www.example.org/report">report</a> and the <a href={'/\\www.example.org/data'}>data</a> are on another site.
          </p>
        </ArticleHighlight>
        <ArticleHighlight variant="teaser" title="A teaser card" href="/news/teaser/" />
        <QuoteBlock variant="pull" attribution={{ name: en.attribution.name }}>
          {en.reflection.excerpt}
        </QuoteBlock>
        <QuoteBlock collapsible excerpt={en.reflection.excerpt} attribution={en.attribution}>
          {en.reflection.paragraphs}
        </QuoteBlock>
        <ParticipantProfileCard {...profile} period={programmePeriod}>
          {bio}
        </ParticipantProfileCard>
      </main>
      <SiteFooter
        groups={standardFooterLinks({ privacy: '/privacy/', contactUs: 'https://www.example.gov.hk/contact/' })}
        backToTop={<a href="#top">Back to top</a>}
        copyright="© 2025 Example Exchange Office"
        dates={<RevisionDates revisionDate="2025-07-14" reviewDate="2025-07-31" />}
      />
      <TextSizeControl data-testid="standalone-text-size" />
    </div>
  );
}

const black = 'rgb(0, 0, 0)';
const white = 'rgb(255, 255, 255)';
const transparent = 'rgba(0, 0, 0, 0)';
let root: HTMLElement;
const $ = (selector: string) => {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
};
const shown = (el: Element) => el.checkVisibility();
const afterContent = (el: Element) => getComputedStyle(el, '::after').content;

/** Renders the page (each test gets its own: rendered trees are cleaned up after every test). */
async function printPage() {
  const screen = await render(<PrintedPage />);
  root = screen.container.querySelector<HTMLElement>('[data-testid="page"]')!;
  // The text size controls have run: their buttons are there (on screen).
  await vi.waitFor(() => {
    if (root.querySelectorAll('button').length !== 6) throw new Error('text size buttons not rendered yet');
  });
  await document.fonts.ready;
}

describe('print', () => {
  beforeAll(() => commands.emulateMedia({ media: 'print' }));
  beforeEach(printPage);
  afterAll(async () => {
    await commands.emulateMedia({ media: null });
    await cleanup();
  });

  it('is emulated', () => {
    expect(matchMedia('print').matches).toBe(true);
  });

  it('leaves out navigation, tools, the text size control, footer links and back to top', () => {
    const banner = $('header');
    expect(shown(banner.querySelector('nav[aria-label="Main menu"]')!)).toBe(false);
    expect(shown(banner.querySelector('nav[aria-label="Languages"]')!)).toBe(false);
    expect(shown(banner.querySelector('a[href="https://portal.example.gov.hk/"]')!)).toBe(false);
    for (const control of root.querySelectorAll('[role="group"]')) expect(shown(control)).toBe(false);
    expect(getComputedStyle($('[data-testid="standalone-text-size"]')).display).toBe('none');
    expect(root.querySelectorAll('button')).toHaveLength(6);
    for (const button of root.querySelectorAll('button')) expect(shown(button)).toBe(false);
    const footer = $('footer');
    expect(shown(footer.querySelector('nav')!)).toBe(false);
    expect(shown(footer.querySelector('a[href="#top"]')!)).toBe(false);
  });

  it('keeps the site title, the copyright line and the dates', () => {
    expect(shown($('header a[href="https://www.example.gov.hk/en/"]'))).toBe(true);
    const footer = $('footer');
    expect(shown(footer)).toBe(true);
    expect(shown([...footer.querySelectorAll('p')].find((p) => p.textContent === '© 2025 Example Exchange Office')!)).toBe(true);
    const dates = [...footer.querySelectorAll('time')];
    expect(dates.map((t) => [t.textContent, shown(t)])).toEqual([
      ['14 July 2025', true],
      ['31 July 2025', true],
    ]);
  });

  it('prints black on white: a dark-themed page prints white, and so does every component', () => {
    expect(getComputedStyle(root).backgroundColor).toBe(white);
    expect(getComputedStyle(document.documentElement).backgroundColor).toBe(white);
    const components = [...root.querySelectorAll<HTMLElement>('.bh-component')];
    expect(components.length).toBeGreaterThan(6);
    for (const el of components) expect([transparent, white], el.className).toContain(getComputedStyle(el).backgroundColor);
    const texts = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => shown(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()));
    expect(texts.length).toBeGreaterThan(20);
    const notBlack = texts.filter((el) => getComputedStyle(el).color !== black).map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> ${getComputedStyle(el).color}`);
    expect(notBlack).toEqual([]);
  });

  it('keeps figures, cards, short quotes and profile cards on one page', () => {
    const avoid = (el: Element) => getComputedStyle(el).breakInside;
    expect(avoid($('figure'))).toBe('avoid');
    expect(avoid($('[aria-labelledby] img, article img'))).toBe('avoid');
    expect(avoid(root.querySelectorAll('article')[1]!)).toBe('avoid');
    const [pull] = root.querySelectorAll('main > figure');
    expect(pull!.querySelector('blockquote')).not.toBeNull();
    expect(avoid(pull!)).toBe('avoid');
    const profile = [...root.querySelectorAll('main > *')].at(-1)!;
    expect(profile.textContent).toContain(profile.querySelector('h2, h3')?.textContent ?? '');
    expect(avoid(profile)).toBe('avoid');
    expect(avoid($('footer'))).toBe('avoid');
  });

  it('prints the address after external links in content, not after the site title or internal links', () => {
    expect(afterContent($(`main a[href="${externalUrl}"]`))).toMatch(/attr\(href\)|example\.gov\.hk/);
    expect(afterContent($('main a[href="/partners/"]'))).toBe('none');
    // Two slashes, of either kind, name another host.
    expect(afterContent($('main a[href="//www.example.org/report"]'))).toMatch(/attr\(href\)|example\.org/);
    expect(afterContent($('main a[href^="/\\\\"]'))).toMatch(/attr\(href\)|example\.org/);
    expect(afterContent($('header a[href="https://www.example.gov.hk/en/"]'))).toBe('none');
  });

  it('prints the full text of a collapsed reflection, without its excerpt or disclosure label', () => {
    const details = $('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    const full = details.querySelector('blockquote')!;
    expect(shown(full)).toBe(true);
    expect(full.getBoundingClientRect().height).toBeGreaterThan(50);
    expect(shown(details.querySelector('summary')!)).toBe(false);
    const excerpt = details.parentElement!.querySelector(':scope > blockquote')!;
    expect(shown(excerpt)).toBe(false);
  });
});
