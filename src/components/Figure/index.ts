export { Figure } from './Figure.js';
export type { FigureAspectRatio, FigureFetchPriority, FigureLoading, FigureProps } from './Figure.js';
export { figureAspectRatios, figureDefinition, figureFetchPriorities, figureLoadings } from './Figure.definition.js';
