// TextSizeControl without React, for template pages (the Nunjucks macro, copied HTML): turns each
// server placeholder into the running control, exactly as the React client component does, with
// the same browser logic (textSizeChoice.ts).
import { cx } from '../../internal/text.js';
import { visuallyHidden } from '../../styles/base.css.js';
import { textSizes } from './TextSizeControl.definition.js';
import * as styles from './TextSizeControl.css.js';
import type { TextSizeLabels } from './resolvedLabels.js';
import { chooseSize, currentSize, restoreSize, watchSize } from './textSizeChoice.js';

type TextSize = (typeof textSizes)[number];

/** The running control's buttons, from the labels it carries, with `size` pressed: each one's size, name (and tooltip), state and classes. */
const textSizeButtons = (labels: TextSizeLabels, size: TextSize) =>
  textSizes.map((option) => ({
    size: option,
    name: labels[option],
    pressed: option === size,
    className: cx(styles.button, option === size && styles.pressed),
    glyphClassName: cx(styles.glyph, styles.glyphSize[option]),
  }));

/** The labels a placeholder carries (`data-labels`), or undefined when they are missing or malformed. */
function labelsOf(placeholder: Element): TextSizeLabels | undefined {
  try {
    const labels = JSON.parse(placeholder.getAttribute('data-labels')!) as Record<string, unknown>;
    return (['label', ...textSizes] as const).every((key) => typeof labels[key] === 'string') ? (labels as TextSizeLabels) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Applies the remembered size and turns every placeholder on the page into three buttons that
 * follow the size on `<html>` (and in the site's other tabs). A placeholder without usable labels
 * stays hidden. Returns the way to stop following (the buttons stay).
 */
export function enhanceTextSizeControls(): () => void {
  restoreSize();
  const controls: Array<{ labels: TextSizeLabels; buttons: HTMLButtonElement[] }> = [];
  const sync = () => {
    const size = currentSize();
    for (const { labels, buttons } of controls) {
      textSizeButtons(labels, size).forEach(({ className, pressed }, index) => {
        buttons[index]!.className = className;
        buttons[index]!.setAttribute('aria-pressed', String(pressed));
      });
    }
  };
  // A static list: the placeholders lose their class below.
  for (const placeholder of document.querySelectorAll(`.${styles.pending}`)) {
    const labels = labelsOf(placeholder);
    if (!labels) continue;
    const buttons = textSizeButtons(labels, currentSize()).map(({ size, name, glyphClassName }) => {
      const button = document.createElement('button');
      const glyph = document.createElement('span');
      const label = document.createElement('span');
      button.type = 'button';
      button.title = name;
      glyph.className = glyphClassName;
      glyph.setAttribute('aria-hidden', 'true');
      glyph.textContent = 'A';
      label.className = visuallyHidden;
      label.textContent = name;
      button.append(glyph, label);
      button.addEventListener('click', () => {
        chooseSize(size);
        sync();
      });
      return button;
    });
    placeholder.classList.remove(styles.pending);
    (placeholder as HTMLElement).hidden = false;
    placeholder.removeAttribute('data-labels');
    placeholder.setAttribute('role', 'group');
    placeholder.setAttribute('aria-label', labels.label);
    placeholder.append(...buttons);
    controls.push({ labels, buttons });
  }
  sync();
  return watchSize(sync);
}
