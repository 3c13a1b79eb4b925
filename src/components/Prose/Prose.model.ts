// What Prose's macro (Prose.njk) writes, decided by the rules Prose.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { optionValue } from '../../internal/option.js';
import { proseElements } from './Prose.definition.js';
import * as styles from './Prose.css.js';
import type { ProseProps } from './Prose.js';

/** The macro's model: the element and its root props, with the text; undefined when there is no text. */
export const template = ({ as, locale }: ProseProps, { content }: TemplateInput) =>
  content.present ? { element: optionValue(proseElements, as), root: rootProps({}, { className: styles.root, locale }), content } : undefined;
