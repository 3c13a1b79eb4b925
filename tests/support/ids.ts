// Markup compared with its ids by reference, as src/fixtures/README.md tells ports to compare: React
// writes useId's ids differently in each version (`bh-article-R0`, `bh-article-_R_0_`) and by a
// component's place in the tree, so an id is matched by what points to it, not by its spelling.

const references = /(\s(?:id|for|aria-(?:labelledby|describedby|controls|owns))=")([^"]*)(")|(\shref="#)([^"]*)(")/g;

/**
 * The markup with every id it defines renamed `id-1`, `id-2`… in order of first definition, and
 * every reference to one of them (`aria-labelledby`, `aria-describedby`, `for`, `href="#…"`)
 * renamed with it. References to ids the markup does not define stay as they are.
 */
export function idsByReference(html: string): string {
  const names = new Map<string, string>();
  for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) if (!names.has(id!)) names.set(id!, `id-${names.size + 1}`);
  const rename = (value: string) => value.split(' ').map((token) => names.get(token) ?? token).join(' ');
  return html.replace(references, (match, before?: string, value?: string, after?: string, hrefBefore?: string, target?: string, hrefAfter?: string) =>
    before !== undefined ? `${before}${rename(value!)}${after}` : `${hrefBefore}${names.get(target!) ?? target}${hrefAfter}`,
  );
}
