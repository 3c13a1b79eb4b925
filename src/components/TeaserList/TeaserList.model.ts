// What TeaserList's macro (TeaserList.njk) writes, decided by the rules TeaserList.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateContent, TemplateInput } from '../../contract/template.js';
import { optionValue } from '../../internal/option.js';
import { cx } from '../../internal/text.js';
import { teaserListLayouts } from './TeaserList.definition.js';
import * as styles from './TeaserList.css.js';
import type { TeaserListProps } from './TeaserList.js';

/**
 * The macro's model: the list's root props and its items, one per child, each the content of one
 * `<li>`: a teaser (another macro's output, `[bhArticleHighlight(…), …]`) or a paragraph of a list
 * of strings; text or `{% call %}` markup is one item. Undefined when there is nothing to list.
 */
export function template({ layout, locale }: TeaserListProps, { content }: TemplateInput) {
  const items: TemplateContent[] = content.paragraphs ? content.paragraphs.map((paragraph) => ({ present: true, paragraphs: [paragraph] })) : content.present ? [content] : [];
  return items.length ? { root: rootProps({}, { className: cx(styles.root, styles.layout[optionValue(teaserListLayouts, layout)]), locale }), items } : undefined;
}
