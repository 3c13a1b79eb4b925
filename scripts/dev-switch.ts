/**
 * `__DEV__`, the one development switch of the source (declared in src/env.d.ts). Every build
 * defines it as this guard, so the shipped code carries it inline: a consumer's production build
 * (which sets `process.env.NODE_ENV`) folds it to `false` and drops what it guards, warnings and
 * their texts included, and plain Node with NODE_ENV=production skips them too.
 */
export const devSwitch = { __DEV__: `(typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')` };
