'use client';
// The library's only client component: the one place with hooks and browser globals, and only
// in effects and event handlers. The package build keeps this directive at the top of its module.
import { forwardRef, useEffect, useState, type ComponentPropsWithoutRef } from 'react';
import type { LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import { cx } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import { textSizeLabels, textSizes } from './TextSizeControl.definition.js';
import * as styles from './TextSizeControl.css.js';
import { resolvedLabels } from './resolvedLabels.js';
import { chooseSize, currentSize, restoreSize, watchSize } from './textSizeChoice.js';

export type TextSize = (typeof textSizes)[number];

export interface TextSizeControlProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * Language of the built-in labels (the group's name and each button's name). When given, the
   * root also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces built-in labels: `label` (the group), `normal`, `large`, `larger` (the buttons). */
  labels?: Partial<(typeof textSizeLabels)['en']>;
}

/**
 * Sets one attribute on `<html>` (`data-text-size`) and remembers the choice in `localStorage`. A
 * client component: the server (and a browser without JavaScript) gets a hidden placeholder with no
 * buttons, carrying its labels (`data-labels`) for text-size.js on template pages.
 */
export const TextSizeControl = forwardRef<HTMLDivElement, TextSizeControlProps>(function TextSizeControl({ locale, labels, ...rest }, ref) {
  // Undefined until mounted: the first render matches the server's placeholder.
  const [size, setSize] = useState<TextSize>();

  useEffect(() => {
    restoreSize();
    // Every control on the page follows the attribute, whoever changes it.
    const sync = () => setSize(currentSize());
    sync();
    return watchSize(sync);
  }, []);

  const names = resolvedLabels(locale, labels);
  const pending = size === undefined;
  return (
    <div
      ref={ref}
      role={pending ? undefined : 'group'}
      hidden={pending}
      {...rootProps(rest, { className: cx(styles.root, pending && styles.pending), locale, label: pending ? undefined : names.label })}
      data-labels={pending ? JSON.stringify(names) : undefined}
    >
      {!pending &&
        textSizes.map((option) => {
          const name = names[option];
          return (
            <button
              key={option}
              type="button"
              className={cx(styles.button, option === size && styles.pressed)}
              aria-pressed={option === size}
              title={name}
              onClick={() => {
                chooseSize(option);
                setSize(option);
              }}
            >
              <span className={cx(styles.glyph, styles.glyphSize[option])} aria-hidden="true">
                A
              </span>
              <span className={visuallyHidden}>{name}</span>
            </button>
          );
        })}
    </div>
  );
});
