import { expect, it } from 'vitest';
import { layerNames, themeLayerName } from './layerOrder.js';
import { componentsLayer, resetLayer, themeLayer, tokensLayer } from './layers.css.js';

it('declares the layers the shipped order statement and createThemeCss name, in that order', () => {
  expect([resetLayer, tokensLayer, themeLayer, componentsLayer]).toEqual([...layerNames]);
  expect(themeLayer).toBe(themeLayerName);
});
