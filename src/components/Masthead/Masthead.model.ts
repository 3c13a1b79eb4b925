// What Masthead's macro (Masthead.njk) writes, decided by the rules Masthead.tsx uses. No React here.
import { rootProps, type RootDomProps } from '../../contract/rootProps.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { textOrUndefined } from '../../internal/text.js';
import { templateSlot } from '../../contract/templateSlot.js';
import { mastheadLabels } from './Masthead.definition.js';
import * as styles from './Masthead.css.js';
import type { MastheadNavigationItem, MastheadProps } from './Masthead.js';

/**
 * The macro's model: the root's props (with `id`, a root attribute the page template gives), the
 * slots (`logo`, `identity`, `languageSwitcher`, `textSize`, `search`: other macros' output, as
 * React's hold elements), the title, the home link, which rows show, and the navigation with its
 * label and, for five items or more that collapse, the Menu's label; undefined with nothing to show.
 */
export function template({ title, logo, homeHref, identity, navigation, collapseNavigation, search, languageSwitcher, textSize, locale, labels, id }: MastheadProps) {
  const resolvedLocale = resolveLocale(locale);
  const titleText = textOrUndefined(title);
  const slots = {
    logo: templateSlot(logo),
    identity: templateSlot(identity),
    languageSwitcher: templateSlot(languageSwitcher),
    textSize: templateSlot(textSize),
    search: templateSlot(search),
  };
  // The items with a usable label, wrong-typed ones read as empty; one without a usable URL stays as
  // text; only the first marked `current` is current.
  let currentFound = false;
  const items = (Array.isArray(navigation) ? (navigation as unknown[]) : []).flatMap((entry) => {
    const item: Partial<MastheadNavigationItem> = typeof entry === 'object' && entry !== null ? entry : {};
    const text = textOrUndefined(item.label);
    const current = Boolean(text) && item.current === true && !currentFound;
    currentFound ||= current;
    return text ? [{ text, url: gatedUrl(item.href, hrefSchemes), current }] : [];
  });
  const brand = Boolean(titleText) || slots.logo !== undefined;
  const tools = slots.languageSwitcher !== undefined || slots.textSize !== undefined;
  if (!brand && !tools && slots.identity === undefined && !items.length && slots.search === undefined) return undefined;
  return {
    root: rootProps<RootDomProps & { id?: string }>({ id: typeof id === 'string' ? id : undefined }, { className: styles.root, locale }),
    ...slots,
    title: titleText,
    brand,
    tools,
    home: gatedUrl(homeHref, hrefSchemes),
    navigation: items.length
      ? {
          items,
          label: labelFor(resolvedLocale, mastheadLabels, labels, 'navigation'),
          menu: items.length > 4 && collapseNavigation !== 'never' ? labelFor(resolvedLocale, mastheadLabels, labels, 'menu') : undefined,
        }
      : undefined,
  };
}
