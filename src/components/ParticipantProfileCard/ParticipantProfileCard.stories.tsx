import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoImageSrc, exchangeProgramme, programmePeriod } from '../../pages/content/exchangeProgramme.js';
import { vars } from '../../tokens/contract.css.js';
import { ParticipantProfileCard, type ParticipantProfileCardProps } from './ParticipantProfileCard.js';

const en = exchangeProgramme.en.participant;
const hant = exchangeProgramme['zh-Hant'].participant;
const hans = exchangeProgramme['zh-Hans'].participant;

const meta = {
  title: 'Components/ParticipantProfileCard',
  component: ParticipantProfileCard,
  tags: ['!autodocs'],
  args: {
    name: en.name,
    honorific: en.honorific,
    localName: hant.name,
    role: en.role,
    homeCity: en.homeCity,
    homeOrganisation: en.homeOrganisation,
    hostOrganisation: en.hostOrganisation,
    period: programmePeriod,
    children: en.bio,
  },
  argTypes: {
    locale: { control: 'select', options: ['en', 'zh-Hant', 'zh-Hans', 'zh-HK', 'zh-CN'] },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ParticipantProfileCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Terence Wang from the 2024 exchange programme, with his Chinese name beside the English one. */
export const Default: Story = {};

export const English: Story = { args: { locale: 'en' } };

export const TraditionalChinese: Story = {
  args: {
    locale: 'zh-Hant',
    name: hant.name,
    honorific: undefined,
    localName: hant.localName,
    role: hant.role,
    homeCity: hant.homeCity,
    homeOrganisation: hant.homeOrganisation,
    hostOrganisation: hant.hostOrganisation,
    children: hant.bio,
  },
};

export const SimplifiedChinese: Story = {
  args: {
    locale: 'zh-Hans',
    name: hans.name,
    honorific: undefined,
    localName: hans.localName,
    role: hans.role,
    homeCity: hans.homeCity,
    homeOrganisation: hans.homeOrganisation,
    hostOrganisation: hans.hostOrganisation,
    children: hans.bio,
  },
};

export const WithPhoto: Story = { args: { photo: { src: demoImageSrc } } };

/** No photo: initials of the first and last words. */
export const MonogramLatin: Story = { args: { name: 'Terence Wang', localName: undefined } };

/** A Chinese name gives its family name as the monogram, and the honorific follows the name. */
export const MonogramChinese: Story = {
  args: { locale: 'zh-Hant', name: '陳小明', honorific: '先生', localName: undefined, role: hant.role, homeCity: '杭州', homeOrganisation: undefined, hostOrganisation: hant.hostOrganisation, children: undefined },
};

/** `{ family, given }` is ordered by script: given + family for Latin, family + given for Han. */
export const NameInParts: Story = {
  // Her Chinese name as she writes it, marked as Traditional Chinese whatever the page's language.
  args: { name: { family: 'Lau', given: 'Ada' }, honorific: 'Dr', localName: { family: '劉', given: '詠詩' }, localNameLang: 'zh-Hant', children: undefined },
};

/** The name links to a full profile page; the card holds no other link. */
export const WithLink: Story = { args: { href: '#participant-terence-wang' } };

export const StartOnlyPeriod: Story = { args: { period: { start: programmePeriod.start } } };

/** An invalid start date drops the period (with a warning in development); everything else still shows. */
export const InvalidDate: Story = { tags: ['edge-case', '!autodocs'], args: { period: { start: '2024-02-30', end: programmePeriod.end } } };

export const EndBeforeStart: Story = { tags: ['edge-case', '!autodocs'], args: { period: { start: programmePeriod.end, end: programmePeriod.start } } };

export const VeryLongName: Story = { tags: ['edge-case', '!autodocs'], args: { name: 'Terence '.repeat(1_250).trim(), honorific: 'Mr' } };

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { hostOrganisation: 'Pneumonoultramicroscopicsilicovolcanoconiosisresearchanddevelopmentoffice', name: 'Wolfeschlegelsteinhausenbergerdorff Wang' },
};

export const LongUnbrokenChinese: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'zh-Hant',
    name: '王'.repeat(60),
    localName: undefined,
    honorific: '先生',
    role: hant.role,
    homeCity: hant.homeCity,
    homeOrganisation: hant.homeOrganisation,
    hostOrganisation: '政制及內地事務局粵港澳大灣區發展辦公室'.repeat(12),
    children: hant.bio,
  },
};

/** A `javascript:` link and photo are dropped: the name is plain text and the monogram shows. */
export const UnsafeUrlsDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { href: 'javascript:alert(1)', photo: { src: 'javascript:alert(1)' } },
};

export const Minimal: Story = {
  args: {
    name: en.name,
    honorific: undefined,
    localName: undefined,
    role: undefined,
    homeCity: undefined,
    homeOrganisation: undefined,
    hostOrganisation: undefined,
    period: undefined,
    children: undefined,
  },
};

export const DarkTheme: Story = { args: { photo: { src: demoImageSrc } }, globals: { theme: 'dark' } };

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
        <ParticipantProfileCard {...args} photo={{ src: demoImageSrc }} />
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
