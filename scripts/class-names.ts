/**
 * The `identifiers` option of the vanilla-extract plugin, for every build (package, Storybook,
 * Vitest): a class is `bh-` followed by the debug id its stylesheet gives it, so the names in
 * the HTML are the documented, stable ones (`bh-quote-block`, `bh-quote-block__caption`,
 * `bh-quote-block--pull`). Style helpers (src/contract/classes.ts, src/styles/layered.ts) build the debug ids from a
 * component's definition; a style without one is a build error, never a hashed name.
 */
// The stylesheets that ship. Others (Storybook's documentation pages, the reference pages) are never
// published: their classes are `docs-` and a hash, outside the library's scheme.
const shipped = /(^|\/)src\/(components|styles|tokens)\//;

export const classNamePattern = /^bh-[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:__[a-z0-9]+(?:-[a-z0-9]+)*)?(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

export function stableClassNames() {
  // Which stylesheet claimed each name: two stylesheets giving out one name would merge their rules.
  const owners = new Map<string, string>();
  return ({ hash, debugId, filePath }: { hash: string; debugId?: string; filePath: string }): string => {
    if (!shipped.test(filePath)) return `docs-${hash}`;
    const name = `bh-${debugId ?? ''}`;
    if (!classNamePattern.test(name)) {
      throw new Error(`${filePath}: every style needs a documented name; got debug id ${JSON.stringify(debugId)} (use classesOf from src/contract/classes.ts, or namedStyle from src/styles/layered.ts)`);
    }
    const owner = owners.get(name);
    if (owner !== undefined && owner !== filePath) throw new Error(`${filePath}: class ${name} is already defined in ${owner}`);
    owners.set(name, filePath);
    return name;
  };
}
