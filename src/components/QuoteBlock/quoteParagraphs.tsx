import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

// Elements that flow inside a paragraph; runs of these (and of text) are wrapped in one `<p>`.
const phrasing = /^(a|abbr|b|bdi|bdo|br|cite|code|data|dfn|em|i|kbd|mark|q|ruby|s|samp|small|span|strong|sub|sup|time|u|var|wbr)$/;

/**
 * The quotation as a list of block elements, so the opening mark can sit on the first and the
 * closing mark on the last. A list of plain strings is one paragraph per string; runs of text and
 * inline elements (`<em>`, `<a>`...) become one paragraph; block elements (`<p>`, components)
 * are kept as they are. An empty result means there is nothing to quote.
 */
export function quoteParagraphs(children: unknown): ReactNode[] {
  const items: Array<string | ReactElement> = [];
  for (const node of [children].flat(Infinity) as unknown[]) {
    if (isValidElement(node)) items.push(node);
    else if (typeof node === 'string' ? node !== '' : (typeof node === 'number' && Number.isFinite(node)) || typeof node === 'bigint') items.push(String(node));
    // null, booleans, plain objects, functions and symbols render nothing (React would throw on objects).
  }
  if (items.every((item) => typeof item === 'string')) {
    return items.flatMap((text, index) => (text.trim() ? <p key={index}>{text.trim()}</p> : []));
  }
  const blocks: ReactNode[] = [];
  let run: ReactNode[] = [];
  const closeRun = () => {
    if (run.some((node) => typeof node !== 'string' || node.trim() !== '')) blocks.push(<p key={blocks.length}>{run}</p>);
    run = [];
  };
  for (const item of items) {
    if (typeof item === 'string') run.push(item);
    else if (typeof item.type === 'string' && phrasing.test(item.type)) run.push(<Fragment key={run.length}>{item}</Fragment>);
    else {
      closeRun();
      blocks.push(<Fragment key={blocks.length}>{item}</Fragment>);
    }
  }
  closeRun();
  return blocks;
}
