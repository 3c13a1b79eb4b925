import type { Decorator, Preview, ReactRenderer } from '@storybook/react-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import * as registry from '../src/components/registry.js';
import { locales } from '../src/i18n/locale.js';
import '../src/styles/css-entry.js';
import { themeNames } from '../src/tokens/themes.js';
import { headingLevels } from '../src/internal/headingLevel.js';
import { pageRoot, storyRoot } from './preview.css.js';

const themes = themeNames;
const localeTitles: Record<(typeof locales)[number], string> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' };

// The toolbars set `data-theme` and `lang` on the story root; a story that fixes its own
// `locale` arg keeps it, and the root's `lang` follows it. Pages (`parameters.page`) fill the frame.
const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = (context.globals.theme as string | undefined) ?? 'default';
  const locale = (context.args.locale as string | undefined) ?? (context.globals.locale as string | undefined) ?? 'en';
  const args = 'locale' in context.argTypes ? { ...context.args, locale } : context.args;
  return (
    <div className={context.parameters.page ? pageRoot : storyRoot} data-theme={theme} lang={locale}>
      <Story args={args} />
    </div>
  );
};

// Controls from the registered components' definitions: every option prop a radio of its values,
// `locale` a radio of the three locales, `headingLevel` a select of 1-6.
const controlsFromDefinitions: ArgTypesEnhancer<ReactRenderer> = (context) => {
  const definition = registry.definitions.find((d) => (registry as Record<string, unknown>)[d.name] === context.component);
  if (!definition) return context.argTypes;
  const controls: Record<string, { control: 'inline-radio' | 'select'; options: unknown[] }> = {
    ...Object.fromEntries(Object.entries(definition.options ?? {}).map(([prop, values]) => [prop, { control: 'inline-radio', options: [...values] }])),
    locale: { control: 'inline-radio', options: [...locales] },
    headingLevel: { control: 'select', options: [...headingLevels] },
  };
  const argTypes = { ...context.argTypes };
  for (const [prop, control] of Object.entries(controls)) {
    // A story that lists its own options (more locale tags, say) keeps them.
    const current = argTypes[prop];
    if (current && !current.options) argTypes[prop] = { ...current, control: { type: control.control }, options: control.options };
  }
  return argTypes;
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...themes], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Language', icon: 'globe', items: locales.map((value) => ({ value, title: localeTitles[value] })), dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'default', locale: 'en' },
  decorators: [withThemeAndLocale],
  argTypesEnhancers: [controlsFromDefinitions],
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
