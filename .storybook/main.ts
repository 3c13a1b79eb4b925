import type { StorybookConfig } from '@storybook/react-vite';
import type { Plugin } from 'vite';

// package.json marks only shipped *.css as side-effectful, so a production build (the static
// Storybook) would drop the modules that only register global styles: tokens, themes, layers.
const keepGlobalStyles = (): Plugin => ({
  name: 'bauhinia:storybook-keep-global-styles',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/\.css(\.ts|\.js)?($|\?)|css-entry(\.js)?$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && /\.css\.ts($|\?)|\.vanilla\.css|css-entry\.ts$/.test(resolved.id) ? { ...resolved, moduleSideEffects: true } : resolved;
  },
});

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), keepGlobalStyles()] }),
};

export default config;
