/**
 * The library is a stack of floors, and a file imports only from its own floor or below (type-only
 * imports count): every file under src/ is read, and each relative import (or `bauhinia-ui`) is
 * checked against the floors listed here, bottom first. Stories, MDX pages and tests read the
 * library like the docs and the pages do: they stand on the top floor wherever they are filed, but
 * nothing in a component's folder imports the reference pages. A new folder or file at the top of
 * src/ must be given a floor here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

// Bottom first. A place is a folder (`src/i18n/`) or a module (`src/index.ts`, with its tests beside
// it); `src/components/*/` in the list stands for each component's folder.
const floors: ReadonlyArray<readonly [name: string, places: readonly string[]]> = [
  ['tokens and internal helpers', ['src/tokens/', 'src/internal/', 'src/env.d.ts']],
  ['i18n and styles', ['src/i18n/', 'src/styles/']],
  ['the definition contract', ['src/contract/', 'src/fixtures/']],
  ['components', ['src/components/*/']],
  ['the registry', ['src/components/registry.ts']],
  ['aggregates and entries', ['src/labelCatalogue.ts', 'src/theming/', 'src/urls.ts', 'src/index.ts', 'src/nunjucks/']],
  ['pages, docs, stories, tests', ['src/pages/', 'src/docs/', 'src/foundations/', 'tests/', 'bench/', 'scripts/', '.storybook/']],
];
const top = floors.length - 1;

/** Files that read the library wherever they are filed: they stand on the top floor. */
const reader = /\.(stories\.tsx?|mdx|test\.tsx?)$/;

/** The place a repository path belongs to, and its floor; undefined for a path no floor lists. */
function placeOf(path: string): { place: string; floor: number } | undefined {
  for (const [floor, [, places]] of floors.entries()) {
    for (const place of places) {
      if (place === 'src/components/*/') {
        const folder = /^src\/components\/[^/]+\//.exec(path)?.[0];
        if (folder) return { place: folder, floor };
      } else if (place.endsWith('/') ? path.startsWith(place) : path.startsWith(place.replace(/\.tsx?$/, '.'))) {
        return { place, floor };
      }
    }
  }
  return undefined;
}

const sourceFiles = (readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }) as string[])
  .map((file) => `src/${file.split('\\').join('/')}`)
  .filter((file) => /\.(ts|tsx|mts|mjs|mdx)$/.test(file))
  .sort();

/** Every module a file names in `import`, `export … from`, `import type`, `import()` or `typeof import()`. */
function specifiers(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  if (file.endsWith('.mdx')) return [...text.matchAll(/^import\s[^;]*?['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
  return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
}

/** The repository path an import names (`./x.js` is x.ts or x.tsx, `./x` may be a folder's index), or undefined for a package. */
function target(file: string, specifier: string): string | undefined {
  if (specifier === 'bauhinia-ui') return 'src/index.ts';
  if (specifier === 'bauhinia-ui/tokens') return 'src/theming/index.ts';
  if (!specifier.startsWith('.')) return undefined;
  const path = relative(root, join(root, dirname(file), specifier.replace(/\?.*$/, ''))).split('\\').join('/');
  const stem = path.replace(/\.js$/, '');
  return [path, `${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`].find((candidate) => existsSync(join(root, candidate))) ?? path;
}

interface Import {
  from: string;
  to: string;
  fromPlace: string;
  toPlace: string;
  fromFloor: number;
  toFloor: number;
}

const imports: Import[] = sourceFiles.flatMap((from) => {
  const own = placeOf(from);
  if (!own) return [];
  const fromFloor = reader.test(from) ? top : own.floor;
  return specifiers(from).flatMap((specifier) => {
    const to = target(from, specifier);
    const theirs = to === undefined ? undefined : placeOf(to);
    return to && theirs ? [{ from, to, fromPlace: own.place, toPlace: theirs.place, fromFloor, toFloor: theirs.floor }] : [];
  });
});
const show = ({ from, to }: Import) => `${from} -> ${to}`;
const floorName = (floor: number) => floors[floor]![0];

/** The imports that climb to a floor above their file's. */
const upward = (list: readonly Import[]) => list.filter((i) => i.toFloor > i.fromFloor);

/** The imports between two places that import each other (the library's own files; readers excepted). */
function mutual(list: readonly Import[]): Import[] {
  const library = list.filter((i) => !reader.test(i.from) && i.fromPlace !== i.toPlace);
  const pairs = new Set(library.map((i) => `${i.fromPlace} ${i.toPlace}`));
  return library.filter((i) => pairs.has(`${i.toPlace} ${i.fromPlace}`));
}

describe('the stack of floors', () => {
  it('gives every source file a floor', () => {
    expect(sourceFiles.length).toBeGreaterThan(300);
    expect(sourceFiles.filter((file) => !placeOf(file))).toEqual([]);
  });

  it('reads the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(1000);
    expect(imports.filter((i) => i.fromPlace !== i.toPlace).length).toBeGreaterThan(500);
    // A type-only import and an MDX import are read too.
    expect(imports).toContainEqual(expect.objectContaining({ from: 'src/theming/overrides.ts', toPlace: 'src/components/registry.ts' }));
    expect(imports.some((i) => i.from.endsWith('.mdx') && i.toPlace === 'src/docs/')).toBe(true);
  });

  it('has no file importing a floor above its own', () => {
    expect(upward(imports).map((i) => `${show(i)} (${floorName(i.fromFloor)} -> ${floorName(i.toFloor)})`)).toEqual([]);
  });

  it('has no two folders importing each other', () => {
    expect(mutual(imports).map(show)).toEqual([]);
  });

  it('keeps the foundations free of components: tokens, i18n, internal helpers and styles import none', () => {
    const foundations = /^src\/(tokens|i18n|internal|styles)\//;
    expect(imports.filter((i) => foundations.test(i.from) && i.to.startsWith('src/components/')).map(show)).toEqual([]);
  });

  it('keeps the reference pages out of the components, stories and tests included', () => {
    expect(imports.filter((i) => i.from.startsWith('src/components/') && i.to.startsWith('src/pages/')).map(show)).toEqual([]);
  });

  it('catches an import that climbs, two folders that import each other, and a folder with no floor', () => {
    const edge = (from: string, to: string): Import => {
      const [a, b] = [placeOf(from)!, placeOf(to)!];
      return { from, to, fromPlace: a.place, toPlace: b.place, fromFloor: reader.test(from) ? top : a.floor, toFloor: b.floor };
    };
    const climb = edge('src/i18n/locale.ts', 'src/components/QuoteBlock/QuoteBlock.definition.ts');
    const down = edge('src/components/QuoteBlock/QuoteBlock.tsx', 'src/i18n/locale.ts');
    const story = edge('src/components/QuoteBlock/QuoteBlock.stories.tsx', 'src/components/registry.ts');
    expect(upward([climb, down, story])).toEqual([climb]);
    expect(mutual([climb, down, story])).toEqual([climb, down]);
    const [a, b] = [edge('src/components/Section/Section.tsx', 'src/components/Callout/Callout.tsx'), edge('src/components/Callout/Callout.tsx', 'src/components/Section/Section.tsx')];
    expect(mutual([a, b])).toEqual([a, b]);
    expect(mutual([a])).toEqual([]);
    expect(placeOf('src/components/registry.ts')?.floor).toBeGreaterThan(placeOf('src/components/QuoteBlock/index.ts')!.floor);
    expect(placeOf('src/newFolder/x.ts')).toBeUndefined();
  });
});
