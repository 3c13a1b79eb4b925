import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// Salting class names with the version keeps two copies of the package on one page apart.
const versionTag = createHash('sha256').update(version).digest('base64url').replace(/[^a-z0-9]/gi, '').slice(0, 3).toLowerCase();

// Compiled `.css.ts` modules must not ship as `*.css.js`: a consumer's own vanilla-extract plugin would swallow them.
// package.json marks only shipped CSS as side-effectful, which would let the build drop the
// stylesheet sources themselves; keep them.
const styleSource = /\.css\.ts($|\?)|\.vanilla\.css/;
const keepStyleSources = (): Plugin => ({
  name: 'bauhinia:keep-style-sources',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/\.css(\.ts|\.js)?($|\?)/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && styleSource.test(resolved.id) ? { ...resolved, moduleSideEffects: true } : resolved;
  },
});

const jsName = (name: string) => `${name.replace(/\.css$/, '.styles')}.js`;

export default defineConfig({
  plugins: [
    react(),
    vanillaExtractPlugin({ identifiers: ({ hash }) => `bh${versionTag}_${hash}` }),
    keepStyleSources(),
  ],
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
      external: [/^react($|\/)/, /^react-dom($|\/)/],
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
