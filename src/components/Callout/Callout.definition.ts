import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** The two kinds of callout; the first is the default. */
export const calloutVariants = ['information', 'important'] as const;

/** Read before the content when there is no heading, so the kind of notice is not told by colour and shape alone. */
export const calloutLabels = labelTables({
  en: { information: 'Information', important: 'Important' },
  'zh-Hant': { information: '資訊', important: '重要' },
  'zh-Hans': { information: '资讯', important: '重要' },
});

export const calloutDefinition = {
  name: 'Callout',
  parts: ['icon', 'heading', 'body'],
  modifiers: calloutVariants,
  options: { variant: calloutVariants },
  labels: { callout: calloutLabels },
  tokens: {
    callout: {
      background: 'color.surface.subtle',
      informationAccent: 'color.status.info',
      importantAccent: 'color.status.warning',
    },
  },
} as const satisfies ComponentDefinition;
