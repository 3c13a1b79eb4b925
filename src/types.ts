/** Types shared by the props of several components. */

/** The level of a heading a component renders (`h1`–`h6`), to fit the page outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Every heading level, lowest number first (for controls and schemas). */
export const headingLevels = [1, 2, 3, 4, 5, 6] as const satisfies readonly HeadingLevel[];
