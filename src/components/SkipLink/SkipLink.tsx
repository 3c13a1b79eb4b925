import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { skipLinkModel, type SkipLinkContent } from './SkipLink.model.js';

export type { SkipLinkVisibility } from './SkipLink.model.js';

export interface SkipLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'children'>, SkipLinkContent {}

/** Renders a link to `#<targetId>`, hidden until it has keyboard focus unless `visibility="always"`; no JavaScript. */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(props, ref) {
  const { root, href, text } = skipLinkModel(props);
  return (
    <a ref={ref} {...root} href={href}>
      {text}
    </a>
  );
});
