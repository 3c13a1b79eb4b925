import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { hasContent } from '../../internal/text.js';
import { tagModel, type TagContent } from './Tag.model.js';

export type { TagTone } from './Tag.model.js';

export interface TagProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'>, TagContent {
  /** The label: one to three words ("Features", 「專題」). Nothing is rendered when it is empty. */
  children: ReactNode;
}

/** Renders a `<span>`, or an `<a>` when it has a usable `href`. */
export const Tag = forwardRef<HTMLElement, TagProps>(function Tag({ children, ...props }, ref) {
  const model = tagModel(props, hasContent(children, __DEV__ ? ['Tag', 'children'] : undefined));
  if (!model) return null;
  return model.href ? (
    <a ref={ref as never} {...model.root} href={model.href}>
      {children}
    </a>
  ) : (
    <span ref={ref} {...model.root}>
      {children}
    </span>
  );
});
