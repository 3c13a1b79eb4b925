/**
 * `__DEV__`, the one development switch of the source (declared in src/env.d.ts).
 *
 * The package build defines it as a bare `process.env.NODE_ENV` check, so the shipped code carries
 * that expression inline at every warning. It is the one expression every bundler replaces at build
 * time (Vite in dev and build, webpack and Next.js, esbuild for the browser, Parcel, Rollup's
 * replace plugin) and that Node reads at run time: a development build keeps the warnings, a
 * production build folds the check to `false` and drops what it guards, the message texts
 * included. (A `typeof process` guard would hide every warning from browser apps: it stays after
 * bundling and is false in a browser.) A page that loads the package with no bundler uses
 * dist/browser.js, built for production (see scripts/build.mjs).
 */
export const devSwitch = { __DEV__: `(process.env.NODE_ENV !== 'production')` };

/**
 * The same switch for the tools that run the source (Storybook, Vitest), resolved when they load
 * their config: Vite's dev client also evaluates every define in the browser, where there is no
 * `process` to read. In parentheses, so it is no JSON: Vitest turns a define that parses as JSON
 * into a global of its test workers only, which code run in the main process (the hydration
 * suite's global setup) would not see.
 */
export const sourceDevSwitch = { __DEV__: `(${process.env.NODE_ENV !== 'production'})` };
