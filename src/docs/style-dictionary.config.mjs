// Style Dictionary 5 set-up for bauhinia-ui's DTCG token files: it writes the same `--bh-*`
// variables, with the same values, as the package's tokens.css. Copy this file into your project.
// The Theming guide shows it, and tests/node/dtcg.test.ts builds every theme with it.
//
//   import { fileURLToPath } from 'node:url';
//   import StyleDictionary from 'style-dictionary';
//   import { bauhiniaStyleDictionary } from './style-dictionary.config.mjs';
//   const sd = new StyleDictionary(bauhiniaStyleDictionary({
//     include: [fileURLToPath(import.meta.resolve('bauhinia-ui/tokens.dtcg.json'))],
//     source: ['tokens/our-brand.json'], // your changes, which win
//     buildPath: 'build/',
//   }));
//   await sd.buildAllPlatforms(); // build/bauhinia-tokens.css

const extension = 'io.github.bauhinia-ui';
// Tier 1 groups: semantic tokens point at them; tokens.css has no variables for them.
const primitiveGroups = ['palette', 'fontStack'];

const genericFamilies = new Set([
  ...['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'math', 'emoji', 'fangsong'],
  ...['system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded'],
]);

const fontName = (name) => (/^[a-z][a-z0-9]*$/i.test(name) || genericFamilies.has(name) ? name : `"${name}"`);

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

// tokens.css writes a zero length without a unit; DTCG requires one.
const dimension = (value) => (isObject(value) ? (value.value === 0 ? '0' : `${value.value}${value.unit}`) : value);

const channel = (component) => Math.round(component * 255);
const colour = (value) => {
  if (!isObject(value)) return value; // a reference, already resolved to CSS
  const [r, g, b] = value.components.map(channel);
  return value.alpha === undefined || value.alpha === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${value.alpha})`;
};

const shadowLayer = (layer) => {
  if (!isObject(layer)) return layer;
  const lengths = [layer.offsetX, layer.offsetY, layer.blur, layer.spread].map(dimension);
  if (lengths[3] === '0') lengths.pop();
  return `${layer.inset ? 'inset ' : ''}${lengths.join(' ')} ${colour(layer.color)}`;
};

/** Value transforms for what Style Dictionary's own CSS transforms write differently or not at all. */
export const bauhiniaTransforms = {
  // Style Dictionary 5 prints a DTCG duration object as "[object Object]".
  'bauhinia/duration': {
    type: 'value',
    filter: (token) => token.$type === 'duration' && isObject(token.$value),
    transform: (token) => `${token.$value.value}${token.$value.unit}`,
  },
  'bauhinia/dimension': {
    type: 'value',
    filter: (token) => token.$type === 'dimension' && isObject(token.$value),
    transform: (token) => dimension(token.$value),
  },
  // Every name in double quotes but one-word names and CSS's generic families, as tokens.css writes them.
  'bauhinia/font-family': {
    type: 'value',
    filter: (token) => token.$type === 'fontFamily' && typeof token.$value !== 'string',
    transform: (token) => token.$value.map(fontName).join(', '),
  },
  'bauhinia/shadow': {
    type: 'value',
    filter: (token) => token.$type === 'shadow' && typeof token.$value !== 'string',
    transform: (token) => [token.$value].flat().map(shadowLayer).join(', '),
  },
  // Last: a value DTCG has no form for (clamp(), em, ch, %, a shadow of none) carries its exact CSS.
  'bauhinia/css': {
    type: 'value',
    filter: (token) => typeof token.$extensions?.[extension]?.css === 'string',
    transform: (token) => token.$extensions[extension].css,
  },
};

/**
 * A complete Style Dictionary config: the `include` files (bauhinia-ui's), overridden by the `source`
 * files (yours), written as one CSS file of custom properties on `selector`.
 */
export function bauhiniaStyleDictionary({ include = [], source, buildPath, destination = 'bauhinia-tokens.css', selector = ':root' }) {
  return {
    include,
    source,
    hooks: { transforms: bauhiniaTransforms },
    platforms: {
      css: {
        prefix: 'bh',
        buildPath,
        transforms: ['name/kebab', 'color/css', 'cubicBezier/css', ...Object.keys(bauhiniaTransforms)],
        files: [
          {
            destination,
            format: 'css/variables',
            filter: (token) => !primitiveGroups.includes(token.path[0]),
            // No comments: the descriptions speak of the DTCG stand-ins, which CSS does not use.
            options: { selector, outputReferences: false, formatting: { commentStyle: 'none' } },
          },
        ],
      },
    },
  };
}
