// What FeedbackPrompt's macro (FeedbackPrompt.njk) writes, decided by the rules FeedbackPrompt.tsx
// uses. No React here.
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import { warnDev } from '../../internal/devWarning.js';
import { fieldName as formFieldName, hiddenFieldEntries } from '../../internal/formFields.js';
import { optionValue } from '../../internal/option.js';
import { actionSchemes, gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx } from '../../internal/text.js';
import * as buttonStyles from '../Button/Button.css.js';
import { feedbackPromptLabels, feedbackPromptMethods } from './FeedbackPrompt.definition.js';
import * as styles from './FeedbackPrompt.css.js';
import type { FeedbackPromptLabels, FeedbackPromptProps } from './FeedbackPrompt.js';

/** The macro's model; undefined when there is neither a form nor a report link to show, so nothing renders. */
export function template({ action, method, fieldName, hiddenFields, reportHref, submitted, locale, labels }: FeedbackPromptProps) {
  const resolvedLocale = resolveLocale(locale);
  const label = (key: keyof FeedbackPromptLabels) => labelFor(resolvedLocale, feedbackPromptLabels, labels, key);
  const url = gatedUrl(action, actionSchemes, __DEV__ ? ['FeedbackPrompt', 'action'] : undefined);
  const reportUrl = gatedUrl(reportHref, hrefSchemes, __DEV__ ? ['FeedbackPrompt', 'reportHref'] : undefined);
  if (__DEV__ && !url) warnDev('FeedbackPrompt', 'no form: `action` (where the answer goes) is missing or not a usable URL.');
  if (__DEV__ && submitted != null && typeof submitted !== 'boolean') warnDev('FeedbackPrompt', `\`submitted\` must be true or false; ignored a ${typeof submitted}.`);
  if (!(url || reportUrl)) {
    if (__DEV__) warnDev('FeedbackPrompt', 'rendered nothing: neither a usable `action` nor a usable `reportHref`.');
    return undefined;
  }
  const sent = submitted === true;
  // Checked even when the thanks shows instead, as React does.
  const name = formFieldName(fieldName, __DEV__ ? ['FeedbackPrompt', 'fieldName'] : undefined) ?? 'useful';
  const fields = hiddenFieldEntries(hiddenFields, __DEV__ ? ['FeedbackPrompt', 'hiddenFields'] : undefined);
  const className = cx(buttonStyles.root, buttonStyles.secondary, styles.answer);
  return {
    root: rootProps({}, { className: styles.root, locale }),
    /** The form, unless there is no usable action or the answer was sent. */
    form:
      url && !sent
        ? {
            action: url,
            method: optionValue(feedbackPromptMethods, method),
            hiddenFields: fields,
            question: label('question'),
            /** The two submit buttons: the same name, each its value, in a secondary Button's look. */
            answers: (['yes', 'no'] as const).map((value) => ({ name, value, text: label(value), className })),
          }
        : undefined,
    /** The thanks, once the answer was sent. */
    thanks: url && sent ? label('thanks') : undefined,
    /** The report link. */
    report: reportUrl ? { href: reportUrl, text: label('report') } : undefined,
  };
}
