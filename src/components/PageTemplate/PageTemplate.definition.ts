import type { ComponentDefinition } from '../../contract/definition.js';

/**
 * The page skeleton has no labels, tokens or options of its own: the parts it renders (SkipLink,
 * Masthead, LanguageSwitcher, TextSizeControl, Breadcrumbs, SiteFooter, RevisionDates, BackToTop)
 * bring theirs, in the one `locale` it hands to each.
 */
export const pageTemplateDefinition = {
  name: 'PageTemplate',
  parts: ['main'],
  slots: ['notice', 'children'],
} as const satisfies ComponentDefinition;
