import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useLabelId } from '../../internal/ids.js';
import { cx } from '../../internal/text.js';
import { focusable, visuallyHidden } from '../../styles/base.css.js';
import { searchFormModel, type SearchFormContent } from './SearchForm.model.js';
import * as styles from './SearchForm.css.js';

export type { SearchFormVariant } from './SearchForm.model.js';

export interface SearchFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'children' | 'action' | 'method' | 'name' | 'id'>, SearchFormContent {
  /** The search field's id, for a link or a label of your own; one is made when it is not given. */
  id?: string;
}

/**
 * Renders a `<form role="search" method="get">` named by its label, with the hidden fields, a
 * `type="search"` field and a submit button in the Button's primary look. No JavaScript; not printed.
 */
export const SearchForm = forwardRef<HTMLFormElement, SearchFormProps>(function SearchForm({ id, ...props }, ref) {
  const inputId = useLabelId('bh-search', id);
  const model = searchFormModel(props, inputId);
  if (!model) return null;
  const { label, input } = model;
  return (
    <form ref={ref} {...model.root} role="search" action={model.action} method="get">
      <label className={cx(styles.label, label.hidden && visuallyHidden)} id={label.id} htmlFor={input.id}>
        {label.text}
      </label>
      {model.hiddenFields.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={styles.row}>
        {/* defaultValue only with a query: React 18 writes value="" when hydrating an input given the prop at all. */}
        <input className={cx(styles.input, focusable)} id={input.id} type="search" name={input.name} {...(input.value !== undefined && { defaultValue: input.value })} enterKeyHint="search" />
        <button className={model.submit.className} type="submit">
          {model.submit.text}
        </button>
      </div>
    </form>
  );
});
