import { createGlobalThemeContract } from '@vanilla-extract/css';
import { baseTokens } from './base.js';
import { componentTokens } from './component.js';
import { mapTokens, tokenVarName } from './naming.js';
import { themes } from './themes.js';

const semanticShape = { ...baseTokens, ...themes.default };
// The shape only: leaf values are placeholders that createGlobalThemeContract names through tokenVarName.
const componentShape = componentTokens(mapTokens(themes.default, () => ''));

/** Every token as a `var(--bh-*)` reference, for styles and inline use. */
export const vars = createGlobalThemeContract(
  mapTokens({ ...semanticShape, component: componentShape }, (path) => tokenVarName(path)),
);
