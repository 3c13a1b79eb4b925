import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { downloadLinkDefinition } from './DownloadLink.definition.js';

const { root: rootClass, part } = classesOf(downloadLinkDefinition);

const iconSize = `calc(${vars.size.icon} * 1.25)`;

export const root = rootClass([componentRoot, { display: 'flex', alignItems: 'start', gap: vars.space.xs }]);

// A page with a folded corner, and an arrow pointing down on it: 10 units, 1-unit strokes, drawn as
// a mask, so the icon is plain CSS in the link's colour and the markup only an empty <span>.
const documentIcon =
  `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10' fill='none' stroke='black' stroke-linecap='round' stroke-linejoin='round'%3E%3Cpath d='M6 .75H2.25v8.5h5.5v-6.5zM6 .75v2.25h1.75M5 4.25v3M3.75 6 5 7.25 6.25 6'/%3E%3C/svg%3E")`;

// Centred on the first line of the link, in the link's colour.
export const icon = part('icon', {
  flex: 'none',
  inlineSize: iconSize,
  blockSize: iconSize,
  marginBlockStart: `calc((1lh - ${iconSize}) / 2)`,
  color: vars.color.text.link,
  backgroundColor: 'currentColor',
  mask: `${documentIcon} center / contain no-repeat`,
  '@media': {
    // Forced colours would paint the background in the page's own colour, hiding the icon.
    '(forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'LinkText' },
    print: { display: 'none' },
  },
});

export const link = part('link', { minInlineSize: 0 });

// The link's own colour: a muted grey inside a link would fall below 4.5:1 for no gain.
export const meta = part('meta', { fontWeight: vars.font.weight.regular });
