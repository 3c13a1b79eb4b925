// The Pages stories follow the Language toolbar: the language the toolbar shows for a story (its own
// `globals.locale`, else the toolbar's initial value) is the language the page renders in. A story
// that fixed its language by an arg showed "English" in the toolbar over a 繁體中文 page.
import { composeStory, type Meta, type StoryObj } from '@storybook/react-vite';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview.js';

type CsfModule = Record<string, unknown> & { default: Meta };
const modules = import.meta.glob<CsfModule>('../../src/pages/*.stories.tsx', { eager: true });

const pageStories = Object.values(modules).flatMap((mod) =>
  Object.entries(mod)
    .filter(([name]) => name !== 'default' && /^[A-Z]/.test(name))
    .map(([name, story]) => ({ title: `${String(mod.default.title)} › ${name}`, name, story: story as StoryObj, meta: mod.default })),
);

describe('Pages stories', () => {
  it('are found', () => {
    expect(pageStories.length).toBeGreaterThanOrEqual(12);
  });

  it.each(pageStories.map((entry) => [entry.title, entry] as const))('%s renders in the language the toolbar shows', (_title, { name, story, meta }) => {
    const toolbar = (story.globals?.locale ?? preview.initialGlobals?.locale) as string;
    const Story = composeStory(story, meta, preview, name);
    const html = renderToStaticMarkup(<Story />);
    const page = /<div class="bh-page-template[^"]*" lang="([^"]+)"/.exec(html);
    expect(page?.[1], 'lang of the page').toBe(toolbar);
    expect((story.args as { locale?: string } | undefined)?.locale, 'a locale arg would override the toolbar').toBeUndefined();
  });
});
