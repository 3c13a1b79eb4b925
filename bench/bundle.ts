/**
 * Shared by the benchmark (bench/run.ts) and the size budgets (tests/node/budgets.test.ts): pack the
 * library, unpack the tarball into a consumer folder, and bundle entries the way a consumer's
 * production build would (Vite, minified ESM, React external), then measure the bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform as transformCss } from 'lightningcss';
import { build, type Plugin, type Rolldown } from 'vite';
import { blockName } from '../src/contract/definition.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The components the packed package registers, by name: read from the package itself. */
export async function registeredComponents(consumerDir: string): Promise<string[]> {
  const dist = join(consumerDir, 'node_modules', 'bauhinia-ui', 'dist');
  const { definitions } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { definitions: ReadonlyArray<{ name: string }> };
  return definitions.map((d) => d.name);
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizes(text: string | Buffer): Sizes {
  const buffer = Buffer.isBuffer(text) ? text : Buffer.from(text);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

/** Runs the package build (optional) and `npm pack`; returns the tarball path. */
export function pack(workDir: string, { buildFirst = false } = {}): string {
  if (buildFirst || !existsSync(join(root, 'dist', 'index.js'))) {
    execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  mkdirSync(workDir, { recursive: true });
  for (const old of readdirSync(workDir).filter((f) => f.endsWith('.tgz'))) rmSync(join(workDir, old));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', workDir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [info] = JSON.parse(out) as Array<{ filename: string }>;
  return join(workDir, info!.filename);
}

/**
 * A consumer folder holding the unpacked tarball as node_modules/bauhinia-ui, with React and the
 * package's own dependencies linked from this repository (bundles keep React external; the links
 * serve server rendering and bauhinia-ui/tokens).
 */
export function unpackConsumer(tarball: string, consumerDir: string): string {
  rmSync(consumerDir, { recursive: true, force: true });
  const modules = join(consumerDir, 'node_modules');
  mkdirSync(join(modules, 'bauhinia-ui'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'bauhinia-ui'), '--strip-components=1']);
  const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const name of ['react', 'react-dom', 'scheduler', ...Object.keys(dependencies)]) symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
  writeFileSync(join(consumerDir, 'package.json'), JSON.stringify({ name: 'bench-consumer', private: true, type: 'module' }));
  return consumerDir;
}

/**
 * Entries outside the consumer folder import the package as a site would: the benchmark's pages
 * (bench/) and the reference pages (src/pages) import `bauhinia-ui`, which resolves to the unpacked
 * tarball, not to the source.
 */
function pagesFromPackage(consumerDir: string): Plugin {
  const anchor = join(consumerDir, 'entry.js');
  return {
    name: 'bench:pages-from-package',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(consumerDir) || source !== 'bauhinia-ui') return null;
      return this.resolve('bauhinia-ui', anchor, { ...options, skipSelf: true });
    },
  };
}

export interface BundleResult {
  code: string;
  file: string;
  sizes: Sizes;
}

/**
 * Bundles one entry module (source text, written into the consumer folder) as a production
 * consumer build would: minified ESM, `process.env.NODE_ENV` = production, React external.
 */
export async function bundle(consumerDir: string, name: string, entrySource: string, { minify = true } = {}): Promise<BundleResult> {
  const entry = join(consumerDir, `${name}.entry.jsx`);
  writeFileSync(entry, entrySource);
  const outDir = join(consumerDir, 'out', name);
  const output = (await build({
    configFile: false,
    root: consumerDir,
    mode: 'production',
    logLevel: 'silent',
    plugins: [pagesFromPackage(consumerDir)],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      write: true,
      minify,
      target: 'es2022',
      copyPublicDir: false,
      rolldownOptions: {
        input: entry,
        external: [/^react($|\/)/, /^react-dom($|\/)/],
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: `${name}.js`, codeSplitting: false },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`bundle ${name}: expected one chunk, got ${chunks.map((c) => c.fileName).join(', ')}`);
  const code = chunks[0]!.code;
  return { code, file: join(outDir, `${name}.js`), sizes: sizes(code) };
}

export const componentEntry = (names: readonly string[]) =>
  `import { ${names.join(', ')} } from 'bauhinia-ui';\nexport { ${names.join(', ')} };\n`;

/** The reference newsletter article page (src/pages), with its content in three languages. */
export const articleEntry = () =>
  `export { NewsletterArticle } from ${JSON.stringify(join(root, 'src', 'pages', 'NewsletterArticle.tsx'))};\n`;

/** Every export of a file of bench/ (a page of the benchmark). */
export const benchFileEntry = (file: string) => `export * from ${JSON.stringify(join(root, 'bench', file))};\n`;

export const libraryEntry = () => `export * from 'bauhinia-ui';\n`;

export interface CssSizes extends Sizes {
  file: string;
  shipped: number;
  /** For css/<Name>.css: the component's own rules, after the shared base (see scripts/stylesheets.ts). */
  own?: Sizes;
}

const minifyCss = (filename: string, text: string) => Buffer.from(transformCss({ filename, code: Buffer.from(text), minify: true }).code);

/** Every stylesheet in the unpacked package, minified with lightningcss, then compressed. */
export function cssSizes(consumerDir: string): CssSizes[] {
  const dist = join(consumerDir, 'node_modules', 'bauhinia-ui', 'dist');
  const files = ['styles.css', 'tokens.css', ...readdirSync(join(dist, 'css')).map((f) => `css/${f}`)];
  return files.map((file) => {
    const text = readFileSync(join(dist, file), 'utf8');
    const name = basename(file, '.css');
    // A component's file is the shared base, then a `/* <Name> */` line and its own rules.
    const ownStart = file.startsWith('css/') ? text.indexOf(`/* ${name} */`) : -1;
    return {
      file,
      shipped: Buffer.byteLength(text),
      ...sizes(minifyCss(basename(file), text)),
      ...(ownStart >= 0 ? { own: sizes(minifyCss(basename(file), text.slice(ownStart))) } : {}),
    };
  });
}

/** The registered components a rendered page shows: those whose root class (`bh-quote-block`) it uses. */
export function componentsIn(html: string, components: readonly string[]): string[] {
  const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/)));
  return components.filter((name) => classes.has(`bh-${blockName({ name })}`));
}

/**
 * The CSS of a site that imports `tokens.css` and the per-component stylesheets of `components`
 * instead of `styles.css`: the files joined in that order, as a bundler would, then minified with
 * lightningcss. Each file carries the shared base, so it repeats once per component (gzip absorbs
 * most of that).
 */
export function componentStylesheetSizes(consumerDir: string, components: readonly string[]): Sizes {
  const dist = join(consumerDir, 'node_modules', 'bauhinia-ui', 'dist');
  const files = ['tokens.css', ...components.map((name) => `css/${name}.css`)];
  return sizes(minifyCss('page.css', files.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n')));
}
