export { DownloadLink } from './DownloadLink.js';
export type { DownloadLinkProps } from './DownloadLink.js';
export { downloadLinkDefinition } from './DownloadLink.definition.js';
