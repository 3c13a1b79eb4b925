// Writes dist/text-size.js (bauhinia-ui/text-size.js): TextSizeControl for template pages, which
// include it with `<script src="…/text-size.js" defer></script>`. One minified classic script with
// no framework and no imports, built from src/components/TextSizeControl/text-size.ts with the
// package's class names (the same stableClassNames the library build gives vanilla-extract).
// Run by scripts/build.mjs: node --import tsx scripts/build-text-size.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { build, type Rolldown } from 'vite';
import { stableClassNames } from './class-names.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = (await build({
  configFile: false,
  logLevel: 'warn',
  root,
  plugins: [vanillaExtractPlugin({ identifiers: stableClassNames() })],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: join(root, 'src', 'components', 'TextSizeControl', 'text-size.ts'), formats: ['iife'], name: 'bauhiniaTextSize', fileName: () => 'text-size.js' },
  },
})) as Rolldown.RolldownOutput[];
const chunks = output.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
if (chunks.length !== 1) throw new Error(`build-text-size: expected one script, got ${chunks.length}`);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'text-size.js'), chunks[0]!.code);
