import { classesOf } from '../../contract/classes.js';
import { pageTemplateDefinition } from './PageTemplate.definition.js';

const { root: rootClass, part } = classesOf(pageTemplateDefinition);

// The frame's parts stacked in a column, each spanning the width (each lines its content up on the
// page's container itself). No type or colour here: the page base of the theme element gives those,
// and a site's own body styles still reach the page. When the template is given a height (say
// `min-block-size: 100vh`), `<main>` takes what is left, so the footer stays at the bottom of a short page.
export const root = rootClass({
  display: 'flex',
  flexDirection: 'column',
  minBlockSize: '100%',
});

export const main = part('main', { flexGrow: 1 });
