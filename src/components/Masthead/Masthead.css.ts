import { vars } from '../../tokens/contract.css.js';
import { componentRoot, focusable, focusRingRule, linkHoverRule, linkRule } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { componentGlobalStyle } from '../../styles/layered.js';
import { container } from '../../styles/container.css.js';
import { baseTokens } from '../../tokens/base.js';
import { mastheadDefinition } from './Masthead.definition.js';

const { root: rootClass, part } = classesOf(mastheadDefinition);
const { masthead: tokens } = componentTokens(mastheadDefinition);

// Left out of print: paper cannot follow a menu or switch language.
const screenOnly = { '@media': { print: { display: 'none' } } } as const;

export const root = rootClass([
  componentRoot,
  {
    backgroundColor: tokens.background,
    borderBlockStart: `${vars.borderWidth.accent} solid ${tokens.accentRule}`,
    borderBlockEnd: `${vars.borderWidth.thin} solid ${tokens.rule}`,
    // The Menu and the search follow the masthead's own width, in its own font size (a larger text
    // size switches to the Menu earlier), not the window's.
    containerType: 'inline-size',
  },
]);

// A query cannot read a custom property: the breakpoint comes from the token source.
const wide = `(min-inline-size: ${baseTokens.breakpoint.md})`;
const narrow = `not ${wide}`;

// Each row reaches both edges of the window (its background, its rule) with its content on the
// page's container, so the title lines up with the breadcrumbs, the content and the footer.
export const identity = part('identity', [
  container,
  {
    paddingBlock: vars.space.xs,
    backgroundColor: tokens.identityBackground,
    fontSize: vars.font.size.sm,
    ...screenOnly,
  },
]);

// The identity strip is the site's own content (a link to the government portal, say): its links
// take the theme's link colours and focus ring, so a site passes a plain <a>.
componentGlobalStyle(`${identity} a[href]`, linkRule);
componentGlobalStyle(`${identity} a[href]:hover`, linkHoverRule);
componentGlobalStyle(`${identity} a[href]:focus-visible`, focusRingRule);

// Brand and tools side by side while they fit; the tools wrap below the brand when they do not.
export const bar = part('bar', [
  container,
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: `${vars.space.md} ${vars.space.xl}`,
    paddingBlock: vars.space.lg,
  },
]);

export const brand = part('brand', { minInlineSize: 0, maxInlineSize: '100%' });

export const home = part('home', [
  focusable,
  {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: vars.space.md,
    maxInlineSize: '100%',
    color: 'inherit',
    textDecorationLine: 'none',
    textDecorationThickness: vars.link.underlineThickness,
    textUnderlineOffset: vars.link.underlineOffset,
    selectors: {
      '&:hover': { textDecorationLine: 'underline' },
      // The site's own address is no news on its own printed page.
      '&::after': { '@media': { print: { content: 'none' } } },
    },
  },
]);

export const logo = part('logo', { display: 'flex', flexShrink: 0, maxInlineSize: '100%' });

export const title = part('title', {
  minInlineSize: 0,
  fontSize: vars.font.size.xl,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.heading,
  color: vars.color.text.default,
});

export const tools = part('tools', {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: `${vars.space.sm} ${vars.space.lg}`,
  minInlineSize: 0,
  maxInlineSize: '100%',
  ...screenOnly,
});

// The navigation, then the search: one row on wide screens, the Menu bar above the search on narrow ones.
export const navRow = part('nav-row', [
  container,
  {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: vars.space.xl,
    borderBlockStart: `${vars.borderWidth.thin} solid ${tokens.rule}`,
    ...screenOnly,
  },
]);

export const nav = part('nav', { flex: 'auto' });

export const menu = part('menu', {
  // Wide: no Menu, the links in a row, where the browser can show a closed disclosure's content.
  '@supports': { 'selector(::details-content)': { '@container': { [wide]: { selectors: { '&::details-content': { contentVisibility: 'visible' } } } } } },
});

// Narrow: a full-width bar led by the browser's own disclosure marker (a summary's list-item
// marker), which turns when the Menu opens and keeps the text colour in forced colours, with no
// CSS of ours. The shared focus ring comes from `focusable` (in the base stylesheet).
export const menuButton = part('menu-button', [
  focusable,
  {
    cursor: 'pointer',
    color: vars.color.text.link,
    // A 44 px target with its text centred: a tall line, as the summary stays a list item for its
    // marker (as a flex row it would lose it).
    lineHeight: `calc(${vars.space.xxl} + ${vars.space.md})`,
    fontWeight: vars.font.weight.bold,
    '@supports': { 'selector(::details-content)': { '@container': { [wide]: { display: 'none' } } } },
  },
]);

// At the end of the links' row while both fit, on a line of its own below them (the Menu) when not.
export const search = part('search', { flex: '1 1 20em', paddingBlock: vars.space.sm });

// A wrapping row: at 320 px the links take two or three lines instead of scrolling sideways.
export const navList = part('nav-list', {
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: vars.space.xl,
  padding: 0,
  listStyle: 'none',
  // In the open Menu: one link a line, each as wide as its text, so the current link's bar stays
  // under its words (under a full-width link it would read as a separator).
  '@container': { [narrow]: { selectors: { [`${menu} &`]: { flexDirection: 'column', alignItems: 'flex-start' } } } },
});

export const navLink = part('nav-link', [
  focusable,
  {
    display: 'block',
    // Room for the current link's bar, so every link has the same height. Padding, not a
    // transparent border: forced colours would draw that border under every link.
    paddingBlock: `${vars.space.sm} calc(${vars.space.sm} + ${vars.borderWidth.accent})`,
    color: vars.color.text.link,
    fontWeight: vars.font.weight.medium,
    textDecorationLine: 'none',
    textDecorationThickness: vars.link.underlineThickness,
    textUnderlineOffset: vars.link.underlineOffset,
    selectors: { '&[href]:hover': { textDecorationLine: 'underline', color: vars.color.text.linkHover } },
  },
]);

// Not colour alone: a thick bar under the link, in the text colour, with bold text.
export const current = part('nav-link--current', {
  paddingBlockEnd: vars.space.sm,
  borderBlockEnd: `${vars.borderWidth.accent} solid ${tokens.currentIndicator}`,
  color: vars.color.text.default,
  fontWeight: vars.font.weight.bold,
});
