import { basename, dirname, join } from 'node:path';
import { createCompiler, type Compiler } from '@vanilla-extract/compiler';
import { cssFileFilter } from '@vanilla-extract/integration';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
import { stableClassNames } from './class-names.js';
import { devSwitch } from './dev-switch.js';

/**
 * vanilla-extract in the package build, through its compiler: every `.css.ts` module becomes its
 * class names alone, so the built JavaScript imports no CSS. The compiler also reports, for each
 * style module, the style modules it needs in cascade order (the cascade layers of
 * src/styles/layers.css.ts always first); the shipped CSS files are made of those:
 * - `tokens.css`: what src/styles/themes.css.ts and src/styles/page.css.ts (the page base: no margin
 *   on `<body>`, the theme's surface, text colour and font) need, themselves included: no module of
 *   the package imports the page base, so it is named here;
 * - `css/<Name>.css`, one per line of src/components/registry.ts: what the style modules of that
 *   component need: the shared part (what src/styles/base.css.ts needs) and the rules of any other
 *   component it renders, a `/* <Name> *\/` line, then the rules of its own folder;
 * - `styles.css`: tokens.css, every component in registry order, then any other style module the
 *   package's JavaScript uses.
 */
export function stylesheets(root: string): Plugin {
  const tokens = join(root, 'src/styles/themes.css.ts');
  const pageBase = join(root, 'src/styles/page.css.ts');
  const base = join(root, 'src/styles/base.css.ts');
  const registry = join(root, 'src/components/registry.ts');
  const cssOf = new Map<string, string>();
  const neededBy = new Map<string, string[]>();
  let reported: string[] = [];
  let compiler: Compiler;

  /** The style modules that one needs, itself last, in cascade order. */
  const stylesNeeded = async (file: string): Promise<string[]> => {
    if (!neededBy.has(file)) {
      // The compiler reports them through `cssImportSpecifier` when it first compiles the module with its CSS.
      reported = [];
      await compiler.processVanillaFile(file, { outputCss: true });
      neededBy.set(file, reported);
    }
    return neededBy.get(file)!;
  };
  const css = (files: string[]) => files.map((file) => cssOf.get(file)).join('\n');
  const sheet = (what: string, body: string) => `/* bauhinia-ui: ${what}. Every rule sits in the bauhinia.* cascade layers. */\n${body}\n`;

  return {
    name: 'bauhinia:stylesheets',
    buildStart() {
      compiler = createCompiler({
        root,
        identifiers: stableClassNames(),
        enableFileWatcher: false,
        viteConfig: { define: devSwitch },
        cssImportSpecifier: async (file, text) => {
          reported.push(file);
          // Minified as Vite minifies CSS (build.cssMinify: 'esbuild'), one style module at a time.
          cssOf.set(file, (await transform(text, { loader: 'css', minify: true, charset: 'utf8', target: 'es2022' })).code.trim());
          return file;
        },
      });
    },
    async transform(_code, id) {
      if (!cssFileFilter.test(id)) return null;
      return { code: (await compiler.processVanillaFile(id, { outputCss: false })).source, map: { mappings: '' } };
    },
    async generateBundle() {
      /** The style modules a module of the bundle imports, directly or through other modules. */
      const styleModules = (id: string, seen = new Set<string>()): string[] => {
        if (seen.has(id)) return [];
        seen.add(id);
        if (cssFileFilter.test(id)) return [id];
        return (this.getModuleInfo(id)?.importedIds ?? []).flatMap((imported) => styleModules(imported, seen));
      };
      // Sequentially: each compilation reports into `reported`.
      const shared = new Set(await stylesNeeded(base));
      const everything = new Set([...(await stylesNeeded(tokens)), ...(await stylesNeeded(pageBase))]);
      this.emitFile({ type: 'asset', fileName: 'tokens.css', source: sheet('design tokens and themes', css([...everything])) });

      // The registry's lines: each imports a component folder's index module.
      const components = (this.getModuleInfo(registry)?.importedIds ?? []).filter((id) => basename(id) === 'index.ts' && dirname(dirname(id)) === dirname(registry));
      if (components.length === 0) throw new Error(`stylesheets: no component folders imported by ${registry}; has the registry moved?`);
      for (const component of components) {
        const name = basename(dirname(component));
        const files: string[] = [];
        for (const styles of styleModules(component)) files.push(...(await stylesNeeded(styles)));
        const needed = [...new Set(files)];
        needed.forEach((file) => everything.add(file));
        // A component that renders others (PageTemplate) needs their rules too: they go before the line, with the shared part.
        const ownFolder = dirname(component);
        const isOwn = (file: string) => !shared.has(file) && dirname(file) === ownFolder;
        const [common, own] = [needed.filter((file) => !isOwn(file)), needed.filter(isOwn)];
        this.emitFile({ type: 'asset', fileName: `css/${name}.css`, source: sheet(`${name} (needs tokens.css)`, `${css(common)}\n/* ${name} */\n${css(own)}`) });
      }

      const others = [...this.getModuleIds()].filter((id) => cssFileFilter.test(id));
      for (const styles of others) (await stylesNeeded(styles)).forEach((file) => everything.add(file));
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: sheet('tokens, themes and all components', css([...everything])) });
      // The types of the CSS subpaths in package.json `exports`.
      this.emitFile({ type: 'asset', fileName: 'css.d.ts', source: '// Types for the CSS subpaths: importing them only has a side effect.\nexport {};\n' });
    },
    async closeBundle() {
      await compiler.close();
    },
  };
}
