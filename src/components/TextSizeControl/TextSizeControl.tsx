'use client';
// The library's only client component: the one place with hooks and browser globals, and only
// in effects and event handlers. The package build keeps this directive at the top of its module.
import { forwardRef, useEffect, useState, type ComponentPropsWithoutRef } from 'react';
import { visuallyHidden } from '../../styles/base.css.js';
import { textSizeControlModel, type TextSize, type TextSizeControlContent } from './TextSizeControl.model.js';
import { chooseSize, currentSize, restoreSize, watchSize } from './textSizeChoice.js';

export type { TextSize } from './TextSizeControl.model.js';

export interface TextSizeControlProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, TextSizeControlContent {}

/**
 * Sets one attribute on `<html>` (`data-text-size`) and remembers the choice in `localStorage`. A
 * client component: the server (and a browser without JavaScript) gets a hidden placeholder with no
 * buttons, carrying its labels (`data-labels`) for the browser.
 */
export const TextSizeControl = forwardRef<HTMLDivElement, TextSizeControlProps>(function TextSizeControl(props, ref) {
  // Undefined until mounted: the first render matches the server's placeholder.
  const [size, setSize] = useState<TextSize>();

  useEffect(() => {
    restoreSize();
    // Every control on the page follows the attribute, whoever changes it.
    const sync = () => setSize(currentSize());
    sync();
    return watchSize(sync);
  }, []);

  const { root, labels, buttons } = textSizeControlModel(props, size);
  return (
    <div ref={ref} role={labels ? undefined : 'group'} hidden={!!labels} {...root} data-labels={labels}>
      {buttons.map((button) => (
        <button
          key={button.size}
          type="button"
          className={button.className}
          aria-pressed={button.pressed}
          title={button.name}
          onClick={() => {
            chooseSize(button.size);
            setSize(button.size);
          }}
        >
          <span className={button.glyphClassName} aria-hidden="true">
            A
          </span>
          <span className={visuallyHidden}>{button.name}</span>
        </button>
      ))}
    </div>
  );
});
