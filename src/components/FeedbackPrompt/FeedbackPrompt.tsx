import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import { warnDev } from '../../internal/devWarning.js';
import { fieldName as formFieldName, hiddenFieldEntries } from '../../internal/formFields.js';
import { optionValue } from '../../internal/option.js';
import { actionSchemes, gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import * as buttonStyles from '../Button/Button.css.js';
import { feedbackPromptLabels, feedbackPromptMethods } from './FeedbackPrompt.definition.js';
import * as styles from './FeedbackPrompt.css.js';

export type FeedbackPromptMethod = (typeof feedbackPromptMethods)[number];
export type FeedbackPromptLabels = (typeof feedbackPromptLabels)['en'];

export interface FeedbackPromptProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
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

/**
 * Renders a `<div>` with a `<form>` (a fieldset whose legend asks the question, and two submit
 * buttons of one name, `yes` and `no`, in a secondary Button's look), or the thanks once
 * `submitted`, then the report link. No JavaScript; not printed. Renders nothing with neither a
 * usable `action` nor a usable `reportHref`.
 */
export const FeedbackPrompt = forwardRef<HTMLDivElement, FeedbackPromptProps>(function FeedbackPrompt(
  { action, method, fieldName, hiddenFields, reportHref, submitted, locale, labels, ...rest },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const label = (key: keyof FeedbackPromptLabels) => labelFor(resolvedLocale, feedbackPromptLabels, labels, key);
  const url = gatedUrl(action, actionSchemes, __DEV__ ? ['FeedbackPrompt', 'action'] : undefined);
  const reportUrl = gatedUrl(reportHref, hrefSchemes, __DEV__ ? ['FeedbackPrompt', 'reportHref'] : undefined);
  if (__DEV__ && !url) warnDev('FeedbackPrompt', 'no form: `action` (where the answer goes) is missing or not a usable URL.');
  if (__DEV__ && submitted != null && typeof submitted !== 'boolean') warnDev('FeedbackPrompt', `\`submitted\` must be true or false; ignored a ${typeof submitted}.`);
  if (!(url || reportUrl)) {
    if (__DEV__) warnDev('FeedbackPrompt', 'rendered nothing: neither a usable `action` nor a usable `reportHref`.');
    return null;
  }
  const sent = submitted === true;
  // Checked even when the thanks shows instead, so bad content is said at once, not on the next answer.
  const name = formFieldName(fieldName, __DEV__ ? ['FeedbackPrompt', 'fieldName'] : undefined) ?? 'useful';
  const fields = hiddenFieldEntries(hiddenFields, __DEV__ ? ['FeedbackPrompt', 'hiddenFields'] : undefined);
  return (
    <div ref={ref} {...rootProps(rest, { className: styles.root, locale })}>
      {url &&
        (sent ? (
          <p className={styles.thanks}>{label('thanks')}</p>
        ) : (
          <form className={styles.form} action={url} method={optionValue(feedbackPromptMethods, method)}>
            {fields.map(([field, value]) => (
              <input key={field} type="hidden" name={field} value={value} />
            ))}
            <fieldset className={styles.fieldset}>
              <legend className={styles.question}>{label('question')}</legend>
              <div className={styles.answers}>
                {(['yes', 'no'] as const).map((value) => (
                  <button key={value} className={cx(buttonStyles.root, buttonStyles.secondary, styles.answer)} type="submit" name={name} value={value}>
                    {label(value)}
                  </button>
                ))}
              </div>
            </fieldset>
          </form>
        ))}
      {reportUrl && (
        <p className={styles.report}>
          <a className={cx(link, styles.reportLink)} href={reportUrl}>
            {label('report')}
          </a>
        </p>
      )}
    </div>
  );
});
