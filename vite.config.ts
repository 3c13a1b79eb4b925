import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { stableClassNames } from './scripts/class-names.js';
import { devSwitch } from './scripts/dev-switch.js';
import { keepStyleSources } from './scripts/keep-style-sources.js';

/** Shared by Storybook and Vitest. The package build has its own config: vite.lib.config.ts. */
export default defineConfig({
  define: devSwitch,
  plugins: [react(), vanillaExtractPlugin({ identifiers: stableClassNames() }), keepStyleSources()],
});
