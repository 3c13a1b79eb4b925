import type { Decorator, Preview, ReactRenderer } from '@storybook/react-vite';
import type { AfterEach, ArgTypesEnhancer } from 'storybook/internal/types';
import { expect } from 'storybook/test';
import * as registry from '../src/components/registry.js';
import { locales } from '../src/i18n/locale.js';
import '../src/styles/css-entry.js';
import { themeNames } from '../src/tokens/themes.js';
import { headingLevels } from '../src/internal/headingLevel.js';
import { narrowColumn, pageRoot, storyRoot } from './preview.css.js';
import { sidewaysOverflow } from './reflow.js';

const themes = themeNames;
const localeTitles: Record<(typeof locales)[number], string> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' };

// The one route of the Language toolbar into a story: the story's `locale` arg (a story that sets
// its own keeps it), which the story root's `lang` follows. The Theme toolbar sets `data-theme`. Pages
// (`parameters.page`) fill the frame; `parameters.narrow` stands a story in a 320 px column (WCAG 1.4.10 reflow).
const withThemeAndLocale: Decorator = (Story, { args, globals, parameters }) => {
  const theme = (globals.theme as string | undefined) ?? 'default';
  const locale = (args.locale as string | undefined) ?? (globals.locale as string | undefined) ?? 'en';
  const story = <Story args={{ ...args, locale }} />;
  return (
    <div className={parameters.page ? pageRoot : storyRoot} data-theme={theme} lang={locale}>
      {parameters.narrow ? <div className={narrowColumn}>{story}</div> : story}
    </div>
  );
};

/**
 * After its play function, nothing a story renders scrolls sideways (WCAG 1.4.10), at the frame's
 * width or in the narrow column: neither the box that holds the story nor what the story puts at its
 * top. (A wide table scrolls inside a box of its own, which Prose gives it, further in.)
 */
const noSidewaysScroll: AfterEach<ReactRenderer> = async ({ canvasElement, parameters }) => {
  const frame = canvasElement.firstElementChild;
  const holder = parameters.narrow ? frame?.firstElementChild : frame;
  if (!holder) return;
  for (const element of [holder, ...holder.children]) {
    const name = element === holder ? (parameters.narrow ? 'the 320 px column' : 'the story frame') : `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;
    await expect(sidewaysOverflow(element), `${name} scrolls sideways by (px)`).toBe(0);
  }
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
  afterEach: [noSidewaysScroll],
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
