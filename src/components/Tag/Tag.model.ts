// Tag's rules, once, for both renderers: the React component (Tag.tsx) and the Nunjucks macro
// (Tag.njk) render exactly what this model says. No React here.
import type { LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import { tagTones } from './Tag.definition.js';
import * as styles from './Tag.css.js';

export type TagTone = (typeof tagTones)[number];

/** Tag's content props: everything but its text (`children`). */
export interface TagContent {
  /** Makes the tag a link to the topic's page. An unusable URL (e.g. `javascript:`) is dropped and the tag stays plain text. */
  href?: string;
  /**
   * `neutral`: outlined, for topics; `strong`: filled in the brand colour, for the one label that
   * should stand out.
   * @default 'neutral'
   */
  tone?: TagTone;
  /** The language of the tag's text; when given, the tag carries `lang`. */
  locale?: LocaleInput;
}

/** A root element's props as rootProps merges them: the caller's DOM props and the component's own. */
type RootAttributes = ReturnType<typeof rootProps>;

export interface TagModel<Rest> {
  /** The root's props: the caller's DOM props and the component's own, merged by rootProps. */
  root: Rest & RootAttributes;
  /** The link's URL, when the tag is a link (`<a>`); otherwise the tag is a `<span>`. */
  href: string | undefined;
}

/** Tag's model; undefined when it has no text (`hasText` false), so nothing renders. */
export function tagModel<Rest extends object>({ href, tone, locale, ...rest }: TagContent & Rest, hasText: boolean): TagModel<Omit<Rest, keyof TagContent>> | undefined {
  if (!hasText) {
    if (__DEV__) warnDev('Tag', 'rendered nothing: it has no text (`children`).');
    return undefined;
  }
  const url = gatedUrl(href, hrefSchemes, __DEV__ ? ['Tag', 'href'] : undefined);
  return {
    root: rootProps(rest as Omit<Rest, keyof TagContent> & RootAttributes, { className: cx(styles.root, optionValue(tagTones, tone) === 'strong' && styles.strong, url && styles.link), locale }),
    href: url,
  };
}

/** The macro's model, with the text. */
export function template(params: TagContent, { content }: TemplateInput) {
  const model = tagModel(params, content.present);
  return model && { ...model, content };
}
