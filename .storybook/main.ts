import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The logo and icon of the manager's brand (.storybook/manager.ts), served at ./brand/.
  staticDirs: [{ from: './brand', to: '/brand' }],
  managerHead: (head) => `${head}
    <title>Bauhinia UI</title>
    <link rel="icon" type="image/svg+xml" href="./brand/bauhinia-ui-mark.svg" />`,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
};

export default config;
