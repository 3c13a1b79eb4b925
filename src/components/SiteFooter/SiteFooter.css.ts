import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { container } from '../../styles/container.css.js';
import { siteFooterDefinition } from './SiteFooter.definition.js';

const { root: rootClass, part, modifier } = classesOf(siteFooterDefinition);
const { siteFooter: tokens } = componentTokens(siteFooterDefinition);

// Left out of print: paper cannot follow links; the copyright line and the dates (the meta row) stay.
const screenOnly = { '@media': { print: { display: 'none' } } } as const;

// Its background and rule span the window; its content sits on the page's container.
export const root = rootClass([
  componentRoot,
  container,
  {
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.xl,
    paddingBlock: vars.space.xl,
    backgroundColor: tokens.background,
    borderBlockStart: `${vars.borderWidth.accent} solid ${tokens.rule}`,
    fontSize: vars.font.size.sm,
    // The dates and copyright of a printed page stay with each other, on the page's container like
    // the title and the trail above them.
    '@media': { print: { breakInside: 'avoid' } },
  },
]);

/** Several groups: columns as wide as a short heading, as many as fit, one under another at 320 px. */
export const grouped = modifier('grouped', {});

export const backToTop = part('back-to-top', { display: 'flex', justifyContent: 'flex-end', ...screenOnly });

export const nav = part('nav', {
  selectors: {
    [`${grouped} > &`]: {
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12em), 1fr))',
      gap: vars.space.xl,
    },
  },
  ...screenOnly,
});

export const group = part('group', { minInlineSize: 0 });

export const heading = part('heading', {
  marginBlockEnd: vars.space.sm,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
});

// One group is a row of links that wraps; in columns, one link under another.
export const list = part('list', {
  display: 'flex',
  flexWrap: 'wrap',
  gap: `${vars.space.sm} ${vars.space.xl}`,
  margin: 0,
  padding: 0,
  listStyle: 'none',
  selectors: { [`${grouped} &`]: { flexDirection: 'column' } },
});

export const link = part('link', {});

export const badges = part('badges', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.lg,
  ...screenOnly,
});

export const meta = part('meta', {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'space-between',
  gap: `${vars.space.sm} ${vars.space.xl}`,
  paddingBlockStart: vars.space.lg,
  borderBlockStart: `${vars.borderWidth.thin} solid ${tokens.divider}`,
  color: vars.color.text.muted,
  // A dates slot whose element renders nothing (say RevisionDates given only invalid dates) leaves
  // the row empty: then no divider and no gap either.
  selectors: { '&:empty': { display: 'none' } },
});

export const copyright = part('copyright', {});
