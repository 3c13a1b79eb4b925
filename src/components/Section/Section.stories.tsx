import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import { locales, resolveLocale } from '../../i18n/locale.js';
import { CityPartnerBadgeStrip } from '../CityPartnerBadgeStrip/index.js';
import { Section, type SectionProps } from './index.js';

const en = newsletterIssue.en.sections.partners;

/** Stories that keep the English demo text follow the language toolbar; text set by a story stays. */
function Localised({ locale, heading, description, children, ...args }: SectionProps) {
  const language = resolveLocale(locale);
  const partners = newsletterIssue[language].sections.partners;
  const content = exchangeProgramme[language];
  return (
    <Section
      {...args}
      locale={locale}
      heading={heading === en.heading ? partners.heading : heading}
      description={description === en.description ? partners.description : description}
    >
      {children ?? (
        <>
          <p>{content.article.body[0]}</p>
          <CityPartnerBadgeStrip partners={content.partners} label={content.partnersLabel} locale={locale} />
        </>
      )}
    </Section>
  );
}

const meta = {
  title: 'Components/Section',
  component: Section,
  tags: ['!autodocs'],
  // Declared, so the language toolbar reaches the stories (and their text follows it) in tests too.
  argTypes: { locale: { control: 'inline-radio', options: [...locales] } },
  args: { heading: en.heading, description: en.description, id: en.id },
  render: (args) => <Localised {...args} />,
} satisfies Meta<typeof Section>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A section of the reference article: heading, description, a paragraph and the partner cities. */
export const Default: Story = {};

/** Without a description the heading stands alone above the content. */
export const WithoutDescription: Story = {
  args: { description: undefined },
};

/** The heading's size follows its level: 1 for a page title, 2 by default, 3-6 for subsections. */
export const HeadingLevels: Story = {
  render: ({ locale }) => {
    const language = resolveLocale(locale);
    const { sections, newsletter } = newsletterIssue[language];
    const body = exchangeProgramme[language].article.body;
    return (
      <Section locale={locale} heading={newsletter} headingLevel={1} description={newsletterIssue[language].issueLine} id="levels-page">
        <p>{body[0]}</p>
        <Section heading={sections.participant.heading} id="levels-participant">
          <p>{body[1]}</p>
          <Section heading={sections.reflection.heading} headingLevel={3} id="levels-reflection">
            <p>{exchangeProgramme[language].reflection.excerpt}</p>
          </Section>
        </Section>
      </Section>
    );
  },
};

/** A link to `#partners` reaches the section by its id. */
export const WithAnchorLink: Story = {
  render: (args) => (
    <div>
      <p>
        <a href={`#${args.id}`}>{args.heading}</a>
      </p>
      <Localised {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const section = canvasElement.querySelector('section');
    await expect(section?.id).toBe(en.id);
    await expect(canvasElement.querySelector(`a[href="#${en.id}"]`)).not.toBeNull();
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
  play: async ({ canvasElement }) => {
    const section = canvasElement.querySelector('section')!;
    await expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth);
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
  args: { heading: `${en.heading} ${longEnglishWord}` },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};

/** Don't: leave out the heading. The section is then no named region (and warns in development). */
export const DontWithoutHeading: Story = {
  args: { heading: '', description: undefined },
};
