import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // Edge-case stories (10,000-character names, unsafe URLs, invalid dates, 320 px) are tested like
  // every story but left out of the sidebar by default: its tag filter menu shows them again.
  tags: { 'edge-case': { defaultFilterSelection: 'exclude' } },
  // The logo and icon of the manager's brand (.storybook/manager.ts), served at ./brand/.
  staticDirs: [{ from: './brand', to: '/brand' }],
  managerHead: (head) => `${head}
    <title>Bauhinia UI</title>
    <link rel="icon" type="image/svg+xml" href="./brand/bauhinia-ui-mark.svg" />`,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
};

export default config;
