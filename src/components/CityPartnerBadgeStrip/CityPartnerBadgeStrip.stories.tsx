import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { CityPartnerBadgeStrip, type CityPartner } from './index.js';
import { fixtures } from './CityPartnerBadgeStrip.fixtures.js';

const en = fixtureProps(fixtures, 'partners-en');
const hant = fixtureProps(fixtures, 'partners-zh-hant');

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
};

const meta = {
  title: 'Components/CityPartnerBadgeStrip',
  component: CityPartnerBadgeStrip,
  tags: ['!autodocs'],
} satisfies Meta<typeof CityPartnerBadgeStrip>;

export default meta;
// Every arg optional: the Default story takes its content from the fixture in its language.
type Story = StoryObj<Meta<typeof CityPartnerBadgeStrip>>;

/** The six partner cities of the 2024 programme, Shenzhen the current partner, in the Language toolbar's language. */
export const Default: Story = {
  render: (args) => <CityPartnerBadgeStrip {...fixtureProps(fixtures, 'partners', args.locale)} {...args} />,
};

export const English: Story = {
  args: en,
};

export const TraditionalChinese: Story = {
  args: hant,
};

export const SimplifiedChinese: Story = {
  args: fixtureProps(fixtures, 'partners-zh-hans'),
};

/** Chinese names with their English names beside them, marked `lang="en"`. */
export const ChineseWithEnglishNames: Story = {
  args: { ...hant, partners: hant.partners.map((p, i) => ({ ...p, localName: en.partners[i]?.name })) },
};

/** One group per region, in order of first appearance; the Greater Bay Area gets its own group. */
export const GroupedByRegion: Story = {
  args: { ...en, groupByRegion: true },
};

/** Group labels as headings, for pages where readers navigate by heading. */
export const GroupedWithHeadings: Story = {
  args: { ...en, groupByRegion: true, headingLevel: 2 },
};

export const GroupedTraditionalChinese: Story = {
  args: fixtureProps(fixtures, 'partners-zh-hant-grouped'),
};

/** Partners without a region are gathered last, under "Other partners". */
export const GroupedWithOtherPartners: Story = {
  args: {
    ...en,
    groupByRegion: true,
    partners: [...en.partners, { name: 'Macao', localName: '澳門' }, { name: 'Guangzhou', localName: '廣州', region: 'Greater Bay Area' }],
  },
};

export const WithLinks: Story = {
  args: { ...en, partners: withLinks(en.partners) },
};

export const GroupedWithLinks: Story = {
  args: { ...en, partners: withLinks(en.partners), groupByRegion: true },
};

export const TenThousandCharacterName: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { ...en, partners: [{ name: longCityName, localName: '深圳', current: true }, ...en.partners.slice(0, 3)] },
  play: staysInside,
};

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { ...en, partners: [{ name: longEnglishWord, href: '#partner-long', current: true }, ...en.partners.slice(0, 3)] },
  play: staysInside,
};

export const LongUnbrokenChinese: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { ...hant, partners: [{ name: longChineseRun, current: true }, ...hant.partners.slice(0, 3)] },
  play: staysInside,
};

/** Thirty partners wrap onto as many lines as they need. */
export const ThirtyPartners: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    ...en,
    partners: Array.from({ length: 30 }, (_, i) => {
      const base = en.partners[i % en.partners.length]!;
      return { name: `${base.name} ${Math.floor(i / en.partners.length) + 1}`, localName: base.localName, current: i === 5 };
    }),
  },
  play: staysInside,
};

/** A partner without a local name, region or link still renders as a plain badge. */
export const MissingOptionalFields: Story = {
  args: { ...en, partners: [{ name: 'Beijing' }, { name: 'Shanghai', current: true }, { name: 'Wuhan' }], groupByRegion: true },
};

/** An empty list renders nothing at all (and warns in development). */
export const Empty: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { ...en, partners: [] },
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
  args: { ...en, partners: [null, { name: '' }, ...en.partners.slice(0, 3), { localName: '上海' }] as never },
};

/** A `javascript:` href is dropped: Shenzhen is a plain badge; Beijing keeps its link. */
export const UnsafeHrefDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    ...en,
    partners: [
      { name: 'Shenzhen', localName: '深圳', href: 'javascript:alert(1)', current: true },
      { name: 'Beijing', localName: '北京', href: '#partner-beijing' },
    ],
  },
};

export const DarkTheme: Story = {
  args: { ...en, partners: withLinks(en.partners), groupByRegion: true },
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  args: { ...en, partners: withLinks(en.partners), groupByRegion: true },
  globals: { theme: 'high-contrast' },
};

/** The strip inside a 320px-wide column: badges wrap, nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
  args: { ...en, partners: [...en.partners, { name: longEnglishWord }], groupByRegion: true },
  play: staysInside,
};

/** Don't: put descriptions into names. A badge names a city; details belong in the article. */
export const DontDescriptionsAsNames: Story = {
  args: {
    ...en,
    partners: [
      { name: 'Shenzhen (one participant, hosted by the Greater Bay Area Development Office for three months)', current: true },
      { name: 'Beijing: several bureaux, four weeks to three months' },
    ],
  },
};

/** Don't: mark every partner as current. "Current" means this edition's partner, usually one. */
export const DontEveryPartnerCurrent: Story = {
  args: { ...en, partners: en.partners.map((p) => ({ ...p, current: true })) },
};
