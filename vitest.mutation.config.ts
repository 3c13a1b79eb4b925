// The tests Stryker runs against each mutant (stryker.config.mjs, `npm run test:mutation`): the jsdom
// unit tests beside the source, the same files as vitest.config.ts's `unit` project, without the
// browser, hydration, Storybook and node suites (builds, packing, consumer apps), which take minutes
// each and would be run again for every mutant they cover. One project of its own: Stryker's vitest
// runner loads a config, not a project of one.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.js';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      exclude: ['src/**/*.browser.test.{ts,tsx}'],
      setupFiles: ['tests/setup/jsdom.ts'],
    },
  }),
);
