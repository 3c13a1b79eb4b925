import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { keepStyleSources } from './scripts/keep-style-sources.js';

/** Shared by Storybook and Vitest. The package build has its own config: vite.lib.config.ts. */
export default defineConfig({
  plugins: [react(), vanillaExtractPlugin({ identifiers: 'debug' }), keepStyleSources()],
});
