import { globalLayer } from '@vanilla-extract/css';

/**
 * Every Bauhinia rule lives in one of these layers, declared once and in this order (the names and
 * what each holds: `layerOrder.ts`). A site's own unlayered CSS always wins; a site can also slot its
 * own layers before or after `bauhinia`.
 */
const bauhiniaLayer = globalLayer('bauhinia');
export const resetLayer = globalLayer({ parent: bauhiniaLayer }, 'reset');
export const tokensLayer = globalLayer({ parent: bauhiniaLayer }, 'tokens');
// Empty in the library's own CSS: `createThemeCss` writes a site's theme here (layerOrder.ts).
globalLayer({ parent: bauhiniaLayer }, 'theme');
export const componentsLayer = globalLayer({ parent: bauhiniaLayer }, 'components');
