import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { CityPartnerBadgeStrip, type CityPartner } from './index.js';

const en = exchangeProgramme.en;
const hant = exchangeProgramme['zh-Hant'];
const hans = exchangeProgramme['zh-Hans'];

const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');
const withLinks = (partners: readonly CityPartner[]): CityPartner[] => partners.map((p) => ({ ...p, href: `#partner-${slug(p.name)}` }));

const longCityName = 'Shenzhen Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone '.repeat(200).slice(0, 10_000).trim();
const longEnglishWord = 'Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu';
const longChineseRun = '粵港澳大灣區深圳前海深港現代服務業合作區'.repeat(12);

/** Every badge stays inside the strip's box: long names wrap instead of pushing sideways. */
const staysInside: Story['play'] = async ({ canvasElement }) => {
  const strip = canvasElement.querySelector('ul')?.closest('[aria-label]');
  if (!(strip instanceof HTMLElement)) throw new Error('strip not rendered');
  const bounds = strip.getBoundingClientRect();
  for (const badge of strip.querySelectorAll('li > *')) {
    const box = badge.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(bounds.left - 1);
    await expect(box.right).toBeLessThanOrEqual(bounds.right + 1);
  }
  await expect(strip.scrollWidth).toBeLessThanOrEqual(strip.clientWidth);
};

const meta = {
  title: 'Components/CityPartnerBadgeStrip',
  component: CityPartnerBadgeStrip,
  tags: ['!autodocs'],
  args: {
    partners: en.partners,
    label: en.partnersLabel,
  },
} satisfies Meta<typeof CityPartnerBadgeStrip>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The six partner cities of the 2024 programme; Shenzhen is the current partner. */
export const Default: Story = {};

export const English: Story = {
  args: { locale: 'en', partners: en.partners, label: en.partnersLabel },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant', partners: hant.partners, label: hant.partnersLabel },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', partners: hans.partners, label: hans.partnersLabel },
};

/** Chinese names with their English names beside them, marked `lang="en"`. */
export const ChineseWithEnglishNames: Story = {
  args: {
    locale: 'zh-Hant',
    label: hant.partnersLabel,
    partners: hant.partners.map((p, i) => ({ ...p, localName: en.partners[i]?.name })),
  },
};

/** One group per region, in order of first appearance; the Greater Bay Area gets its own group. */
export const GroupedByRegion: Story = {
  args: { groupByRegion: true },
};

/** Group labels as headings, for pages where readers navigate by heading. */
export const GroupedWithHeadings: Story = {
  args: { groupByRegion: true, headingLevel: 2 },
};

export const GroupedTraditionalChinese: Story = {
  args: { locale: 'zh-Hant', partners: hant.partners, label: hant.partnersLabel, groupByRegion: true },
};

/** Partners without a region are gathered last, under "Other partners". */
export const GroupedWithOtherPartners: Story = {
  args: {
    groupByRegion: true,
    partners: [...en.partners, { name: 'Macao', localName: '澳門' }, { name: 'Guangzhou', localName: '廣州', region: 'Greater Bay Area' }],
  },
};

export const WithLinks: Story = {
  args: { partners: withLinks(en.partners) },
};

export const GroupedWithLinks: Story = {
  args: { partners: withLinks(en.partners), groupByRegion: true },
};

export const TenThousandCharacterName: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { partners: [{ name: longCityName, localName: '深圳', current: true }, ...en.partners.slice(0, 3)] },
  play: staysInside,
};

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { partners: [{ name: longEnglishWord, href: '#partner-long', current: true }, ...en.partners.slice(0, 3)] },
  play: staysInside,
};

export const LongUnbrokenChinese: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'zh-Hant',
    label: hant.partnersLabel,
    partners: [{ name: longChineseRun, current: true }, ...hant.partners.slice(0, 3)],
  },
  play: staysInside,
};

/** Thirty partners wrap onto as many lines as they need. */
export const ThirtyPartners: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    partners: Array.from({ length: 30 }, (_, i) => {
      const base = en.partners[i % en.partners.length]!;
      return { name: `${base.name} ${Math.floor(i / en.partners.length) + 1}`, localName: base.localName, current: i === 5 };
    }),
  },
  play: staysInside,
};

/** A partner without a local name, region or link still renders as a plain badge. */
export const MissingOptionalFields: Story = {
  args: { partners: [{ name: 'Beijing' }, { name: 'Shanghai', current: true }, { name: 'Wuhan' }], groupByRegion: true },
};

/** An empty list renders nothing at all (and warns in development). */
export const Empty: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { partners: [] },
  render: (args) => (
    <div>
      <p>The strip below has no partners, so it renders nothing.</p>
      <CityPartnerBadgeStrip {...args} />
    </div>
  ),
};

/** Only entries with a usable name are kept. */
export const InvalidEntriesSkipped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { partners: [null, { name: '' }, ...en.partners.slice(0, 3), { localName: '上海' }] as never },
};

/** A `javascript:` href is dropped: Shenzhen is a plain badge; Beijing keeps its link. */
export const UnsafeHrefDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    partners: [
      { name: 'Shenzhen', localName: '深圳', href: 'javascript:alert(1)', current: true },
      { name: 'Beijing', localName: '北京', href: '#partner-beijing' },
    ],
  },
};

export const DarkTheme: Story = {
  args: { partners: withLinks(en.partners), groupByRegion: true },
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  args: { partners: withLinks(en.partners), groupByRegion: true },
  globals: { theme: 'high-contrast' },
};

/** The strip inside a 320px-wide column: badges wrap, nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { partners: [...en.partners, { name: longEnglishWord }], groupByRegion: true },
  play: staysInside,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};

/** Don't: put descriptions into names. A badge names a city; details belong in the article. */
export const DontDescriptionsAsNames: Story = {
  args: {
    partners: [
      { name: 'Shenzhen (one participant, hosted by the Greater Bay Area Development Office for three months)', current: true },
      { name: 'Beijing: several bureaux, four weeks to three months' },
    ],
  },
};

/** Don't: mark every partner as current. "Current" means this edition's partner, usually one. */
export const DontEveryPartnerCurrent: Story = {
  args: { partners: en.partners.map((p) => ({ ...p, current: true })) },
};
