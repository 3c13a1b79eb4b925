import { langAttribute } from '../i18n/locale.js';
import { cx } from '../internal/text.js';

/** The root attributes rootProps merges (exported for the declarations of the model modules, which return them). */
export interface RootDomProps {
  className?: string;
  lang?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

/**
 * The props of a component's root element, merged in the same order by every component: the
 * caller's DOM props, then the component's own. `className` joins both (the component's first);
 * `locale`, when given, sets `lang`; the component's `label` prop names the root, but a caller's
 * `aria-labelledby` wins over the heading the component would point to.
 */
export function rootProps<Rest extends RootDomProps>(
  rest: Rest,
  own: { className: string; locale: unknown; labelledBy?: string | undefined; label?: string | undefined },
): Rest & RootDomProps {
  return {
    ...rest,
    className: cx(own.className, rest.className),
    lang: own.locale === undefined ? rest.lang : langAttribute(own.locale),
    'aria-labelledby': rest['aria-labelledby'] ?? own.labelledBy,
    'aria-label': own.label ?? rest['aria-label'],
  };
}
