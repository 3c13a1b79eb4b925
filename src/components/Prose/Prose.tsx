import { forwardRef, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react';
import type { LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { hasContent } from '../../internal/text.js';
import { proseElements } from './Prose.definition.js';
import * as styles from './Prose.css.js';

export type ProseElement = (typeof proseElements)[number];

export interface ProseProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The rich text, as React elements: `h2`-`h4`, `p`, `ul`/`ol`, `a`, `strong`/`em`, `blockquote`,
   * `table`, `figure`/`img`, `hr`, `abbr`, `small`, `sup`, `code`/`pre`. Convert a CMS's HTML to
   * elements with a sanitising parser first: Prose never injects HTML.
   */
  children?: ReactNode;
  /**
   * The element to render: `article` when the text is a whole article, `section` for a named part
   * of a page (give it `aria-labelledby`).
   * @default 'div'
   */
  as?: ProseElement;
  /**
   * The language of the text; when given, the root carries `lang`, which sets the line height,
   * fonts and emphasis style for Chinese.
   */
  locale?: LocaleInput;
}

/** Renders one element (`as`) and styles the elements given to it by their names; it never injects HTML. */
export const Prose = forwardRef<HTMLElement, ProseProps>(function Prose({ children, as, locale, ...rest }, ref) {
  if (!hasContent(children)) {
    if (__DEV__) warnDev('Prose', 'rendered nothing: `children` (the text) is empty.');
    return null;
  }
  const Element = optionValue(proseElements, as);
  return (
    <Element ref={ref as Ref<HTMLDivElement>} {...rootProps(rest, { className: styles.root, locale })}>
      {children}
    </Element>
  );
});
