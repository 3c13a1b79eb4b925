/**
 * Adding a component is one new folder plus one registry entry (CONTRIBUTING.md). This test does
 * exactly that in a copy of the repository, with a small throwaway component and the registry lines
 * of CONTRIBUTING.md's step 7 (read from the file), and checks that everything derived from the
 * registry picks it up with no other edit: the public index and `definitions`, the label catalogue,
 * the class names and CSS, tokens.json and the DTCG token files, the schemas and fixtures, the
 * Storybook index and controls, and the test matrices (server rendering, hydration, hostile input,
 * fixtures, budgets, axe, visual baselines).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let copy: string;

// The throwaway component, written as a contributor would following CONTRIBUTING.md.
const folder: Record<string, string> = {
  'Throwaway.definition.ts': `import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

export const throwawayVariants = ['quiet', 'loud'] as const;

export const throwawayLabels = labelTables({
  en: { note: 'Note' },
  'zh-Hant': { note: '備註' },
  'zh-Hans': { note: '备注' },
});

export const throwawayDefinition = {
  name: 'Throwaway',
  parts: ['label'],
  modifiers: throwawayVariants,
  options: { variant: throwawayVariants },
  labels: { throwaway: throwawayLabels },
  tokens: { throwaway: { rule: 'color.border.accent' } },
} as const satisfies ComponentDefinition;
`,
  'Throwaway.docs.ts': `import type { ComponentDocs } from '../../contract/definition.js';
import type { throwawayDefinition } from './Throwaway.definition.js';

export const docs = {
  description: 'A throwaway note that proves the registry is the only list.',
  parts: { label: 'The label before the note.' },
  modifiers: { quiet: 'Muted.', loud: 'Bold.' },
} satisfies ComponentDocs<typeof throwawayDefinition>;
`,
  'Throwaway.css.ts': `import { vars } from '../../tokens/contract.css.js';
import { componentRoot } from '../../styles/base.css.js';
import { classesOf, componentTokens } from '../../contract/classes.js';
import { throwawayDefinition } from './Throwaway.definition.js';

const { root: rootClass, part, modifier } = classesOf(throwawayDefinition);
const { throwaway: tokens } = componentTokens(throwawayDefinition);

export const root = rootClass([componentRoot, { borderInlineStart: \`\${vars.borderWidth.accent} solid \${tokens.rule}\`, paddingInlineStart: vars.space.md }]);
export const variant = { quiet: modifier('quiet', { color: vars.color.text.muted }), loud: modifier('loud', { fontWeight: vars.font.weight.bold }) };
export const label = part('label', { fontWeight: vars.font.weight.bold });
`,
  'Throwaway.tsx': `import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { cx } from '../../internal/text.js';
import { throwawayLabels, throwawayVariants } from './Throwaway.definition.js';
import * as styles from './Throwaway.css.js';

export interface ThrowawayProps extends ComponentPropsWithoutRef<'p'> {
  children?: ReactNode;
  /** @default 'quiet' */
  variant?: (typeof throwawayVariants)[number];
  locale?: LocaleInput;
  labels?: Partial<(typeof throwawayLabels)['en']>;
}

/** A throwaway note. */
export const Throwaway = forwardRef<HTMLParagraphElement, ThrowawayProps>(function Throwaway({ children, variant, locale, labels, ...rest }, ref) {
  return (
    <p ref={ref} {...rootProps(rest, { className: cx(styles.root, styles.variant[optionValue(throwawayVariants, variant)]), locale })}>
      <span className={styles.label}>{labelFor(resolveLocale(locale), throwawayLabels, labels, 'note')}</span> {children}
    </p>
  );
});
`,
  'Throwaway.fixtures.ts': `import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, labelOverrides, locale, option, text } from '../../fixtures/schema.js';
import type { ThrowawayProps } from './Throwaway.js';
import { throwawayDefinition as definition } from './Throwaway.definition.js';
import { docs } from './Throwaway.docs.js';

export const schema = contentSchema(definition, docs.description, { children: text, variant: option(definition, 'variant'), locale, labels: labelOverrides(definition) }, ['children']);

