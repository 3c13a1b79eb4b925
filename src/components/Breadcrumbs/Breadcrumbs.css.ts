import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { container } from '../../styles/container.css.js';
import { breadcrumbsDefinition } from './Breadcrumbs.definition.js';

const { root: rootClass, part } = classesOf(breadcrumbsDefinition);
const { breadcrumbs: tokens } = componentTokens(breadcrumbsDefinition);

// Part of the page's frame, between the masthead and the main content: on the page's container, so
// the first step lines up with the masthead's title and the content (inside a PageLayout's column it
// adds no gutter of its own); block padding keeps the trail clear of both.
export const root = rootClass([
  componentRoot,
  container,
  {
    fontSize: vars.font.size.sm,
    paddingBlock: vars.space.md,
  },
]);

// The steps wrap onto as many lines as they need; nothing is collapsed or hidden.
export const list = part('list', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'baseline',
  listStyle: 'none',
  margin: 0,
  padding: 0,
});

export const item = part('item', {
  display: 'flex',
  alignItems: 'baseline',
  minInlineSize: 0,
  selectors: {
    // The separator: a chevron drawn with two borders. Generated content with no text, so screen
    // readers have nothing to read, in every browser; in forced colours the borders take the text colour.
    '& + &::before': {
      content: '""',
      flex: 'none',
      inlineSize: '0.4em',
      blockSize: '0.4em',
      marginInline: `${vars.space.sm} ${vars.space.md}`,
      borderBlockStart: `${vars.borderWidth.thin} solid ${tokens.separator}`,
      borderInlineEnd: `${vars.borderWidth.thin} solid ${tokens.separator}`,
      // An empty box sits on the baseline; lifted a little, it points at the middle of the first
      // line of text, also when a long label wraps onto more lines.
      transform: 'translateY(-0.15em) rotate(45deg)',
    },
  },
});

export const current = part('item--current', {
  // Block padding to match the links' height, so a wrapped line keeps its rhythm.
  paddingBlock: vars.space.xxs,
});

export const link = part('link', {
  // Keeps each link at least 24 CSS px tall (WCAG 2.5.8).
  paddingBlock: vars.space.xxs,
  '@media': {
    // In print the trail stays as plain text: it tells the reader of a printed page where it sits
    // in the site. No underline, and no printed address after a step, should a print style add one.
    print: { textDecorationLine: 'none', selectors: { '&::after': { content: 'none' } } },
  },
});
