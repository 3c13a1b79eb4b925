// How PageTemplate reads its object props, in both renderers.

/** Reads a prop that should be an object; anything else (a string, null) reads as empty. */
export const objectOr = <T extends object>(value: unknown): Partial<T> => (typeof value === 'object' && value !== null ? (value as Partial<T>) : {});
