/**
 * The frame of every page of the demo site, built from the package's public exports alone and no
 * CSS of its own: a PageTemplate given the site's content (masthead, the same page in the other
 * languages, the trail, the footer's links and dates) and the page's `locale`, once.
 */
import type { ReactNode } from 'react';
import { PageTemplate, SearchForm, type BreadcrumbItem, type Locale } from 'bauhinia-ui';
import { languageLinks, pageDates, site } from './content/site.js';

export interface SiteShellProps {
  /** @default 'en' */
  locale?: Locale;
  /** The page's path after the language prefix (`/newsletter/…`): the language switcher links to it in each language. */
  path: string;
  /** The page's own steps after the site's home and newsletter: its title last. */
  trail: readonly BreadcrumbItem[];
  /** A notice for the whole site, before the masthead (a NoticeBanner). */
  notice?: ReactNode;
  /** The page's content, inside `<main>`. */
  children: ReactNode;
}

export function SiteShell({ locale = 'en', path, trail, notice, children }: SiteShellProps) {
  const { portal, title, navigation, breadcrumbs, footerLinks, copyright, searchHref } = site[locale];
  const search = <SearchForm locale={locale} variant="compact" action={searchHref} />;
  return (
    <PageTemplate
      locale={locale}
      masthead={{ identity: <a href={portal.href}>{portal.label}</a>, title, homeHref: navigation[0]!.href, navigation, search }}
      languages={languageLinks(path)}
      breadcrumbs={[...breadcrumbs, ...trail]}
      footer={{ links: footerLinks, copyright, ...pageDates }}
      notice={notice}
    >
      {children}
    </PageTemplate>
  );
}
