import { createElement, isValidElement, type ReactNode } from 'react';
import { flatChildren, textOrUndefined } from '../../internal/text.js';

// The inline (phrasing) elements a quote uses, ruby, bdi and wbr included for Chinese text. Runs of
// these and of text are wrapped in one `<p>`; any other element (`<p>`, `<ul>`, a component, a
// fragment) is a block of its own.
const phrasing = /^([abiqsu]|abbr|bdi|br|cite|code|em|mark|ruby|small|span|strong|su[bp]|time|wbr)$/;

/**
 * The quotation as a list of block elements, so the opening mark can sit on the first and the
 * closing mark on the last. A list of plain strings is one paragraph per string; runs of text and
 * inline elements (`<em>`, `<a>`...) become one paragraph; block elements (`<p>`, components)
 * are kept as they are. An empty result means there is nothing to quote.
 *
 * The blocks carry no keys: pass them as separate children (`createElement(type, props, ...blocks)`).
 */
export function quoteParagraphs(children: unknown): ReactNode[] {
  const nodes = flatChildren(children);
  // Without elements every string is a paragraph of its own; with them, text flows around the inline ones.
  const mixed = nodes.some(isValidElement);
  const blocks: ReactNode[] = [];
  let run: ReactNode[] = [];
  const closeRun = () => {
    if (run.some((node) => isValidElement(node) || textOrUndefined(node))) blocks.push(createElement('p', null, ...run));
    run = [];
  };
  for (const node of nodes) {
    if (isValidElement(node) && !phrasing.test(String(node.type))) {
      closeRun();
      blocks.push(node);
    } else {
      // Text keeps its spaces next to inline elements. Numbers become text; null, booleans, plain
      // objects, functions and symbols become undefined and render nothing (React would throw on objects).
      run.push(isValidElement(node) || (mixed && typeof node === 'string') ? node : textOrUndefined(node));
      if (!mixed) closeRun();
    }
  }
  closeRun();
  return blocks;
}
