// What the server-rendering suite (Node) and the hydration suite (Chromium) render: every fixture of
// every registered component in every locale, the two newsletter pages in every locale, and a site's
// brand theme through ThemeStyle. Both sides build the same trees from this list.
import type { ReactElement } from 'react';
import { CityPartnerBadgeStrip } from '../../src/components/CityPartnerBadgeStrip/index.js';
import { ArticleHighlight, ParticipantProfileCard, Section, TeaserList } from '../../src/index.js';
import { NewsletterArticle } from '../../src/pages/NewsletterArticle.js';
import { NewsletterIssue } from '../../src/pages/NewsletterIssue.js';
import { exchangeProgramme } from '../../src/pages/content/exchangeProgramme.js';
import { fixtureElement } from '../../src/fixtures/fixture.js';
import { locales, type Locale } from '../../src/i18n/locale.js';
import { createBrandTheme } from '../../src/theming/brand.js';
import { createThemeCss } from '../../src/theming/themeCss.js';
import { ThemeStyle } from '../../src/theming/ThemeStyle.js';
import { registered } from './registry.js';

export interface SsrCase {
  /** Unique across all cases, e.g. "QuoteBlock/reflection-en/zh-Hant". */
  id: string;
  component: string;
  locale: Locale;
  element: () => ReactElement;
  /** A client component: the browser adds to the server's placeholder once hydrated. */
  client?: boolean;
}

const componentCases = registered.flatMap(({ name, component, fixtures, definition }) =>
  fixtures.flatMap((fixture) =>
    locales.map((locale) => ({
      id: `${name}/${fixture.name}/${locale}`,
      component: name,
      locale,
      client: definition.client === true,
      element: () => fixtureElement(component, { ...fixture, props: { ...fixture.props, locale } }),
    })),
  ),
);

const pages = { NewsletterArticle, NewsletterIssue };
const pageCases = Object.entries(pages).flatMap(([name, Page]) =>
  // A page holds TextSizeControl, the client component, in its masthead.
  locales.map((locale) => ({ id: `${name}/page/${locale}`, component: name, locale, client: true, element: () => <Page locale={locale} /> })),
);

/**
 * 200 article titles, the same on every run and on both sides: pseudo-random ones, repeats, and
 * "Title rldueaxm" and "Title 8q14bede", whose content hashes were the same id.
 */
export function manyTitles(count = 200): string[] {
  let state = 20_251_019;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  const titles = Array.from({ length: count - 6 }, () => `Title ${next().toString(36).padStart(6, '0')}`);
  return [...titles.slice(0, 100), titles[7]!, titles[7]!, 'Photo gallery', 'Photo gallery', 'Title rldueaxm', 'Title 8q14bede', ...titles.slice(100)];
}

/** A page of many headings that label their regions: teasers, sections and profiles, titles repeated. */
export function ManyTitles() {
  const titles = manyTitles();
  return (
    <div lang="en">
      <TeaserList locale="en">
        {titles.map((title, i) => (
          <ArticleHighlight key={i} variant="teaser" title={title} date="2025-01-15" href={`/news/${i}`} />
        ))}
      </TeaserList>
      {titles.slice(100, 110).map((title, i) => (
        <Section key={i} heading={title}>
          <ParticipantProfileCard name={title} homeCity="Shenzhen" />
        </Section>
      ))}
    </div>
  );
}

const idCases = [{ id: 'ManyTitles/page/en', component: 'ManyTitles', locale: 'en' as const, element: () => <ManyTitles /> }];

/**
 * A site's theme as ThemeStyle renders it, before the components it brands. Quoted selectors and a
 * quoted font family: what React 18 escaped in `<style>` text children.
 */
export const themeStyleCss = createThemeCss({
  ...createBrandTheme({ primary: '#006a4e' }),
  base: { font: { family: { latin: '"Noto Sans", "Segoe UI", sans-serif' } } },
});
export const themeStyleNonce = 'c3NyLW5vbmNl';
const themeStyleCases = locales.map((locale) => ({
  id: `ThemeStyle/brand/${locale}`,
  component: 'ThemeStyle',
  locale,
  element: () => (
    <>
      <ThemeStyle css={themeStyleCss} nonce={themeStyleNonce} />
      <CityPartnerBadgeStrip locale={locale} partners={exchangeProgramme[locale].partners} label={exchangeProgramme[locale].partnersLabel} />
    </>
  ),
}));

export const ssrCases: SsrCase[] = [...componentCases, ...pageCases, ...themeStyleCases, ...idCases];
