/**
 * The classes every component shares, with what each does; like a component's parts, they are
 * public and named `bh-<name>` (src/styles/base.css.ts gives them their rules).
 */
export const sharedClasses = {
  component: 'The root of every component: type, colour and line breaking from the tokens, and a scoped reset.',
  focusable: 'The visible focus ring of a focusable part.',
  link: 'A link in the components\' style: underlined, in the link colour, with the focus ring.',
  'visually-hidden': 'Text for screen readers only.',
  container:
    "The page's container: the masthead's rows, the breadcrumbs, the PageLayout and the footer line up on it at every width (content at most 64rem wide, centred, with a gutter at each side; no second gutter inside another container).",
} as const;