export const fixtures: Fixture<ThrowawayProps>[] = [
  { name: 'quiet-en', description: 'Quiet, in English.', props: { locale: 'en' }, children: 'A throwaway note.' },
  { name: 'loud-zh-hant', description: 'Loud, in Traditional Chinese.', props: { locale: 'zh-Hant', variant: 'loud' }, children: '臨時備註。' },
  { name: 'quiet-zh-hans', description: 'Quiet, in Simplified Chinese.', props: { locale: 'zh-Hans' }, children: '临时备注。' },
];
`,
  'Throwaway.stories.tsx': `import type { Meta, StoryObj } from '@storybook/react-vite';
import { Throwaway } from './Throwaway.js';

const meta = { title: 'Components/Throwaway', component: Throwaway, args: { children: 'A throwaway note.', variant: 'quiet' } } satisfies Meta<typeof Throwaway>;
export default meta;
export const Default: StoryObj<typeof meta> = {};
`,
  'index.ts': `export { Throwaway } from './Throwaway.js';
export type { ThrowawayProps } from './Throwaway.js';
export { throwawayDefinition, throwawayVariants } from './Throwaway.definition.js';
`,
};

/**
 * The registry lines CONTRIBUTING.md's step 7 shows (for Callout), for the throwaway: each goes
 * after the last registry line of the same shape (words aside): the export lines, the list's entries.
 */
function addRegistryEntry(registry: string): string {
  const guide = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  const block = /\*\*Add the registry entry\*\*[\s\S]*?```ts\n([\s\S]*?)```/.exec(guide)?.[1];
  if (!block) throw new Error('CONTRIBUTING.md: no code block under "Add the registry entry"');
  const lines = registry.split('\n');
  const recipe = block.split('\n').filter((line) => line.trim()).map((line) => line.replace(/^ {3}/, '').replaceAll('Callout', 'Throwaway').replaceAll('callout', 'throwaway'));
  expect(recipe).toHaveLength(2);
  const shape = (line: string) => line.replace(/\w+/g, 'w');
  for (const line of recipe) {
    const last = lines.map(shape).lastIndexOf(shape(line));
    if (last < 0) throw new Error(`registry.ts has no line like "${line}"`);
    lines.splice(last + 1, 0, line);
  }
  return lines.join('\n');
}

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  // A fresh process, not a child of this Vitest run.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: { ...inherited, FORCE_COLOR: '0', ...env }, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` exited ${result.status}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  return result.stdout;
}

