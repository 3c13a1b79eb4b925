// The back-to-top arrow both renderers draw (BackToTop.tsx and the macro's model).

/** The up arrow, in an 8-unit box: the default stroke width of 1 draws a 2-unit stroke at 16 units. */
export const arrow = 'M4 7V1.25M1.5 3.75 4 1.25l2.5 2.5';
