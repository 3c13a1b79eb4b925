/**
 * The frame of every page of a Hong Kong government site, built from the package's public exports
 * alone and no CSS of its own: the skip link, the masthead with the language switcher and the text
 * size control, the breadcrumbs, the page's `<main>`, and the footer with its links, the copyright
 * line, the page's dates and a back-to-top link.
 */
import type { ReactNode } from 'react';
import {
  BackToTop,
  Breadcrumbs,
  LanguageSwitcher,
  Masthead,
  RevisionDates,
  SiteFooter,
  SkipLink,
  TextSizeControl,
  standardFooterLinks,
  type BreadcrumbItem,
  type Locale,
} from 'bauhinia-ui';
import { languageLinks, pageDates, site } from './content/site.js';

const mainId = 'main-content';

export interface SiteShellProps {
  /** @default 'en' */
  locale?: Locale;
  /** The page's path after the language prefix (`/newsletter/…`): the language switcher links to it in each language. */
  path: string;
  /** The page's own steps after the site's home and newsletter: its title last. */
  trail: readonly BreadcrumbItem[];
  /** The page's content, inside `<main>`. */
  children: ReactNode;
}

export function SiteShell({ locale = 'en', path, trail, children }: SiteShellProps) {
  const content = site[locale];
  return (
    <>
      <SkipLink locale={locale} targetId={mainId} />
      <Masthead
        locale={locale}
        id="top"
        identity={<a href={content.portal.href}>{content.portal.label}</a>}
        title={content.title}
        homeHref={content.navigation[0]!.href}
        navigation={content.navigation}
        languageSwitcher={<LanguageSwitcher locale={locale} links={languageLinks(path)} />}
        textSize={<TextSizeControl locale={locale} />}
      />
      <Breadcrumbs locale={locale} items={[...content.breadcrumbs, ...trail]} />
      <main id={mainId}>{children}</main>
      <SiteFooter
        locale={locale}
        backToTop={<BackToTop locale={locale} />}
        groups={standardFooterLinks(content.footerLinks, { locale })}
        copyright={content.copyright}
        dates={<RevisionDates locale={locale} {...pageDates} />}
      />
    </>
  );
}
