import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { stableClassNames } from './scripts/class-names.js';
import { sourceDevSwitch } from './scripts/dev-switch.js';
import { keepStyleSources } from './scripts/keep-style-sources.js';

/** Shared by Storybook and Vitest. The package build has its own config: vite.lib.config.ts. */
export default defineConfig({
  define: sourceDevSwitch,
  // The pages (src/pages) import the package by its name, as a site does; here it is the source.
  resolve: { alias: [{ find: /^bauhinia-ui$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) }] },
  plugins: [react(), vanillaExtractPlugin({ identifiers: stableClassNames() }), keepStyleSources()],
});
