import { defineConfig, mergeConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import viteConfig from './vite.config.js';
import { accessibilityTree, emulateMedia } from './tests/support/browser-commands.js';

const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
const chromium = playwright({ launchOptions: chromiumLaunch });
// The hydration project's browser runs in another time zone than the Node side that renders the
// server HTML (tests/support/ssr-hydration-setup.ts), so a zone-dependent date would mismatch.
const chromiumInLosAngeles = playwright({
  launchOptions: chromiumLaunch,
  contextOptions: { timezoneId: 'America/Los_Angeles' },
});
// The browser project's window is tall enough that the test iframe is never scaled down, so a full
// newsletter page fits in one unscaled screenshot (tests/browser/visual.test.tsx).
const chromiumTall = playwright({ launchOptions: chromiumLaunch, contextOptions: { viewport: { width: 1400, height: 9000 } } });
// Vitest writes into `instances`, so every browser project needs its own object.
const browser = (provider = chromium) => ({
  enabled: true,
  headless: true,
  provider,
  instances: [{ browser: 'chromium' as const }],
  viewport: { width: 1280, height: 800 },
  // Failure screenshots would land beside the committed baselines; the diffs are enough.
  screenshotFailures: false,
});

export default mergeConfig(
  viteConfig,
  defineConfig({
    optimizeDeps: { include: ['axe-core', 'vitest-browser-react', 'react', 'react-dom', 'react-dom/client', 'react-dom/server', 'react/jsx-dev-runtime', 'fast-check', 'parse5'] },
    test: {
      // The projects run in three groups, one after another (sequence.groupOrder): unit and node, then
      // browser, then hydration and storybook. All at once, three Chromium instances, three Vite servers
      // and the Node workers oversubscribe a 2-core machine; under load, browser test files then failed
      // to load ("Failed to fetch dynamically imported module").
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: ['src/**/*.browser.test.{ts,tsx}'],
            setupFiles: ['tests/setup/jsdom.ts'],
            sequence: { groupOrder: 0 },
          },
        },
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['tests/node/**/*.test.{ts,tsx}'],
            sequence: { groupOrder: 0 },
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['src/**/*.browser.test.{ts,tsx}', 'tests/browser/**/*.test.{ts,tsx}'],
            exclude: ['tests/browser/hydration.test.tsx'],
            setupFiles: ['tests/setup/browser.ts'],
            browser: { ...browser(chromiumTall), commands: { emulateMedia, accessibilityTree } },
            testTimeout: 60_000,
            sequence: { groupOrder: 1 },
          },
        },
        {
          extends: true,
          test: {
            name: 'hydration',
            include: ['tests/browser/hydration.test.tsx'],
            globalSetup: ['tests/support/ssr-hydration-setup.ts'],
            setupFiles: ['tests/setup/browser.ts'],
            browser: browser(chromiumInLosAngeles),
            testTimeout: 60_000,
            sequence: { groupOrder: 2 },
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: '.storybook' })],
          test: { name: 'storybook', browser: browser(), testTimeout: 60_000, sequence: { groupOrder: 2 } },
        },
      ],
    },
  }),
);
