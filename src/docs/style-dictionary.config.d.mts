import type { Config, Transform } from 'style-dictionary/types';

export const bauhiniaTransforms: Record<string, Omit<Transform, 'name'>>;
export function bauhiniaStyleDictionary(options: { include?: string[]; source: string[]; buildPath: string; destination?: string; selector?: string }): Config;
