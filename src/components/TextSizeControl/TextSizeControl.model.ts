// What TextSizeControl's macro (TextSizeControl.njk) writes, decided by the rules TextSizeControl.tsx
// uses: the server placeholder, which text-size.js (TextSizeControl.enhancer.ts) runs in the browser
// as the React client component runs its own. No React here.
import { rootProps } from '../../contract/rootProps.js';
import { cx } from '../../internal/text.js';
import * as styles from './TextSizeControl.css.js';
import type { TextSizeControlProps } from './TextSizeControl.js';
import { resolvedLabels } from './resolvedLabels.js';

/** The macro's model: always the placeholder (hidden, no buttons, its labels as JSON in `data-labels`). */
export const template = ({ locale, labels }: TextSizeControlProps) => ({
  root: rootProps({}, { className: cx(styles.root, styles.pending), locale }),
  labels: JSON.stringify(resolvedLabels(locale, labels)),
});
