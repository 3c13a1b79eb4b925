import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { resolveLocale, type Locale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { rootProps } from '../../contract/rootProps.js';
import { fragmentId } from '../../internal/ids.js';
import { slot } from '../../internal/slot.js';
import { BackToTop } from '../BackToTop/BackToTop.js';
import { Breadcrumbs, type BreadcrumbItem } from '../Breadcrumbs/Breadcrumbs.js';
import { LanguageSwitcher, type LanguageLinks } from '../LanguageSwitcher/LanguageSwitcher.js';
import { Masthead, type MastheadNavigationItem, type MastheadProps } from '../Masthead/Masthead.js';
import { RevisionDates } from '../RevisionDates/RevisionDates.js';
import { SiteFooter, type SiteFooterGroup } from '../SiteFooter/SiteFooter.js';
import { standardFooterLinks, type SiteFooterLinkName } from '../SiteFooter/standardFooterLinks.js';
import { SkipLink } from '../SkipLink/SkipLink.js';
import { TextSizeControl } from '../TextSizeControl/TextSizeControl.js';
import * as styles from './PageTemplate.css.js';
import { objectOr } from './objectOr.js';

const componentName = 'PageTemplate';

/** What the masthead shows: the site's identity, title or logo, and main navigation. */
export interface PageTemplateMasthead {
  /** The site's title, e.g. "Example Exchange Office" / 「示例交流辦公室」, linking home with `homeHref`. */
  title?: string;
  /** The site's logo, as its own `<img>` or `<svg>` with its text alternative (`alt=""` beside a title). */
  logo?: ReactNode;
  /** The home page of this language version, e.g. `/tc/`. Only http(s), mailto, tel and relative URLs are kept. */
  homeHref?: string;
  /** The strip across the top, e.g. a link to the government portal. */
  identity?: ReactNode;
  /** The main navigation; mark the section the page belongs to as `current`. */
  navigation?: readonly MastheadNavigationItem[];
  /** Masthead's `collapseNavigation`: `never` keeps five links or more a wrapping row on narrow screens instead of a Menu. */
  collapseNavigation?: MastheadProps['collapseNavigation'];
  /** The site search, e.g. `<SearchForm variant="compact" locale={locale} action="/tc/search/" />` (give it the page's locale). */
  search?: ReactNode;
}

/** What the footer shows. The labels of the usual links, and of the dates, follow the page's `locale`. */
export interface PageTemplateFooter {
  /**
   * The usual links of a Hong Kong government site, by name: `accessibility`, `privacy`, `copyright`,
   * `disclaimer` (Important notices), `siteMap` and `contactUs`. Only those given a URL are listed,
   * in that order, labelled in the page's language.
   */
  links?: Partial<Record<SiteFooterLinkName, string>>;
  /** The site's own groups of links, shown before the usual ones. */
  groups?: readonly SiteFooterGroup[];
  /** Badges, e.g. an accessibility recognition logo (`<img>` with its text alternative). */
  badges?: ReactNode;
  /** The copyright line, as the site writes it: "© 2025 Example Exchange Office". */
  copyright?: string;
  /** The page's last revision date (修訂日期): an ISO 8601 date such as `2025-07-14`, or a Date. */
  revisionDate?: string | Date;
  /** The page's review date (覆檢日期), like `revisionDate`. */
  reviewDate?: string | Date;
}

export interface PageTemplateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The language of the whole page, given once: every part the template renders gets it, and its
   * root carries `lang`. `en`, `zh-Hant`, `zh-Hans`, the Hong Kong URL codes `tc` and `sc`, or a
   * BCP 47 tag (`zh-HK`). Set the same language on `<html lang>`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** The site's header: identity strip, title or logo, and main navigation. */
  masthead?: PageTemplateMasthead;
  /**
   * The same page in the other languages, for the language switcher at the top right:
   * `{ en: '/en/…', 'zh-Hant': '/tc/…', 'zh-Hans': '/sc/…' }`. Without it there is no switcher.
   */
  languages?: LanguageLinks;
  /**
   * Shows the text size buttons ("A A A") at the top right. They need JavaScript: without it they
   * do not appear.
   * @default true
   */
  textSize?: boolean;
  /** The trail from the home page down to this page, which comes last. Without it there are no breadcrumbs. */
  breadcrumbs?: readonly BreadcrumbItem[];
  /** A notice for the whole site, placed before the masthead (an urgent announcement, a trial banner). */
  notice?: ReactNode;
  /** The site's footer: links, badges, copyright line and the page's dates. */
  footer?: PageTemplateFooter;
  /**
   * Puts a back-to-top link at the top of the footer.
   * @default true
   */
  backToTop?: boolean;
  /**
   * The `id` of `<main>`, the skip link's target. A leading `#` is dropped; an id with white space
   * is not usable, and the default is used instead.
   * @default 'main-content'
   */
  mainId?: string;
  /**
   * The page's content, inside `<main>`: usually a PageLayout. A function is called with the page's
   * locale, resolved (`tc` gives `zh-Hant`), to hand on to the components inside: `{(locale) => …}`.
   */
  children?: ReactNode | ((locale: Locale) => ReactNode);
}

