// Markup compared as src/fixtures/README.md tells ports to compare it, ids by reference: React writes
// useId's ids differently in each version (`bh-article-R0`, `bh-article-_R_0_`) and by a component's
// place in the tree, and a port (our Nunjucks macros among them) writes any id unique on its page, so
// an id is matched by what points to it, not by its spelling. Two forms of the one rule: on the
// markup as a string (`idsByReference`), and on parsed trees (`htmlTree`), which also compares
// attributes as a set, class as a set of tokens, boolean attributes by presence, and drops comments
// and whitespace-only text.
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

/** Attributes whose value is one id, or a list of them (besides `href="#…"`). */
const idReferences = ['for', 'headers', 'aria-activedescendant', 'aria-controls', 'aria-describedby', 'aria-details', 'aria-errormessage', 'aria-flowto', 'aria-labelledby', 'aria-owns'];

const references = new RegExp(`(\\s(?:id|${idReferences.join('|')})=")([^"]*)(")|(\\shref="#)([^"]*)(")`, 'g');

/** Every id defined, in order of first definition, with its new name: `id-1`, `id-2`… */
function renaming(ids: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const id of ids) if (!names.has(id)) names.set(id, `id-${names.size + 1}`);
  return names;
}

/** An attribute's value with the ids in it renamed; references to ids the markup does not define stay as they are. */
function renamed(names: ReadonlyMap<string, string>, attribute: string, value: string): string {
  if (attribute === 'href') return value.startsWith('#') && names.has(value.slice(1)) ? `#${names.get(value.slice(1))}` : value;
  if (attribute === 'id' || idReferences.includes(attribute)) return value.split(' ').map((token) => names.get(token) ?? token).join(' ');
  return value;
}

/**
 * The markup with every id it defines renamed `id-1`, `id-2`… in order of first definition, and
 * every reference to one of them (`aria-labelledby`, `for`, `href="#…"`…) renamed with it.
 */
export function idsByReference(html: string): string {
  const names = renaming(Array.from(html.matchAll(/\sid="([^"]*)"/g), (match) => match[1]!));
  return html.replace(references, (_match, before?: string, value?: string, after?: string, hrefBefore?: string, target?: string, hrefAfter?: string) =>
    before !== undefined ? `${before}${renamed(names, before.trim().slice(0, -2), value!)}${after}` : `${hrefBefore}${renamed(names, 'href', `#${target}`).slice(1)}${hrefAfter}`,
  );
}

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** A normalised node: text as a string, an element as `[tag, attributes, children]`. */
export type Tree = string | [tag: string, attributes: Record<string, string>, children: Tree[]];

const booleanAttributes = new Set([
  'allowfullscreen', 'async', 'autofocus', 'autoplay', 'checked', 'controls', 'default', 'defer', 'disabled', 'formnovalidate', 'hidden', 'inert',
  'ismap', 'itemscope', 'loop', 'multiple', 'muted', 'nomodule', 'novalidate', 'open', 'playsinline', 'readonly', 'required', 'reversed', 'selected',
]);

const bodyContext = (() => {
  const html = parse('<!DOCTYPE html><html><head></head><body></body></html>').childNodes.find((n) => n.nodeName === 'html') as Element;
  return html.childNodes.find((n) => n.nodeName === 'body') as Element;
})();

function normalise(nodes: Node[], ids: string[]): Tree[] {
  const out: Tree[] = [];
  for (const node of nodes) {
    if (node.nodeName === '#comment') continue;
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      // Text on both sides of a dropped comment is one text (React's `<!-- -->` separators).
      if (typeof out.at(-1) === 'string') out[out.length - 1] += text;
      else out.push(text);
      continue;
    }
    const element = node as Element;
    const attributes: Record<string, string> = {};
    for (const { name, value } of element.attrs) {
      attributes[name] = name === 'class' ? value.split(/\s+/).filter(Boolean).sort().join(' ') : booleanAttributes.has(name) ? '' : value;
      if (name === 'id') ids.push(value);
    }
    const content = element.nodeName === 'template' ? (element as DefaultTreeAdapterMap['template']).content.childNodes : element.childNodes;
    out.push([element.tagName, attributes, normalise(content as Node[], ids)]);
  }
  // Whitespace-only text goes, once text around comments has been joined.
  return out.filter((node) => typeof node !== 'string' || /[^ \t\n\f\r]/.test(node));
}

const withIds = (names: ReadonlyMap<string, string>) => (tree: Tree): Tree =>
  typeof tree === 'string'
    ? tree
    : [tree[0], Object.fromEntries(Object.entries(tree[1]).map(([name, value]) => [name, renamed(names, name, value)])), tree[2].map(withIds(names))];

/** The normalised trees of an HTML fragment, ids by reference: compare two with `toEqual`. */
export function htmlTree(html: string): Tree[] {
  const ids: string[] = [];
  const trees = normalise(parseFragment(bodyContext, html, {}).childNodes as Node[], ids);
  return trees.map(withIds(renaming(ids)));
}
