import type { Meta, StoryObj } from '@storybook/react-vite';
import { fixtureProps } from '../../fixtures/fixture.js';
import { picture } from '../../fixtures/picture.js';
import { vars } from '../../tokens/contract.css.js';
import { ParticipantProfileCard, type ParticipantProfileCardProps } from './ParticipantProfileCard.js';
import { fixtures } from './ParticipantProfileCard.fixtures.js';

const en = fixtureProps(fixtures, 'participant-en');
const hant = fixtureProps(fixtures, 'participant-zh-hant');
const { period } = en;

const meta = {
  title: 'Components/ParticipantProfileCard',
  component: ParticipantProfileCard,
  tags: ['!autodocs'],
  // Terence Wang's card in the story's language, under the story's own args.
  render: (args) => <ParticipantProfileCard {...fixtureProps(fixtures, 'participant', args.locale)} {...args} />,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ParticipantProfileCard>;

export default meta;
// Every arg optional: a story without a name takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof ParticipantProfileCard>>;

/** Terence Wang from the 2024 exchange programme, in the Language toolbar's language. */
export const Default: Story = {};

export const English: Story = { args: en };

/** His family name with the honorific after it, his English name beside. */
export const TraditionalChinese: Story = { args: hant };

export const SimplifiedChinese: Story = { args: fixtureProps(fixtures, 'participant-zh-hans') };

export const WithPhoto: Story = { args: { photo: { src: picture } } };

/** No photo: initials of the first and last words. */
export const MonogramLatin: Story = { args: { locale: 'en' } };

/** A Chinese name gives its family name as the monogram, and the honorific follows the name. */
export const MonogramChinese: Story = {
  args: { ...hant, name: '陳小明', localName: undefined, homeCity: '杭州', homeOrganisation: undefined, children: undefined },
};

/** `{ family, given }` is ordered by script: given + family for Latin, family + given for Han. */
export const NameInParts: Story = {
  // Her Chinese name as she writes it, marked as Traditional Chinese whatever the page's language.
  args: { name: { family: 'Lau', given: 'Ada' }, honorific: 'Dr', localName: { family: '劉', given: '詠詩' }, localNameLang: 'zh-Hant', children: undefined },
};

/** The name links to a full profile page; the card holds no other link. */
export const WithLink: Story = { args: fixtureProps(fixtures, 'participant-en-linked') };

export const StartOnlyPeriod: Story = { args: { period: { start: period!.start } } };

/** An invalid start date drops the period (with a warning in development); everything else still shows. */
export const InvalidDate: Story = { tags: ['edge-case', '!autodocs'], args: { period: { start: '2024-02-30', end: period!.end } } };

export const EndBeforeStart: Story = { tags: ['edge-case', '!autodocs'], args: { period: { start: period!.end!, end: period!.start } } };

export const VeryLongName: Story = { tags: ['edge-case', '!autodocs'], args: { name: 'Terence '.repeat(1_250).trim(), honorific: 'Mr' } };

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { hostOrganisation: 'Pneumonoultramicroscopicsilicovolcanoconiosisresearchanddevelopmentoffice', name: 'Wolfeschlegelsteinhausenbergerdorff Wang' },
};

export const LongUnbrokenChinese: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { ...hant, name: '王'.repeat(60), localName: undefined, hostOrganisation: '政制及內地事務局粵港澳大灣區發展辦公室'.repeat(12) },
};

/** A `javascript:` link and photo are dropped: the name is plain text and the monogram shows. */
export const UnsafeUrlsDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { href: 'javascript:alert(1)', photo: { src: 'javascript:alert(1)' } },
};

/** The name alone. */
export const Minimal: Story = {
  render: (args) => <ParticipantProfileCard locale={args.locale} name={fixtureProps(fixtures, 'participant', args.locale).name} />,
};

export const DarkTheme: Story = { args: { photo: { src: picture } }, globals: { theme: 'dark' } };

export const DarkThemeMonogram: Story = { globals: { theme: 'dark' } };

export const HighContrastTheme: Story = { globals: { theme: 'high-contrast' } };

const adaLau: ParticipantProfileCardProps = {
  name: { family: 'Lau', given: 'Ada' },
  honorific: 'Ms',
  role: en.role,
  homeCity: 'Hangzhou',
  hostOrganisation: 'Innovation, Technology and Industry Bureau',
  period: { start: '2024-12-02', end: '2024-12-29' },
};

const chanSiuMing: ParticipantProfileCardProps = {
  name: '陳小明',
  honorific: '先生',
  role: en.role,
  homeCity: 'Wuhan',
  period: { start: '2025-01-06' },
};

/** Three cards in a section: they wrap from three columns to one as the space narrows. */
export const CardGrid: Story = {
  args: { locale: 'en', headingLevel: 3 },
  render: (args) => (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading" style={{ marginBlock: `0 ${vars.space.lg}`, fontSize: vars.font.size.xxl }}>
        Participants
      </h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20em), 1fr))', gap: vars.space.lg, alignItems: 'start' }}>
        <ParticipantProfileCard {...en} {...args} photo={{ src: picture }} />
        <ParticipantProfileCard locale={args.locale} headingLevel={args.headingLevel} {...adaLau} />
        <ParticipantProfileCard locale={args.locale} headingLevel={args.headingLevel} {...chanSiuMing} />
      </div>
    </section>
  ),
};

/** Do: keep the bio to a sentence or two; the facts carry the detail. */
export const DoShortBio: Story = { name: 'Do: a short bio' };

/** Don't: repeat the facts in a long bio, or tell the whole story in the card. */
export const DontLongBio: Story = {
  name: "Don't: a long bio",
  args: {
    children: (
      <>
        <p>Terence Wang is an exchange participant from Shenzhen, where he works in the municipal civil service.</p>
        <p>From December 2024 to March 2025 he joined the Greater Bay Area Development Office of the Constitutional and Mainland Affairs Bureau for three months.</p>
        <p>During his placement he compared how the two cities turn research into industry, joined duty visits, and met colleagues across many bureaux and departments.</p>
      </>
    ),
  },
};

/** Do: let the honorific follow a Chinese name (the card does this). */
export const DoHonorificAfterChineseName: Story = {
  name: 'Do: 陳先生',
  args: { ...MonogramChinese.args, name: '陳', honorific: '先生' },
};

/** Don't: write a Chinese honorific into the name, before it. */
export const DontHonorificBeforeChineseName: Story = {
  name: "Don't: 先生 陳",
  args: { ...MonogramChinese.args, name: '先生 陳', honorific: undefined },
};
