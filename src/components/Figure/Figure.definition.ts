import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** How the image box gets its shape; the first is the default: the image's own, from `width` and `height`. */
export const figureAspectRatios = ['intrinsic', '16:9', '3:2', '4:3', '1:1'] as const;
/** When the browser fetches the image; the first is the default. */
export const figureLoadings = ['lazy', 'eager'] as const;
/** The fetch priority hint; the first is the default (no hint). */
export const figureFetchPriorities = ['auto', 'high', 'low'] as const;

/** `{credit}` marks where the credit goes. */
export const figureLabels = labelTables({
  en: { credit: 'Photo: {credit}' },
  'zh-Hant': { credit: '攝影：{credit}' },
  'zh-Hans': { credit: '摄影：{credit}' },
});

export const figureDefinition = {
  name: 'Figure',
  parts: ['image', 'caption', 'credit'],
  modifiers: ['ratio-16-9', 'ratio-3-2', 'ratio-4-3', 'ratio-1-1'],
  options: { aspectRatio: figureAspectRatios, loading: figureLoadings, fetchPriority: figureFetchPriorities },
  labels: { figure: figureLabels },
  tokens: {
    figure: {
      placeholder: 'color.surface.subtle',
      caption: 'color.text.muted',
    },
  },
} as const satisfies ComponentDefinition;
