import { labelTables, type ComponentDefinition } from '../definition.js';

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
  description: 'An image with its caption and credit, in a figure that keeps its shape while the image loads.',
  parts: {
    image: 'The `<img>`.',
    caption: 'The `<figcaption>`: the caption, then the credit.',
    credit: 'The credit line, e.g. "Photo: Chan Tai-man".',
  },
  modifiers: {
    'ratio-16-9': 'The image box is 16:9; the image covers it (`object-fit: cover`).',
    'ratio-3-2': 'The image box is 3:2.',
    'ratio-4-3': 'The image box is 4:3.',
    'ratio-1-1': 'The image box is square.',
  },
  options: { aspectRatio: figureAspectRatios, loading: figureLoadings, fetchPriority: figureFetchPriorities },
  labels: { figure: figureLabels },
  tokens: {
    figure: {
      placeholder: 'color.surface.subtle',
      caption: 'color.text.muted',
    },
  },
} as const satisfies ComponentDefinition;
