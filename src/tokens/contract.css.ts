import { createGlobalThemeContract } from '@vanilla-extract/css';
import { baseTokens } from './base.js';
import { mapTokens, tokenVarName } from './naming.js';
import { themes } from './themes.js';

/**
 * Every semantic token as a `var(--bh-*)` reference, for styles and inline use. Component tokens
 * (`--bh-component-*`) are declared by each component's own stylesheet from its definition.
 */
export const vars = createGlobalThemeContract(mapTokens({ ...baseTokens, ...themes.default }, (path) => tokenVarName(path)));
