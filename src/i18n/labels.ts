import type { Duration } from './dates.js';
import { hasVisibleText } from '../internal/text.js';
import { locales, type Locale } from './locale.js';

/** Every built-in string of every component, in one typed catalogue. */
export interface LabelCatalogue {
  article: {
    /** Announced before the date, e.g. "Published". */
    published: string;
  };
  quote: {
    /** Summary of the collapsed reflection. */
    readFullReflection: string;
    /** Link text for the `cite` URL. */
    source: string;
  };
  profile: {
    role: string;
    homeCity: string;
    homeOrganisation: string;
    hostOrganisation: string;
    period: string;
    /** Between the start and end of a period. */
    periodSeparator: string;
    /** A period with a start and no end; `{start}` marks where the start date goes. */
    periodFrom: string;
    duration: string;
  };
  partners: {
    /** The list's accessible name when no `label` is given. */
    label: string;
    /** Marks the current partner for readers who cannot see the fill. */
    current: string;
    /** Heading for partners without a region when grouping by region. */
    otherRegion: string;
  };
  duration: (duration: Duration) => string;
}

type Table<K extends keyof LabelCatalogue> = Record<Locale, LabelCatalogue[K]>;

// One table per section, so a component bundles only its own strings; `labelCatalogue` below
// assembles them into the one typed catalogue.
export const articleLabels: Table<'article'> = {
  en: { published: 'Published' },
  'zh-Hant': { published: '發佈日期' },
  'zh-Hans': { published: '发布日期' },
};

export const quoteLabels: Table<'quote'> = {
  en: { readFullReflection: 'Read the full reflection', source: 'Source' },
  'zh-Hant': { readFullReflection: '閱讀完整感想', source: '來源' },
  'zh-Hans': { readFullReflection: '阅读完整感想', source: '来源' },
};

export const profileLabels: Table<'profile'> = {
  en: {
    role: 'Role',
    homeCity: 'Home city',
    homeOrganisation: 'Home organisation',
    hostOrganisation: 'Host office',
    period: 'Exchange period',
    periodSeparator: ' to ',
    periodFrom: 'From {start}',
    duration: 'Duration',
  },
  'zh-Hant': {
    role: '職位',
    homeCity: '原居城市',
    homeOrganisation: '原屬機構',
    hostOrganisation: '接待部門',
    period: '交流期間',
    periodSeparator: '至',
    periodFrom: '{start}起',
    duration: '為期',
  },
  'zh-Hans': {
    role: '职位',
    homeCity: '原居城市',
    homeOrganisation: '原属机构',
    hostOrganisation: '接待部门',
    period: '交流期间',
    periodSeparator: '至',
    periodFrom: '{start}起',
    duration: '为期',
  },
};

export const partnerLabels: Table<'partners'> = {
  en: { label: 'Partner cities', current: 'Current partner', otherRegion: 'Other partners' },
  'zh-Hant': { label: '合作城市', current: '本期合作城市', otherRegion: '其他合作地區' },
  'zh-Hans': { label: '合作城市', current: '本期合作城市', otherRegion: '其他合作地区' },
};

export const durationLabels: Table<'duration'> = {
  en: ({ unit, count }) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  'zh-Hant': ({ unit, count }) => `${count} ${unit === 'month' ? '個月' : unit === 'week' ? '星期' : '天'}`,
  'zh-Hans': ({ unit, count }) => `${count} ${unit === 'month' ? '个月' : unit === 'week' ? '周' : '天'}`,
};

function assemble(): Record<Locale, LabelCatalogue> {
  const entries = locales.map((locale) => [
    locale,
    {
      article: articleLabels[locale],
      quote: quoteLabels[locale],
      profile: profileLabels[locale],
      partners: partnerLabels[locale],
      duration: durationLabels[locale],
    },
  ]);
  return Object.fromEntries(entries) as Record<Locale, LabelCatalogue>;
}

/** Every built-in string of every component, per locale. */
export const labelCatalogue: Record<Locale, LabelCatalogue> = /* @__PURE__ */ assemble();

/**
 * One label of a component (a key of its section table) in one locale, or the caller's override
 * of it. A blank override would leave a control without a name, so the built-in label stays.
 */
export function labelFor<T extends object>(locale: Locale, table: Record<Locale, T>, overrides: unknown, key: keyof T & string): string {
  const override = (overrides as Record<string, unknown> | null | undefined)?.[key];
  return hasVisibleText(override) ? override : (table[locale][key] as string);
}
