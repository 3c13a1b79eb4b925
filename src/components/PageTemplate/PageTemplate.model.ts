// What PageTemplate's macro (PageTemplate.njk) writes, decided by the rules PageTemplate.tsx uses. The
// parts are other components' macros; this model gives each of them its params. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { fragmentId } from '../../internal/ids.js';
import { templateSlot } from '../../contract/templateSlot.js';
import { standardFooterLinks } from '../SiteFooter/standardFooterLinks.js';
import * as styles from './PageTemplate.css.js';
import type { PageTemplateFooter, PageTemplateMasthead, PageTemplateProps } from './PageTemplate.js';
import { objectOr } from './objectOr.js';

/**
 * The macro's model: the root's props, `<main>`'s id (the skip link's target), the notice, the
 * masthead's content params, whether the language switcher, the text size control and the
 * breadcrumbs show, and the footer's params, or none; with the content.
 */
export function template({ locale, masthead, languages, textSize, breadcrumbs, notice, footer, backToTop, mainId }: PageTemplateProps, { content }: TemplateInput) {
  const { links, groups, badges, copyright, revisionDate, reviewDate } = objectOr<PageTemplateFooter>(footer);
  // The site's own groups, then the usual links in the page's language.
  const footerGroups = [...(Array.isArray(groups) ? groups : []), ...standardFooterLinks(objectOr(links), { locale })];
  const hasDates = (revisionDate != null && revisionDate !== '') || (reviewDate != null && reviewDate !== '');
  // As PageTemplate.tsx decides: no footer with nothing to show (no links, badges, copyright, dates or back-to-top link).
  const footerShows = backToTop !== false || footerGroups.length > 0 || badges != null || copyright != null || hasDates;
  return {
    root: rootProps({}, { className: styles.root, locale }),
    mainId: fragmentId(mainId) ?? 'main-content',
    notice: templateSlot(notice),
    masthead: objectOr<PageTemplateMasthead>(masthead),
    languages: languages != null,
    textSize: textSize !== false,
    breadcrumbs: breadcrumbs != null,
    footer: footerShows
      ? { backToTop: backToTop !== false, groups: footerGroups.length ? footerGroups : undefined, badges, copyright, hasDates, revisionDate, reviewDate }
      : undefined,
    content,
  };
}
