import { forwardRef, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react';
import { hasContent } from '../../internal/text.js';
import { buttonModel, type ButtonContent } from './Button.model.js';
import * as styles from './Button.css.js';

export type { ButtonType, ButtonVariant } from './Button.model.js';

export interface ButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'name' | 'value' | 'children'>, ButtonContent {
  /** The text, saying what happens: "Send", "Read the programme guide". Nothing is rendered without it. */
  children?: ReactNode;
}

/**
 * Renders a `<button>` (with `type` always written, `submit` by default), or an `<a>` when `href`
 * is given: a link that navigates stays a link, without `role="button"`. No JavaScript.
 */
export const Button = forwardRef<HTMLElement, ButtonProps>(function Button({ children, ...props }, ref) {
  const model = buttonModel(props, hasContent(children, __DEV__ ? ['Button', 'children'] : undefined));
  if (!model) return null;
  const { root, href, button, icon } = model;
  const arrow = icon && (
    <svg className={styles.icon} viewBox={icon.viewBox} width="1em" height="1em" aria-hidden>
      <path d={icon.d} />
    </svg>
  );
  return button ? (
    <button ref={ref as Ref<HTMLButtonElement>} {...root} type={button.type} name={button.name} value={button.value}>
      {children}
      {arrow}
    </button>
  ) : (
    <a ref={ref as Ref<HTMLAnchorElement>} {...(root as ComponentPropsWithoutRef<'a'>)} href={href}>
      {children}
      {arrow}
    </a>
  );
});
