// The designers' sidebar shows the variants a site chooses between; edge-case stories (hostile input,
// 10,000-character text, 320 px) stay tested but are filtered out by default (issue #14).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../.storybook/main.js';

const componentsDir = join(import.meta.dirname, '..', '..', 'src', 'components');
const storyFiles = readdirSync(componentsDir)
  .filter((name) => existsSync(join(componentsDir, name, 'index.ts')))
  .flatMap((name) =>
    readdirSync(join(componentsDir, name))
      .filter((file) => file.endsWith('.stories.tsx'))
      .map((file) => ({ name, source: readFileSync(join(componentsDir, name, file), 'utf8') })),
  );

/** Each exported story of a stories file, and whether its object (up to the next export) carries the edge-case tag. */
const storiesOf = (source: string) =>
  source.split(/^(?=export const )/m).flatMap((chunk) => {
    const story = /^export const (\w+)/.exec(chunk)?.[1];
    return story ? [{ story, edgeCase: chunk.includes("'edge-case'") }] : [];
  });

describe('Storybook tags', () => {
  it('leave edge-case stories out of the sidebar unless the tag filter asks for them', () => {
    expect(config.tags).toMatchObject({ 'edge-case': { defaultFilterSelection: 'exclude' } });
  });

  it('mark every hostile-input story as an edge case', () => {
    const hostile = /^(Unsafe|Invalid|Hostile|TenThousand)/;
    const untagged = storyFiles.flatMap(({ name, source }) =>
      storiesOf(source)
        .filter(({ story, edgeCase }) => hostile.test(story) && !edgeCase)
        .map(({ story }) => `${name} › ${story}`),
    );
    expect(untagged).toEqual([]);
    expect(storyFiles.flatMap(({ source }) => storiesOf(source)).filter((s) => s.edgeCase).length).toBeGreaterThan(20);
  });

  it('keep every component’s Default story in the sidebar, and every story in the test runs', () => {
    for (const { name, source } of storyFiles) {
      expect(storiesOf(source).find((s) => s.story === 'Default'), name).toEqual({ story: 'Default', edgeCase: false });
      expect(source, name).not.toContain("'!test'");
    }
  });
});
