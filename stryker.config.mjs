// @ts-check
// Mutation testing (`npm run test:mutation`, weekly in .github/workflows/mutation.yml): Stryker
// changes the code every component trusts, one small change (a mutant) at a time, and runs the unit
// tests against each; a mutant no test notices is a behaviour no test pins down. Not part of
// `npm test`: a full run takes about 15 minutes on 2 cores. What is covered and what is left out,
// and why, is in the README's testing section.
const ci = Boolean(process.env.CI);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Folders, not files, so a helper that moves or is added between them is still mutated.
  mutate: [
    'src/{internal,i18n,tokens}/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.d.ts',
    // Styles: vanilla-extract files, evaluated at build time into CSS, which the browser suites check.
    '!src/**/*.css.ts',
    // Token values, not code: the palette and scales (primitives), the theme-independent and the
    // per-theme semantic tables (base, themes). A mutant there is a different colour or size,
    // which the contrast and visual suites judge, not a unit test.
    '!src/tokens/{primitives,base,themes}.ts',
    // Entry points that only re-export.
    '!src/**/index.ts',
  ],
  // Mutants that run only while a module loads (a module-level regular expression or table) would
  // need every test re-run in a fresh process, each: hours instead of minutes. Left out of the score.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  // 2 cores: CI has the machine to itself; on a shared workstation one runner leaves room for others
  // (STRYKER_CONCURRENCY overrides both).
  concurrency: Number(process.env.STRYKER_CONCURRENCY) || (ci ? 2 : 1),
  // Locally, a rerun tests only the mutants whose code or covering tests changed; CI always measures
  // everything from scratch.
  incremental: !ci,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The sandbox copy needs the sources, the test setup and the configs, not the browser suites' images.
  ignorePatterns: ['tests/browser', 'tests/consumers', 'bench', 'dist', 'storybook-static', 'coverage', '.cache', 'reports'],
  thresholds: { high: 90, low: 85, break: 85 },
  // A busy machine slows every test run; allow for it rather than count slow runs as timeouts.
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 15,
  tempDirName: '.stryker-tmp',
};

export default config;
