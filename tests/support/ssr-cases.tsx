// What the server-rendering suite (Node) and the hydration suite (Chromium) render: every fixture of
// every registered component in every locale, and the two newsletter pages in every locale. Both sides
// build the same trees from this list.
import type { ReactElement } from 'react';
import { NewsletterArticle } from '../../src/pages/NewsletterArticle.js';
import { NewsletterIssue } from '../../src/pages/NewsletterIssue.js';
import { fixtureElement } from '../../src/fixtures/fixture.js';
import { locales, type Locale } from '../../src/i18n/locale.js';
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

export const ssrCases: SsrCase[] = [...componentCases, ...pageCases];
