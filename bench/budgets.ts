/** Size ceilings in bytes, gzip (level 9), enforced by tests/node/budgets.test.ts and shown by the benchmark. */
export const budgets = {
  /** One component bundled alone, with the shared helpers it pulls in. */
  component: 1.5 * 1024,
  /** All four components in one bundle (library code only, no page content). */
  allComponents: 3.5 * 1024,
  /** dist/styles.css after minification. */
  stylesCss: 4 * 1024,
} as const;
