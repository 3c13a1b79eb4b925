import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { feedbackPromptModel, type FeedbackPromptContent } from './FeedbackPrompt.model.js';
import * as styles from './FeedbackPrompt.css.js';

export type { FeedbackPromptLabels, FeedbackPromptMethod } from './FeedbackPrompt.model.js';

export interface FeedbackPromptProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, FeedbackPromptContent {}

/**
 * Renders a `<div>` with a `<form>` (a fieldset whose legend asks the question, and two submit
 * buttons of one name, `yes` and `no`), or the thanks once `submitted`, then the report link. No
 * JavaScript; not printed.
 */
export const FeedbackPrompt = forwardRef<HTMLDivElement, FeedbackPromptProps>(function FeedbackPrompt(props, ref) {
  const model = feedbackPromptModel(props);
  if (!model) return null;
  const { form, report } = model;
  return (
    <div ref={ref} {...model.root}>
      {form && (
        <form className={styles.form} action={form.action} method={form.method}>
          {form.hiddenFields.map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <fieldset className={styles.fieldset}>
            <legend className={styles.question}>{form.question}</legend>
            <div className={styles.answers}>
              {form.answers.map(({ name, value, text, className }) => (
                <button key={value} className={className} type="submit" name={name} value={value}>
                  {text}
                </button>
              ))}
            </div>
          </fieldset>
        </form>
      )}
      {model.thanks && <p className={styles.thanks}>{model.thanks}</p>}
      {report && (
        <p className={styles.report}>
          <a className={cx(link, styles.reportLink)} href={report.href}>
            {report.text}
          </a>
        </p>
      )}
    </div>
  );
});
