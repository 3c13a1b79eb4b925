export { Button } from './Button.js';
export type { ButtonProps, ButtonType, ButtonVariant } from './Button.js';
export { buttonDefinition, buttonTypes, buttonVariants } from './Button.definition.js';
