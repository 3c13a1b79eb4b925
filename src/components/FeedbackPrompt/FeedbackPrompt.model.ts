// FeedbackPrompt's rules, once, for every renderer: the React component (FeedbackPrompt.tsx) and
// the Nunjucks macro (FeedbackPrompt.njk) render exactly what this model says. No React here.
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { rootProps, type RootDomProps } from '../../contract/rootProps.js';
import { warnDev } from '../../internal/devWarning.js';
import { fieldName, hiddenFieldEntries } from '../../internal/formFields.js';
import { optionValue } from '../../internal/option.js';
import { actionSchemes, gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import * as buttonStyles from '../Button/Button.css.js';
import { feedbackPromptLabels, feedbackPromptMethods } from './FeedbackPrompt.definition.js';
import * as styles from './FeedbackPrompt.css.js';

export type FeedbackPromptMethod = (typeof feedbackPromptMethods)[number];
export type FeedbackPromptLabels = (typeof feedbackPromptLabels)['en'];

const componentName = 'FeedbackPrompt';

/** FeedbackPrompt's content props. */
export interface FeedbackPromptContent {
  /**
   * Where the answer goes: the site's page that records it (and redirects back with `submitted`).
   * Only http(s) and relative URLs are kept; without a usable one there is no form (the report link
   * may stay).
   */
  action?: string;
  /**
   * How the answer is sent.
   * @default 'post'
   */
  method?: FeedbackPromptMethod;
  /**
   * The name the answer is sent under: `useful=yes` or `useful=no`.
   * @default 'useful'
   */
  fieldName?: string;
  /** Hidden fields sent with the answer, by name: the page's path, a CSRF token. */
  hiddenFields?: Readonly<Record<string, string>>;
  /** The page to report a problem on (a contact form; mailto is fine). Without it, no link. */
  reportHref?: string;
  /**
   * The answer was sent: the thanks shows instead of the form (the report link stays).
   * @default false
   */
  submitted?: boolean;
  /**
   * The page language for the built-in labels. When given, the root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces the built-in labels: `question`, `yes`, `no`, `report` and `thanks`. */
  labels?: Partial<FeedbackPromptLabels>;
}

/** What a FeedbackPrompt renders: the decisions its props lead to. */
export interface FeedbackPromptModel<Rest> {
  /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by rootProps. */
  root: Rest & RootDomProps;
  /** The form, unless there is no usable action or the answer was sent. */
  form: {
    action: string;
    method: FeedbackPromptMethod;
    hiddenFields: [name: string, value: string][];
    question: string;
    /** The two submit buttons: the same name, each its value, in a secondary Button's look. */
    answers: { name: string; value: 'yes' | 'no'; text: string; className: string }[];
  } | undefined;
  /** The thanks, once the answer was sent. */
  thanks: string | undefined;
  /** The report link. */
  report: { href: string; text: string } | undefined;
}

/**
 * FeedbackPrompt's model, from its props (content and, for React, the root's DOM props); undefined
 * when there is neither a form nor a report link to show, so nothing renders.
 */
export function feedbackPromptModel<Rest extends object>({
  action,
  method,
  fieldName: answerName,
  hiddenFields,
  reportHref,
  submitted,
  locale,
  labels,
  ...rest
}: FeedbackPromptContent & Rest): FeedbackPromptModel<Omit<Rest, keyof FeedbackPromptContent>> | undefined {
  const resolvedLocale = resolveLocale(locale);
  const label = (key: keyof FeedbackPromptLabels) => labelFor(resolvedLocale, feedbackPromptLabels, labels, key);
  const url = gatedUrl(action, actionSchemes, __DEV__ ? [componentName, 'action'] : undefined);
  const reportUrl = gatedUrl(reportHref, hrefSchemes, __DEV__ ? [componentName, 'reportHref'] : undefined);
  if (__DEV__ && !url) warnDev(componentName, 'no form: `action` (where the answer goes) is missing or not a usable URL.');
  if (__DEV__ && submitted != null && typeof submitted !== 'boolean') warnDev(componentName, `\`submitted\` must be true or false; ignored a ${typeof submitted}.`);
  const sent = submitted === true;
  if (!(url || reportUrl)) {
    if (__DEV__) warnDev(componentName, 'rendered nothing: neither a usable `action` nor a usable `reportHref`.');
    return undefined;
  }
  // Checked even when the thanks shows instead, so bad content is said at once, not on the next answer.
  const name = fieldName(answerName, __DEV__ ? [componentName, 'fieldName'] : undefined) ?? 'useful';
  const fields = hiddenFieldEntries(hiddenFields, __DEV__ ? [componentName, 'hiddenFields'] : undefined);
  const className = cx(buttonStyles.root, buttonStyles.secondary, styles.answer);
  return {
    root: rootProps(rest, { className: styles.root, locale }),
    form:
      url && !sent
        ? {
            action: url,
            method: optionValue(feedbackPromptMethods, method),
            hiddenFields: fields,
            question: label('question'),
            answers: (['yes', 'no'] as const).map((value) => ({ name, value, text: label(value), className })),
          }
        : undefined,
    thanks: url && sent ? label('thanks') : undefined,
    report: reportUrl ? { href: reportUrl, text: label('report') } : undefined,
  };
}

/** The macro's model: FeedbackPrompt's own (it has no children and no generated ids). */
export const template = (params: FeedbackPromptContent) => feedbackPromptModel(params);
