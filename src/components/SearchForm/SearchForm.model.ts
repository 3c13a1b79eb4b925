// SearchForm's rules, once, for every renderer: the React component (SearchForm.tsx) and the
// Nunjucks macro (SearchForm.njk) render exactly what this model says. No React here.
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { rootProps, type RootDomProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { warnDev } from '../../internal/devWarning.js';
import { fieldName, hiddenFieldEntries } from '../../internal/formFields.js';
import { optionValue } from '../../internal/option.js';
import { actionSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import { searchFormLabels, searchFormVariants } from './SearchForm.definition.js';
import * as buttonStyles from '../Button/Button.css.js';
import * as styles from './SearchForm.css.js';

export type SearchFormVariant = (typeof searchFormVariants)[number];

const componentName = 'SearchForm';

/** SearchForm's content props (the field's `id` aside, which React or the template provides). */
export interface SearchFormContent {
  /**
   * The site's search page, which gets the query with GET (`/tc/search/?q=…`). Only http(s) and
   * relative URLs are kept; without a usable one nothing is rendered.
   */
  action: string;
  /**
   * The query's field name, as the search page reads it.
   * @default 'q'
   */
  name?: string;
  /** The query already searched for, on the search results page. */
  value?: string;
  /**
   * `default`: the label shown above the field, for the search page itself; `compact`: the label
   * read by screen readers but not shown, for the masthead.
   * @default 'default'
   */
  variant?: SearchFormVariant;
  /** Hidden fields the search page needs as well, by name: `{ lang: 'tc' }`, `{ scope: 'newsletter' }`. */
  hiddenFields?: Readonly<Record<string, string>>;
  /**
   * The page language for the built-in labels. When given, the form also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in labels: `label` ("Search this site"), which also names the landmark, and `submit` ("Search"). */
  labels?: Partial<(typeof searchFormLabels)['en']>;
}

/** What a SearchForm renders: the decisions its props lead to. */
export interface SearchFormModel<Rest> {
  /** The form's props: the caller's DOM props (`rest`) and the component's own (named by its label), merged by rootProps. */
  root: Rest & RootDomProps;
  action: string;
  /** The label: its id (the landmark's name points to it), its text, and whether it is only read, not shown. */
  label: { id: string; text: string; hidden: boolean };
  /** The search field: its id, its name and the query already searched for. */
  input: { id: string; name: string; value: string | undefined };
  hiddenFields: [name: string, value: string][];
  /**
   * The submit button: a primary Button's look (its classes, not the Button component, whose link
   * and text checks a fixed submit button does not need) and its text.
   */
  submit: { className: string; text: string };
}

/**
 * SearchForm's model, from its props (content and, for React, the form's DOM props) and the search
 * field's id; undefined without a usable `action`, so nothing renders.
 */
export function searchFormModel<Rest extends object>(
  { action, name, value, variant, hiddenFields, locale, labels, ...rest }: SearchFormContent & Rest,
  id: string,
): SearchFormModel<Omit<Rest, keyof SearchFormContent>> | undefined {
  const url = gatedUrl(action, actionSchemes, __DEV__ ? [componentName, 'action'] : undefined);
  if (!url) {
    if (__DEV__) warnDev(componentName, 'rendered nothing: `action` (the search page) is missing or not a usable URL.');
    return undefined;
  }
  if (__DEV__ && value != null && typeof value !== 'string') warnDev(componentName, `\`value\` must be a string; ignored a ${typeof value}.`);
  const resolvedLocale = resolveLocale(locale);
  const compact = optionValue(searchFormVariants, variant) === 'compact';
  const labelId = `${id}-label`;
  return {
    root: rootProps(rest, { className: cx(styles.root, compact && styles.compact), locale, labelledBy: labelId }),
    action: url,
    label: { id: labelId, text: labelFor(resolvedLocale, searchFormLabels, labels, 'label'), hidden: compact },
    input: { id, name: fieldName(name, __DEV__ ? [componentName, 'name'] : undefined) ?? 'q', value: typeof value === 'string' ? value : undefined },
    hiddenFields: hiddenFieldEntries(hiddenFields, __DEV__ ? [componentName, 'hiddenFields'] : undefined),
    submit: { className: cx(buttonStyles.root, buttonStyles.primary, styles.submit), text: labelFor(resolvedLocale, searchFormLabels, labels, 'submit') },
  };
}

/**
 * The macro's model: SearchForm's own, with the search field's id from the macro's id source (the
 * caller's `id` when usable). The id stands for the search page, so it is issued only for a form
 * that renders.
 */
export function template({ id: given, ...params }: SearchFormContent & { id?: string }, { id }: TemplateInput) {
  const action = gatedUrl(params.action, actionSchemes);
  return action && searchFormModel(params, id('bh-search', given, action));
}
