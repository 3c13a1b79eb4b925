/** URLs that must never reach an href, src or cite, each disguised a different way. */
export const unsafeUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\u0000javascript:alert(1)',
  ' java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
];

/** Allowed as an image `src`, dropped everywhere else. */
export const dataImageUrl = 'data:image/png;base64,iVBORw0KGgo=';
