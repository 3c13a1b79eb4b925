// Every story of the registered components and of the pages as portable stories, composed with the
// project's Storybook annotations for a given theme and locale (the preview decorator then sets
// `data-theme` and `lang` on the story root, exactly as in Storybook).
import { composeStory, type Meta, type StoryObj } from '@storybook/react-vite';
import preview, { locales, themes } from '../../.storybook/preview.js';
import { componentNames } from './registry.js';

export type Theme = (typeof themes)[number];
export type StoryLocale = (typeof locales)[number];
export { locales, themes };

type CsfModule = Record<string, unknown> & { default: Meta };
const modules = import.meta.glob<CsfModule>(['../../src/components/**/*.stories.tsx', '../../src/pages/**/*.stories.tsx'], { eager: true });

export interface StoryEntry {
  /** e.g. "Components/QuoteBlock › PullTraditionalChinese" */
  title: string;
  component: string;
  exportName: string;
  /** The locale the story fixes (by its args or its globals), if any: such a story looks the same under every locale toolbar value. */
  fixedLocale: StoryLocale | undefined;
  /** Composes the story for one theme and locale. A theme fixed by the story itself is overridden. */
  compose: (theme: Theme, locale: StoryLocale) => ReturnType<typeof composeStory>;
}

function isStory(name: string, value: unknown): value is StoryObj {
  return name !== 'default' && /^[A-Z]/.test(name) && (typeof value === 'object' || typeof value === 'function') && value !== null;
}

/** Every story; a component's stories are those whose meta names it, the others are pages. */
export const stories: StoryEntry[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([, mod]) => {
    const meta = mod.default;
    const component = String(meta.title).split('/').pop()!.replace(/\s+/g, '');
    if (String(meta.title).startsWith('Components/') && !componentNames.includes(component)) {
      throw new Error(`browser-stories: stories titled ${meta.title} belong to no registered component`);
    }
    return Object.entries(mod)
      .filter((entry): entry is [string, StoryObj] => isStory(entry[0], entry[1]))
      .map(([exportName, story]) => {
        const args = { ...meta.args, ...story.args } as { locale?: StoryLocale };
        // A story fixes its language by an arg, or (the pages) by the Language toolbar's global, which
        // the toolbar then shows.
        const globalLocale = (story.globals?.locale ?? meta.globals?.locale) as StoryLocale | undefined;
        const fixed = args.locale ?? globalLocale;
        return {
          title: `${meta.title} › ${exportName}`,
          component,
          exportName,
          fixedLocale: fixed,
          compose: (theme: Theme, locale: StoryLocale) =>
            composeStory({ ...story, globals: {} }, meta, { ...preview, initialGlobals: { theme, locale: globalLocale ?? locale } }, exportName),
        };
      });
  });

/** Theme x locale pairs for a story: all nine, or one per theme when the story fixes its locale. */
export function combinations(entry: StoryEntry): Array<{ theme: Theme; locale: StoryLocale }> {
  const storyLocales = entry.fixedLocale ? [entry.fixedLocale] : locales;
  return themes.flatMap((theme) => storyLocales.map((locale) => ({ theme, locale })));
}

/** The stories the visual baselines use: each registered component's `Default` story. */
export function defaultStory(component: string): StoryEntry {
  const found = stories.find((s) => s.component === component && s.exportName === 'Default');
  if (!found) throw new Error(`${component} has no Default story: export one from its stories file (it is its visual baseline)`);
  return found;
}
