import type { Plugin } from 'vite';

/**
 * package.json marks only shipped `*.css` as side-effectful, so a production build of the static
 * Storybook would drop the modules that only register global styles: layers, tokens, themes. This
 * keeps every style source and the global stylesheet entry. (The package build compiles styles
 * itself: scripts/stylesheets.ts.)
 */
export function keepStyleSources(): Plugin {
  const styleSource = /\.css\.ts($|\?)|\.vanilla\.css|css-entry\.ts$/;
  return {
    name: 'bauhinia:keep-style-sources',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\.css(\.ts|\.js)?($|\?)|css-entry(\.js)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && styleSource.test(resolved.id) ? { ...resolved, moduleSideEffects: true } : resolved;
    },
  };
}
