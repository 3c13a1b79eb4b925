'use client';
// The library's only client component: the one place with hooks and browser globals, and only
// in effects and event handlers. The package build keeps this directive at the top of its module.
import { forwardRef, useEffect, useState, type ComponentPropsWithoutRef } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { cx } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import { textSizeAttribute, textSizeLabels, textSizeStorageKey, textSizes } from './TextSizeControl.definition.js';
import * as styles from './TextSizeControl.css.js';

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

/** The size the page shows now: the attribute on `<html>`, or normal without one. */
const currentSize = (): TextSize => optionValue(textSizes, document.documentElement.getAttribute(textSizeAttribute));

/** Storage may be missing, full or forbidden (private modes, blocked cookies): then the choice lasts for this page only. */
function stored(): string | null {
  try {
    return localStorage.getItem(textSizeStorageKey);
  } catch {
    return null;
  }
}

/** Shows the page at `size`: the attribute on `<html>`, which every control on the page follows. */
function apply(size: TextSize): void {
  const root = document.documentElement;
  if (size === 'normal') root.removeAttribute(textSizeAttribute);
  else root.setAttribute(textSizeAttribute, size);
}

function choose(size: TextSize): void {
  apply(size);
  try {
    localStorage.setItem(textSizeStorageKey, size);
  } catch {
    // Not remembered; the page still changes.
  }
}

/**
 * Sets one attribute on `<html>` (`data-text-size`) and remembers the choice in `localStorage`. A
 * client component: the server (and a browser without JavaScript) gets a hidden placeholder with no
 * buttons.
 */
export const TextSizeControl = forwardRef<HTMLDivElement, TextSizeControlProps>(function TextSizeControl({ locale, labels, ...rest }, ref) {
  // Undefined until mounted: the first render matches the server's placeholder.
  const [size, setSize] = useState<TextSize>();

  useEffect(() => {
    const root = document.documentElement;
    // A size the site set on the server (say from a cookie) wins over the stored one.
    if (!root.hasAttribute(textSizeAttribute)) {
      const remembered = optionValue(textSizes, stored());
      if (remembered !== 'normal') root.setAttribute(textSizeAttribute, remembered);
    }
    // Every control on the page follows the attribute, whoever changes it.
    const sync = () => setSize(currentSize());
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(root, { attributes: true, attributeFilter: [textSizeAttribute] });
    // A choice made in another tab of the site (or storage cleared, key null) reaches this one too.
    const follow = (event: StorageEvent) => {
      if (event.key === textSizeStorageKey || event.key === null) apply(optionValue(textSizes, event.key && event.newValue));
    };
    window.addEventListener('storage', follow);
    return () => {
      observer.disconnect();
      window.removeEventListener('storage', follow);
    };
  }, []);

  const resolvedLocale = resolveLocale(locale);
  const pending = size === undefined;
  return (
    <div
      ref={ref}
      role={pending ? undefined : 'group'}
      hidden={pending}
      {...rootProps(rest, {
        className: cx(styles.root, pending && styles.pending),
        locale,
        label: pending ? undefined : labelFor(resolvedLocale, textSizeLabels, labels, 'label'),
      })}
    >
      {!pending &&
        textSizes.map((option) => {
          const name = labelFor(resolvedLocale, textSizeLabels, labels, option);
          return (
            <button
              key={option}
              type="button"
              className={cx(styles.button, option === size && styles.pressed)}
              aria-pressed={option === size}
              title={name}
              onClick={() => {
                choose(option);
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
