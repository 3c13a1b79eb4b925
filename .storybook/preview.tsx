import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles/css-entry.js';
import { storyRoot } from './preview.css.js';

const themes = ['default', 'dark', 'high-contrast'] as const;
const locales = ['en', 'zh-Hant', 'zh-Hans'] as const;

// The toolbars set `data-theme` and `lang` on the story root; a story that fixes its own
// `locale` arg keeps it, and the root's `lang` follows it.
const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = (context.globals.theme as string | undefined) ?? 'default';
  const locale = (context.args.locale as string | undefined) ?? (context.globals.locale as string | undefined) ?? 'en';
  const args = 'locale' in context.argTypes ? { ...context.args, locale } : context.args;
  return (
    <div className={storyRoot} data-theme={theme} lang={locale}>
      <Story args={args} />
    </div>
  );
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...themes], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-Hant', title: '繁體中文' },
          { value: 'zh-Hans', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'en' },
  decorators: [withThemeAndLocale],
  parameters: {
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } } },
    layout: 'fullscreen',
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Introduction', 'Guides', ['Getting started', 'Theming', 'Theme playground', 'Languages', 'Accessibility', 'Writing for Bauhinia'], 'Foundations', 'Components', 'Pages'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;

export { themes, locales };
