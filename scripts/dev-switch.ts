/**
 * `__DEV__`, the one development switch of the source (declared in src/env.d.ts). Every build
 * defines it as a bare `process.env.NODE_ENV` check, so the shipped code carries that expression
 * inline at every warning. It is the one expression every bundler replaces at build time (Vite in
 * dev and build, webpack and Next.js, esbuild for the browser, Parcel, Rollup's replace plugin) and
 * that Node reads at run time: a development build keeps the warnings, a production build folds the
 * check to `false` and drops what it guards, the message texts included. (A `typeof process` guard
 * would hide every warning from browser apps: it stays after bundling and is false in a browser.)
 * A page that loads the files with no bundler at all must get them from an ESM CDN that replaces
 * it, as it must for React itself (README, "Without a bundler").
 */
export const devSwitch = { __DEV__: `(process.env.NODE_ENV !== 'production')` };
