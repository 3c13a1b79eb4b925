export { TextSizeControl } from './TextSizeControl.js';
export type { TextSize, TextSizeControlProps } from './TextSizeControl.js';
export { textSizeAttribute, textSizeControlDefinition, textSizeStorageKey, textSizes } from './TextSizeControl.definition.js';