/**
 * Takes `locale` once and hands it to every part it renders (and, given `children` as a function,
 * to the content); every part lines up on the page's container. A server component: the text size
 * control inside it is the library's one client component.
 */
export const PageTemplate = forwardRef<HTMLDivElement, PageTemplateProps>(function PageTemplate(
  { locale, masthead, languages, textSize, breadcrumbs, notice, footer, backToTop, mainId, children, ...rest },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const usableMainId = fragmentId(mainId);
  const mainTarget = usableMainId ?? 'main-content';
  if (__DEV__ && mainId !== undefined && !usableMainId) warnDev(componentName, '`mainId` must be an id without white space; used "main-content".');

  const { title, logo, homeHref, identity, navigation, collapseNavigation, search } = objectOr<PageTemplateMasthead>(masthead);
  const { links, groups, badges, copyright, revisionDate, reviewDate } = objectOr<PageTemplateFooter>(footer);
  const footerGroups = [...(Array.isArray(groups) ? groups : []), ...standardFooterLinks(objectOr(links), { locale })];
  const hasDates = (revisionDate != null && revisionDate !== '') || (reviewDate != null && reviewDate !== '');
  // With nothing to show (no links, badges, copyright, dates or back-to-top link) there is no footer.
  const showFooter = backToTop !== false || footerGroups.length > 0 || badges != null || copyright != null || hasDates;

  return (
    <div ref={ref} {...rootProps(rest, { className: styles.root, locale })}>
      <SkipLink locale={locale} targetId={mainTarget} />
      {slot(notice, __DEV__ ? [componentName, 'notice'] : undefined)}
      <Masthead
        locale={locale}
        // The back-to-top link's target: keyboard focus continues from the top of the page.
        id="top"
        identity={identity}
        logo={logo}
        title={title}
        homeHref={homeHref}
        navigation={navigation}
        collapseNavigation={collapseNavigation}
        search={search}
        languageSwitcher={languages != null && <LanguageSwitcher locale={locale} links={languages} />}
        textSize={textSize !== false && <TextSizeControl locale={locale} />}
      />
      {breadcrumbs != null && <Breadcrumbs locale={locale} items={breadcrumbs} />}
      <main id={mainTarget} className={styles.main}>
        {slot(typeof children === 'function' ? children(resolvedLocale) : children, __DEV__ ? [componentName, 'children'] : undefined)}
      </main>
      {showFooter && (
        <SiteFooter
          locale={locale}
          backToTop={backToTop !== false && <BackToTop locale={locale} />}
          groups={footerGroups.length ? footerGroups : undefined}
          badges={badges}
          copyright={copyright}
          dates={hasDates && <RevisionDates locale={locale} revisionDate={revisionDate} reviewDate={reviewDate} />}
        />
      )}
    </div>
  );
});
