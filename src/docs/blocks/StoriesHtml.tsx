/**
 * The HTML of every story of a component, as the server renders it (`renderToStaticMarkup`), in a
 * copyable source block: the contract for teams that write the HTML themselves (CMS templates,
 * ports) and load `bauhinia-ui/styles.css`. Used in every component's MDX:
 * `<StoriesHtml of={QuoteBlockStories} />`.
 */
import { Source } from '@storybook/addon-docs/blocks';
import { composeStories } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import preview from '../../../.storybook/preview.js';

type StoriesModule = Parameters<typeof composeStories>[0];

// Block-level elements start on a new line, indented by depth; inline content stays on its line.
const block = /^<\/?(article|aside|blockquote|details|div|dl|dt|dd|figure|figcaption|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|thead|tr|td|th|caption|ul)\b/;

/** Indents HTML for reading; the markup itself is unchanged apart from white space between blocks. */
export function formatHtml(html: string): string {
  const tokens = html.split(/(?=<)|(?<=>)/).filter(Boolean);
  const lines: string[] = [];
  let depth = 0;
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(`${'  '.repeat(depth)}${line}`);
    line = '';
  };
  for (const token of tokens) {
    if (block.test(token)) {
      flush();
      if (token.startsWith('</')) depth = Math.max(0, depth - 1);
      lines.push(`${'  '.repeat(depth)}${token}`);
      if (!token.startsWith('</') && !token.endsWith('/>')) depth += 1;
    } else line += token;
  }
  flush();
  return lines.join('\n');
}

/** Every story of a CSF module, by name, with its server-rendered HTML. */
export function StoriesHtml({ of: stories }: { of: StoriesModule }) {
  // The component alone: without the Storybook decorator that sets the theme and language around it.
  const composed = composeStories(stories, { ...preview, decorators: [] }) as Record<string, ComponentType & { storyName?: string; tags?: string[] }>;
  // The contract is the HTML of the variants a site chooses between, not of the hostile-input tests.
  const shown = Object.entries(composed).filter(([, Story]) => !Story.tags?.includes('edge-case'));
  return (
    <>
      {shown.map(([name, Story]) => (
        <section key={name}>
          <h3>{Story.storyName ?? name}</h3>
          <Source language="html" code={formatHtml(renderToStaticMarkup(<Story />))} />
        </section>
      ))}
    </>
  );
}
