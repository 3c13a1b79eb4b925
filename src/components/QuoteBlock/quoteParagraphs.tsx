import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

// Elements that flow inside a paragraph; runs of these (and of text) are wrapped in one `<p>`.
const phrasingTags = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q',
  'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

type Item = { kind: 'text'; text: string } | { kind: 'phrasing' | 'block'; element: ReactElement };

function collect(node: unknown, items: Item[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, items);
  } else if (typeof node === 'string') {
    if (node !== '') items.push({ kind: 'text', text: node });
  } else if ((typeof node === 'number' && Number.isFinite(node)) || typeof node === 'bigint') {
    items.push({ kind: 'text', text: String(node) });
  } else if (isValidElement(node)) {
    const phrasing = typeof node.type === 'string' && phrasingTags.has(node.type);
    items.push({ kind: phrasing ? 'phrasing' : 'block', element: node });
  }
  // null, booleans, plain objects, functions and symbols render nothing (React would throw on objects).
}

/**
 * The quotation as a list of block elements, so the opening mark can sit on the first and the
 * closing mark on the last. A list of plain strings is one paragraph per string; runs of text and
 * inline elements (`<em>`, `<a>`...) become one paragraph; block elements (`<p>`, components)
 * are kept as they are. An empty result means there is nothing to quote.
 */
export function quoteParagraphs(children: unknown): ReactNode[] {
  const items: Item[] = [];
  collect(children, items);
  if (items.every((item) => item.kind === 'text')) {
    return items
      .map((item) => (item.kind === 'text' ? item.text.trim() : ''))
      .filter((text) => text !== '')
      .map((text, index) => <p key={index}>{text}</p>);
  }
  const blocks: ReactNode[] = [];
  let run: ReactNode[] = [];
  const closeRun = () => {
    if (run.some((node) => typeof node !== 'string' || node.trim() !== '')) blocks.push(<p key={blocks.length}>{run}</p>);
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'block') {
      closeRun();
      blocks.push(<Fragment key={blocks.length}>{item.element}</Fragment>);
    } else {
      run.push(item.kind === 'text' ? item.text : <Fragment key={run.length}>{item.element}</Fragment>);
    }
  }
  closeRun();
  return blocks;
}
