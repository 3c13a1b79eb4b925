import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf } from '../../contract/classes.js';
import { downloadLinkDefinition } from './DownloadLink.definition.js';

const { root: rootClass, part } = classesOf(downloadLinkDefinition);

const iconSize = `calc(${vars.size.icon} * 1.25)`;

export const root = rootClass([componentRoot, { display: 'flex', alignItems: 'start', gap: vars.space.xs }]);

// Centred on the first line of the link, in the link's colour.
export const icon = part('icon', {
  flex: 'none',
  inlineSize: iconSize,
  blockSize: iconSize,
  marginBlockStart: `calc((1lh - ${iconSize}) / 2)`,
  color: vars.color.text.link,
  fill: 'none',
  stroke: 'currentColor',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  '@media': { print: { display: 'none' } },
});

export const link = part('link', { minInlineSize: 0 });

// The link's own colour: a muted grey inside a link would fall below 4.5:1 for no gain.
export const meta = part('meta', { fontWeight: vars.font.weight.regular });
