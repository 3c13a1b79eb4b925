import type { ComponentDocs } from '../../contract/definition.js';
import type { downloadLinkDefinition } from './DownloadLink.definition.js';

/** What DownloadLink and each of its parts are: its docs page and its JSON Schema read this. */
export const docs = {
  description: 'A link to a file, such as the PDF version of a newsletter, that says what the reader is about to download: its type, size, pages, and its language when it is not the page’s.',
  parts: {
    icon: 'A document with a downward arrow, before the link: an empty `<span>` the stylesheet draws (a CSS mask in the link colour), so there is nothing for assistive technology to read. Not printed.',
    link: 'The link: the title (`children`, isolated in `<bdi>`) and the metadata. `hreflang` names the file’s language when it differs from the page’s.',
    meta: 'The metadata inside the link, in parentheses: "(PDF, 1.2 MB, 12 pages)", 「（PDF，1.2 MB，12 頁）」.',
  },
} satisfies ComponentDocs<typeof downloadLinkDefinition>;
