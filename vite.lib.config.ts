import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { stableClassNames } from './scripts/class-names.js';
import { devSwitch } from './scripts/dev-switch.js';
import { keepStyleSources } from './scripts/keep-style-sources.js';

// Compiled `.css.ts` modules must not ship as `*.css.js`: a consumer's own vanilla-extract plugin would swallow them.
const jsName = (name: string) => `${name.replace(/\.css$/, '.styles')}.js`;

export default defineConfig({
  define: devSwitch,
  plugins: [react(), vanillaExtractPlugin({ identifiers: stableClassNames() }), keepStyleSources()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    cssMinify: 'esbuild',
    cssCodeSplit: true,
    sourcemap: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'tokens/index': 'src/tokens/index.ts',
        // Pulls the global stylesheets (layers, themes, base) into the build; scripts/build.mjs assembles the CSS and drops this entry.
        'css-entry': 'src/styles/css-entry.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      checks: { pluginTimings: false },
      // The peers, and the runtime dependencies of bauhinia-ui/tokens (css-tree, culori), which the package installs.
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^css-tree($|\/)/, /^culori($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) => jsName(chunk.name),
        chunkFileNames: (chunk) => jsName(chunk.name),
        assetFileNames: '_css/[name][extname]',
      },
    },
  },
});