/** The names of the tests `vitest list` collects in the copy, for some projects and files. */
function listedTests(projects: string[], files: string[]): string[] {
  const listing = join(copy, `vitest-list-${projects.join('-')}.json`);
  run(join(copy, 'node_modules', '.bin', 'vitest'), ['list', ...projects.flatMap((p) => ['--project', p]), ...files, `--json=${listing}`], { NODE_ENV: 'test' });
  return (JSON.parse(readFileSync(listing, 'utf8')) as Array<{ name: string; file: string }>).map((t) => `${t.file.replace(copy, '')} :: ${t.name}`);
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'bauhinia-registry-'));
  const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked.filter((f) => !f.includes('__screenshots__') && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // The recipe: one folder, one registry entry.
  const dir = join(copy, 'src', 'components', 'Throwaway');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(folder)) writeFileSync(join(dir, name), text);
  const registry = join(copy, 'src', 'components', 'registry.ts');
  writeFileSync(registry, addRegistryEntry(readFileSync(registry, 'utf8')));
  run('node', ['scripts/build.mjs']);
}, 300_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a component added with one folder and one registry line', () => {
  const dist = () => join(copy, 'dist');

  it('is exported by the public index, with its definition, and listed in `definitions`', async () => {
    const ui = (await import(pathToFileURL(join(dist(), 'index.js')).href)) as Record<string, unknown> & { definitions: Array<{ name: string }> };
    expect(ui.Throwaway).toBeDefined();
    expect((ui.throwawayDefinition as { name: string }).name).toBe('Throwaway');
    expect(ui.definitions.at(-1)).toBe(ui.throwawayDefinition);
  }, 30_000); // the first import of a whole built package, slow on a busy machine

  it('joins the label catalogue in three languages', async () => {
    const { labelCatalogue } = (await import(pathToFileURL(join(dist(), 'index.js')).href)) as { labelCatalogue: Record<string, Record<string, Record<string, string>>> };
    expect(labelCatalogue.en!.throwaway).toEqual({ note: 'Note' });
    expect(labelCatalogue['zh-Hant']!.throwaway).toEqual({ note: '備註' });
  });

  it('ships its documented classes, its own stylesheet and its component token', async () => {
    const own = readFileSync(join(dist(), 'css', 'Throwaway.css'), 'utf8');
    expect(own).toContain('.bh-throwaway__label');
    expect(own).toContain('.bh-throwaway--loud');
    expect(readFileSync(join(dist(), 'styles.css'), 'utf8')).toContain('--bh-component-throwaway-rule:');
    const tokens = JSON.parse(readFileSync(join(dist(), 'tokens.json'), 'utf8')) as { cssVariables: Record<string, Record<string, string>> };
    expect(tokens.cssVariables.default!['--bh-component-throwaway-rule']).toMatch(/^#[0-9a-f]{6}$/);
    const dtcg = JSON.parse(readFileSync(join(dist(), 'tokens.dark.dtcg.json'), 'utf8')) as { component: Record<string, unknown> };
    expect(dtcg.component.throwaway).toEqual({ $description: "Throwaway's tokens.", rule: { $type: 'color', $value: '{color.border.accent}' } });
    // A site can set it with createThemeCss, which knows the component tokens from the registry.
    const { createThemeCss } = (await import(pathToFileURL(join(dist(), 'tokens', 'index.js')).href)) as { createThemeCss: (tokens: object) => string };
    expect(createThemeCss({ component: { throwaway: { rule: '#006a4e' } } })).toContain('--bh-component-throwaway-rule: #006a4e;');
  });

  it('publishes its JSON Schema and its fixtures with their HTML', () => {
    const schema = JSON.parse(readFileSync(join(dist(), 'schemas', 'Throwaway.schema.json'), 'utf8')) as { properties: { variant: { enum: string[] } } };
    expect(schema.properties.variant.enum).toEqual(['quiet', 'loud']);
    const fixtures = JSON.parse(readFileSync(join(dist(), 'fixtures', 'Throwaway.json'), 'utf8')) as { fixtures: Array<{ html: string }> };
    expect(fixtures.fixtures).toHaveLength(3);
    expect(fixtures.fixtures[1]!.html).toContain('class="bh-throwaway bh-component bh-throwaway--loud"');
  });

  it('appears in the Storybook index', () => {
    const index = join(copy, 'story-index.json');
    run(join(copy, 'node_modules', '.bin', 'storybook'), ['index', '-o', index, '--quiet', '--disable-telemetry']);
    expect(Object.keys((JSON.parse(readFileSync(index, 'utf8')) as { entries: object }).entries)).toContain('components-throwaway--default');
  }, 120_000);

  it('is in every Node test matrix: server rendering, hostile input, fixtures, budgets, root props, class names', () => {
    const tests = listedTests(['node', 'unit'], ['tests/node/ssr.test.tsx', 'tests/node/hostile-input.property.test.tsx', 'tests/node/fixtures.test.ts', 'tests/node/budgets.test.ts', 'tests/node/class-names.test.tsx', 'src/components/registry.test.tsx']);
    const about = (file: string) => tests.filter((t) => t.startsWith(file) && t.includes('Throwaway'));
    expect(about('/tests/node/ssr.test.tsx').length).toBe(3 * 3 * 3); // 3 fixtures x 3 locales x 3 server APIs
    expect(about('/tests/node/hostile-input.property.test.tsx')).toHaveLength(1);
    expect(about('/tests/node/fixtures.test.ts').length).toBeGreaterThanOrEqual(4);
    expect(about('/tests/node/budgets.test.ts')).toHaveLength(2); // its JavaScript, and its own CSS
    expect(about('/tests/node/class-names.test.tsx')).toEqual([expect.stringContaining('Components/Throwaway › Default'), expect.stringContaining('Throwaway.css.ts reaches no part by element shape')]);
    expect(about('/src/components/registry.test.tsx').length).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('is in the browser matrices: hydration, axe in every theme and locale, visual baselines', () => {
    const tests = listedTests(['browser', 'hydration'], ['tests/browser/a11y-matrix.test.tsx', 'tests/browser/visual.test.tsx', 'tests/browser/hydration.test.tsx']);
    const about = (file: string) => tests.filter((t) => t.startsWith(file) && t.includes('Throwaway'));
    expect(about('/tests/browser/a11y-matrix.test.tsx')).toHaveLength(9);
    expect(about('/tests/browser/visual.test.tsx')).toHaveLength(9);
    expect(about('/tests/browser/hydration.test.tsx')).toHaveLength(9);
  }, 240_000);
});
