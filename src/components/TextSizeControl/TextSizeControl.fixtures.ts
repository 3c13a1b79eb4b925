import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, labelOverrides, locale } from '../../fixtures/schema.js';
import type { TextSizeControlProps } from './TextSizeControl.js';
import { textSizeControlDefinition as definition } from './TextSizeControl.definition.js';
import { docs } from './TextSizeControl.docs.js';

export const schema = contentSchema(
  definition,
  docs.description, { locale, labels: labelOverrides(definition) });

// The server renders the hidden placeholder for every one of them: the buttons exist only once the
// component has run in the browser.
export const fixtures: Fixture<TextSizeControlProps>[] = [
  { name: 'text-size-en', description: 'English labels: "Text size", "Normal text size"…', props: { locale: 'en' } },
  { name: 'text-size-zh-hant', description: 'Traditional Chinese labels: 字體大小, 正常字體…', props: { locale: 'zh-Hant' } },
  {
    name: 'text-size-zh-hans-labels',
    description: 'Simplified Chinese, with the group named by the site.',
    props: { locale: 'zh-Hans', labels: { label: '调整字体大小' } },
  },
];
