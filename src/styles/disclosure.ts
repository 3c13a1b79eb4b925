// The look of a native disclosure (`<details>` and its `<summary>`), shared by the components built
// on one (Details, Accordion). Rule objects and builders, like `focusRingRule`
// and `linkRule` in base.css.ts, and no class of its own: each component composes them into its own
// part classes, so every element keeps its one documented class. A plain module, not a `.css.ts`
// one: vanilla-extract's stylesheets may export no functions.
import type { StyleRule } from '@vanilla-extract/css';
import { vars } from '../tokens/contract.css.js';
import { focusRingRule } from './base.css.js';

/**
 * The summary as a control: the browser's own marker removed (the chevron below replaces it), a
 * pointer, the link colour, and the focus ring. Each component adds its own layout.
 */
export const disclosureSummaryRule = {
  listStyle: 'none',
  cursor: 'pointer',
  color: vars.color.text.link,
  selectors: {
    // Safari before 18.4 draws its marker here, not as `::marker`.
    '&::-webkit-details-marker': { display: 'none' },
    '&:focus-visible': focusRingRule,
  },
} satisfies StyleRule;

/**
 * The chevron of a summary, on the side of the row it sits on: drawn with two borders in
 * `currentColor` (so forced colours and the summary's colour keep it) and turned when its
 * `<details>` (`detailsClass`) is open. At the start it hangs in the summary's padding beside the
 * first line (placed from the summary's top edge: give such a summary no block padding) and points
 * to the text, then down; at the end it sits in the row's last place (the
 * summary is a flex row) and points down, then up. Turning follows `motion.duration.fast`, which is
 * zero under reduced motion. Not printed: paper shows the content (`disclosurePrintContent`).
 */
export function disclosureMarker(detailsClass: string, side: 'start' | 'end'): StyleRule {
  const marker = side === 'start' ? '&::before' : '&::after';
  const [closed, open] = side === 'start' ? ['-45deg', '45deg'] : ['45deg', '-135deg'];
  const [summary, place]: [StyleRule, StyleRule] =
    side === 'start'
      ? [
          { position: 'relative', paddingInlineStart: '1.5em' },
          { position: 'absolute', insetInlineStart: '0.25em', insetBlockStart: 'calc(0.5lh - 0.3em)' },
        ]
      : [{}, { flex: 'none', alignSelf: 'center', marginInline: '0.25em' }];
  return {
    ...summary,
    selectors: {
      [marker]: {
        ...place,
        content: '""',
        inlineSize: '0.5em',
        blockSize: '0.5em',
        // Physical sides: the corner the two borders meet at is what the rotation points.
        borderRight: `${vars.borderWidth.thick} solid currentColor`,
        borderBottom: `${vars.borderWidth.thick} solid currentColor`,
        rotate: closed,
        transition: `rotate ${vars.motion.duration.fast} ${vars.motion.easing.standard}`,
        '@media': { print: { display: 'none' } },
      },
      [`${detailsClass}[open] > ${marker}`]: { rotate: open },
    },
  };
}

/**
 * For the `<details>` element: printed open, since paper cannot be clicked. Where the browser has
 * `::details-content` (Chrome 131, Safari 18.4, Firefox 143), a closed disclosure prints its
 * content; older browsers print it as it is on screen.
 */
export const disclosurePrintContent = {
  selectors: { '&::details-content': { '@media': { print: { contentVisibility: 'visible' } } } },
} satisfies StyleRule;
