import { expect, it } from 'vitest';
import { layerNames, themeLayerName } from './layerOrder.js';
import { componentsLayer, resetLayer, tokensLayer } from './layers.css.js';

it('declares the layers the shipped order statement and createThemeCss name, in that order', () => {
  // The theme layer has no rules of ours to put in it: tests/node/package.test.ts reads its place in the compiled order.
  expect([resetLayer, tokensLayer, themeLayerName, componentsLayer]).toEqual([...layerNames]);
});
