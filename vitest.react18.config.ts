// The SSR and hydration suites against React 18.3, installed by scripts/test-react18.mjs into a
// throwaway folder named by BAUHINIA_REACT18_DIR. Every `react`/`react-dom` import resolves there.
import { join, resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import viteConfig from './vite.config.js';

const dir = process.env.BAUHINIA_REACT18_DIR;
if (!dir) throw new Error('BAUHINIA_REACT18_DIR is not set: run `npm run test:react18`.');
const modules = join(resolve(dir), 'node_modules');

const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
  contextOptions: { timezoneId: 'America/Los_Angeles' },
});

export default mergeConfig(
  viteConfig,
  defineConfig({
    resolve: {
      alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${modules}/$1$2` }],
      dedupe: ['react', 'react-dom'],
    },
    optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime'] },
    cacheDir: join(resolve(dir), 'vite-cache'),
    test: {
      provide: { expectedReactVersion: '18.3.1' },
      projects: [
        {
          extends: true,
          test: { name: 'react18-node', environment: 'node', include: ['tests/node/ssr.test.tsx'] },
        },
        {
          extends: true,
          test: {
            name: 'react18-hydration',
            include: ['tests/browser/hydration.test.tsx'],
            globalSetup: ['tests/support/ssr-hydration-setup.ts'],
            setupFiles: ['tests/setup/browser.ts'],
            browser: { enabled: true, headless: true, provider: chromium, instances: [{ browser: 'chromium' }], viewport: { width: 1280, height: 800 } },
            testTimeout: 60_000,
          },
        },
      ],
    },
  }),
);
