import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { devSwitch } from './scripts/dev-switch.js';
import { stylesheets } from './scripts/stylesheets.js';
import { templates } from './scripts/templates.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | { default: string }>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

// The JavaScript entry points are the ones package.json exports: `./dist/x.js` is built from `src/x.ts`,
// and `bauhinia-ui/tokens` from the theming folder's index (src/tokens/ holds the token source, the
// bottom of the stack, and the entry re-exports the theming tools above the registry).
// `bauhinia-ui/text-size.js` is no module but a classic script: scripts/build-text-size.ts builds it.
const sources: Record<string, string> = { 'tokens/index': 'src/theming/index.ts' };
const scripts = ['text-size'];
const entry = Object.fromEntries(
  Object.values(pkg.exports)
    .flatMap((target) => /^\.\/dist\/([^*]+)\.js$/.exec(typeof target === 'string' ? target : target.default)?.slice(1) ?? [])
    .filter((name) => !scripts.includes(name))
    .map((name) => [name, sources[name] ?? `src/${name}.ts`]),
);
// What the package depends on at run time stays an import of it, subpaths included.
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
// Node's own modules too: bauhinia-ui/nunjucks runs in Node.
const external = (id: string) => id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));
// Compiled `.css.ts` modules must not ship as `*.css.js`: a consumer's own vanilla-extract plugin would swallow them.
const jsName = (name: string) => `${name.replace(/\.css$/, '.styles')}.js`;

export default defineConfig({
  define: devSwitch,
  plugins: [
    react(),
    stylesheets(root),
    // The Nunjucks macros, beside bauhinia-ui/nunjucks: dist/nunjucks/<kebab-name>/macro.njk.
    templates(root),
    // Declarations of the library's modules (tsconfig.build.json); style modules have none, their class names are internal.
    // An entry built from a module of another name (`tokens/index`) gets a declaration that re-exports that module's.
    dts({
      tsconfigPath: 'tsconfig.build.json',
      // Nor do TextSizeControl's script for template pages and its enhancer (dist/text-size.js, no module).
      exclude: ['src/**/*.css.ts', 'src/components/TextSizeControl/text-size.ts', 'src/components/TextSizeControl/TextSizeControl.enhancer.ts'],
      insertTypesEntry: true,
      afterDiagnostic: (diagnostics) => {
        if (diagnostics.length > 0) throw new Error(`build: ${diagnostics.length} type error(s), listed above`);
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    lib: { entry, formats: ['es'] },
    rolldownOptions: {
      checks: { pluginTimings: false },
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) => jsName(chunk.name),
        chunkFileNames: (chunk) => jsName(chunk.name),
      },
    },
  },
});
