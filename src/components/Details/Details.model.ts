// Details' rules, once, for both renderers: the React component (Details.tsx) and the Nunjucks
// macro (Details.njk) render exactly what this model says. No React here.
import type { LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { warnDev } from '../../internal/devWarning.js';
import { textOrUndefined } from '../../internal/text.js';
import * as styles from './Details.css.js';

/** Details' content props: everything but the content itself (`children`). */
export interface DetailsContent {
  /** The question or label that opens the content, e.g. "Who can take part?". Plain text. */
  summary: string;
  /**
   * Render the content open at first. Readers can still close it.
   * @default false
   */
  open?: boolean;
  /** The language of the content; when given, the root carries `lang`. */
  locale?: LocaleInput;
}

/** What a Details renders: the decisions its props lead to. */
export interface DetailsModel {
  /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by `rootProps`. */
  root: ReturnType<typeof rootProps>;
  /** The summary's text. */
  summary: string;
  open: boolean;
}

/**
 * What a Details renders, from its props (content and, for React, the root's DOM props), and
 * whether it has content (`hasBody`): undefined, so nothing renders, without a summary or content.
 */
export function detailsModel<Rest extends object>({ summary, open, locale, ...rest }: DetailsContent & Rest, hasBody: boolean): DetailsModel | undefined {
  const summaryText = textOrUndefined(summary, __DEV__ ? ['Details', 'summary'] : undefined);
  if (!summaryText || !hasBody) {
    if (__DEV__) warnDev('Details', `rendered nothing: it needs ${summaryText ? 'content (`children`)' : 'a `summary`'}.`);
    return undefined;
  }
  return { root: rootProps(rest, { className: styles.root, locale }), summary: summaryText, open: open === true };
}

/** The macro's model, with the content. */
export function template(params: DetailsContent, { content }: TemplateInput) {
  const model = detailsModel(params, content.present);
  return model && { ...model, content };
}
