// What the server-rendering suite (Node) and the hydration suite (Chromium) render: every fixture of
// every registered component in every locale, the two newsletter pages in every locale, and a site's
// brand theme through ThemeStyle. Both sides build the same trees from this list.
import type { ReactElement } from 'react';
import { CityPartnerBadgeStrip } from '../../src/components/CityPartnerBadgeStrip/index.js';
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

export const ssrCases: SsrCase[] = [...componentCases, ...pageCases, ...themeStyleCases];
