// The current partner's check mark both renderers draw.

/**
 * The current partner's check mark, in an 8-unit box: the default stroke width of 1 draws a 2-unit
 * stroke at 16 units; stroke colour and caps come from CSS.
 */
export const checkMark = 'M1.5 4.25 3.25 6M6.5 2.25 3.25 6';
