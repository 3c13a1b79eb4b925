import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import type { SiteFooterGroup, SiteFooterLink } from './SiteFooter.js';
import { siteFooterLinkLabels, siteFooterLinkNames } from './SiteFooter.definition.js';

/** One of the usual links of a Hong Kong government site's footer. */
export type SiteFooterLinkName = (typeof siteFooterLinkNames)[number];

export interface StandardFooterLinksOptions {
  /**
   * Language of the link texts; give it the footer's `locale`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the texts of some links, by name: `{ disclaimer: 'Disclaimer' }`. A blank text keeps the built-in one. */
  labels?: Partial<Record<SiteFooterLinkName, string>>;
  /** A heading for the group, when the footer has other groups beside it. */
  heading?: string;
}

/**
 * The usual footer links of a Hong Kong government site (Accessibility / 無障礙瀏覽, Privacy policy,
 * Copyright notice, Important notices, Site map, Contact us), labelled in the footer's language, as
 * one group for SiteFooter's `groups`: `<SiteFooter groups={standardFooterLinks({ privacy: '/tc/privacy.html' }, { locale: 'zh-Hant' })} />`.
 * Only the links given a URL are listed, always in that order; with none, there is no group. The URLs
 * are checked by SiteFooter, which leaves out a link whose URL is unsafe.
 */
export function standardFooterLinks(urls: Partial<Record<SiteFooterLinkName, string>>, options?: StandardFooterLinksOptions): SiteFooterGroup[] {
  // Written for JavaScript callers too: a missing or wrong-typed argument gives no links, not an error.
  const { locale, labels, heading }: StandardFooterLinksOptions = options ?? {};
  const resolvedLocale = resolveLocale(locale);
  const links = siteFooterLinkNames.flatMap((name): SiteFooterLink[] => {
    const href: unknown = urls?.[name];
    return typeof href === 'string' ? [{ label: labelFor(resolvedLocale, siteFooterLinkLabels, labels, name), href }] : [];
  });
  if (!links.length) return [];
  return [typeof heading === 'string' ? { heading, links } : { links }];
}
