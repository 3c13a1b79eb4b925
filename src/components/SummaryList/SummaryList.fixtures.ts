import { inEachLanguage, type Fixture } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { contentSchema, hrefUrl, locale, text } from '../../fixtures/schema.js';
import type { SummaryListProps, SummaryListRow } from './SummaryList.js';
import { summaryListDefinition as definition } from './SummaryList.definition.js';
import { docs } from './SummaryList.docs.js';

export const schema = contentSchema(
  definition,
  docs.description,
  {
    rows: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          label: text,
          value: text,
          actions: {
            type: 'array',
            items: {
              type: 'object',
              properties: { label: text, href: hrefUrl, visuallyHiddenContext: text },
              required: ['label', 'href'],
              additionalProperties: false,
            },
          },
        },
        required: ['label'],
        additionalProperties: false,
      },
    },
    locale,
  },
  ['rows'],
);

// The 2024 Civil Service Exchange Programme at a glance, in each language.
const programme: Record<Locale, SummaryListRow[]> = {
  en: [
    { label: 'Programme period', value: 'December 2024 to March 2025' },
    { label: 'Duration', value: 'Four weeks to three months per attachment' },
    { label: 'Host office', value: 'Greater Bay Area Development Office, Constitutional and Mainland Affairs Bureau' },
    { label: 'Partner cities', value: 'Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area' },
  ],
  'zh-Hant': [
    { label: '交流期間', value: '2024年12月至2025年3月' },
    { label: '為期', value: '每段四星期至三個月' },
    { label: '接待部門', value: '政制及內地事務局粵港澳大灣區發展辦公室' },
    { label: '合作城市', value: '北京、上海、重慶、武漢、杭州及大灣區內地城市' },
  ],
  'zh-Hans': [
    { label: '交流期间', value: '2024年12月至2025年3月' },
    { label: '为期', value: '每段四周至三个月' },
    { label: '接待部门', value: '政制及内地事务局粤港澳大湾区发展办公室' },
    { label: '合作城市', value: '北京、上海、重庆、武汉、杭州及大湾区内地城市' },
  ],
};

export const fixtures: Fixture<SummaryListProps>[] = [
  ...inEachLanguage<SummaryListProps>('programme', 'The 2024 programme at a glance', (locale) => ({ props: { locale, rows: programme[locale] } })),
  {
    name: 'participant-zh-hant-actions',
    description: 'A participant’s placement in Traditional Chinese, each row with a 「更改」 link named by its row.',
    props: {
      locale: 'zh-Hant',
      rows: [
        { label: '交流期間', value: '2024年12月至2025年3月', actions: [{ label: '更改', href: '/tc/placement/period' }] },
        { label: '為期', value: '三個月', actions: [{ label: '更改', href: '/tc/placement/duration' }] },
        { label: '接待部門', value: '政制及內地事務局粵港澳大灣區發展辦公室', actions: [{ label: '更改', href: '/tc/placement/office', visuallyHiddenContext: '接待部門名稱' }] },
        { label: '原居城市', value: '深圳' },
      ],
    },
  },
  {
    name: 'programme-zh-hans-two-actions',
    description: 'Simplified Chinese, one row with two actions (a list) and one without.',
    props: {
      locale: 'zh-Hans',
      rows: [
        { label: '交流期间', value: '2024年12月至2025年3月' },
        { label: '合作城市', value: '北京、上海、重庆、武汉、杭州及大湾区内地城市', actions: [{ label: '查看', href: '/sc/partners' }, { label: '更改', href: '/sc/partners/edit' }] },
      ],
    },
  },
];
