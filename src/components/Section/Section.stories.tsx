import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { CityPartnerBadgeStrip } from '../CityPartnerBadgeStrip/index.js';
import { fixtures as partnerFixtures } from '../CityPartnerBadgeStrip/CityPartnerBadgeStrip.fixtures.js';
import { Section } from './index.js';
import { fixtures } from './Section.fixtures.js';

const meta = {
  title: 'Components/Section',
  component: Section,
  tags: ['!autodocs'],
  // The partners section in the story's language, with the partner cities after its paragraph,
  // under the story's own args.
  render: (args) => {
    const { children, ...section } = fixtureProps(fixtures, 'partners', args.locale);
    return (
      <Section {...section} {...args}>
        {args.children ?? [children, <CityPartnerBadgeStrip key="partners" {...fixtureProps(partnerFixtures, 'partners', args.locale)} />]}
      </Section>
    );
  },
} satisfies Meta<typeof Section>;

export default meta;
// Every arg optional: a story without content takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof Section>>;

/** A section of an article: heading, description, a paragraph and the partner cities, in the Language toolbar's language. */
export const Default: Story = {};

/** Without a description the heading stands alone above the content. */
export const WithoutDescription: Story = {
  args: { description: undefined },
};

/** The heading's size follows its level: 1 for a page title, 2 by default, 3-6 for subsections. */
export const HeadingLevels: Story = {
  render: () => {
    const [participant, partners] = [fixtureProps(fixtures, 'participant-en'), fixtureProps(fixtures, 'partners-en')];
    return (
      <Section {...participant} headingLevel={1}>
        {participant.children}
        <Section {...partners}>
          {partners.children}
          <Section {...fixtureProps(fixtures, 'finance-en-subsection')} />
        </Section>
      </Section>
    );
  },
};

/** A link to `#partners` reaches the section by its id. */
export const WithAnchorLink: Story = {
  render: (args) => {
    const { id, heading } = fixtureProps(fixtures, 'partners', args.locale);
    return (
      <div>
        <p>
          <a href={`#${id}`}>{heading}</a>
        </p>
        {meta.render(args)}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const section = canvasElement.querySelector('section');
    await expect(section?.id).toBe('partners');
    await expect(canvasElement.querySelector('a[href="#partners"]')).not.toBeNull();
  },
};

const longEnglishWord = 'Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu';
const longChineseRun = '粵港澳大灣區發展辦公室'.repeat(20);

/** A 10,000-character heading and description wrap inside the section. */
export const LongText: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    heading: `${longEnglishWord} ${'Partner cities '.repeat(30)}`,
    description: 'Civil service exchange '.repeat(435).slice(0, 10_000),
  },
};

/** An unbroken run of Chinese characters wraps like any other text. */
export const LongUnbrokenChinese: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hant', heading: longChineseRun, description: longChineseRun },
};

/** Children are stacked whatever they are: text, paragraphs, other components. */
export const MixedChildren: Story = {
  args: {
    children: [
      'Plain text becomes its own block.',
      <p key="p">A paragraph.</p>,
      <ul key="ul">
        <li>A list</li>
        <li>of two items</li>
      </ul>,
    ],
  },
};

/** Inside a 320 px column nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
  args: { locale: 'en', heading: `${fixtureProps(fixtures, 'partners-en').heading} ${longEnglishWord}` },
};

/** Don't: leave out the heading. The section is then no named region (and warns in development). */
export const DontWithoutHeading: Story = {
  args: { heading: '', description: undefined },
};
