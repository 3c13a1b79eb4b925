import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { Callout } from './Callout.js';
import { fixtures } from './Callout.fixtures.js';

/** The important example's words in one language, for stories that set their own heading. */
const importantText = (locale: string | undefined) => fixtureProps(fixtures, 'important', locale).children;

const meta = {
  title: 'Components/Callout',
  component: Callout,
  tags: ['!autodocs'],
  args: { variant: 'information', headingLevel: 3 },
  argTypes: {
    children: { control: false },
  },
  // The information example in the story's language, unless the story sets its own content.
  render: (args) => <Callout {...fixtureProps(fixtures, 'information', args.locale)} {...args} />,
} satisfies Meta<typeof Callout>;

export default meta;
// Every arg optional: a story without content takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof Callout>>;

/** Both variants, in the language of the toolbar: information with a heading, and important without one. */
export const Default: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <Callout {...fixtureProps(fixtures, 'information', args.locale)} {...args} />
      <Callout {...fixtureProps(fixtures, 'important', args.locale)} />
    </div>
  ),
};

export const Information: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(within(note).getByRole('heading', { level: 3, name: 'About the programme' })).toBeVisible();
  },
};

export const Important: Story = {
  args: { locale: 'en', variant: 'important', heading: 'Attachment dates', children: importantText('en') },
};

/** Without a heading the variant is read first ("Important: …") from visually hidden text. */
export const ImportantWithoutHeading: Story = {
  args: { ...fixtureProps(fixtures, 'important-en'), heading: undefined },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(note).toHaveTextContent(/^Important: The 2024 attachments/);
    await expect(within(note).queryByRole('heading')).toBeNull();
  },
};

export const InformationWithoutHeading: Story = {
  args: { locale: 'en', heading: undefined, children: 'Thirty officials took part in the 2024 round.' },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant' },
};

export const TraditionalChineseImportant: Story = {
  args: { ...fixtureProps(fixtures, 'important-zh-hant'), heading: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent(/^重要：2024年/);
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans' },
};

export const SimplifiedChineseImportant: Story = {
  args: { locale: 'zh-Hans', variant: 'important', heading: '交流日期', children: importantText('zh-Hans') },
};

/** Paragraphs, a list and a link as children; an `h2` to fit a page without sections. */
export const RichContent: Story = {
  args: {
    locale: 'en',
    headingLevel: 2,
    heading: 'Partner cities',
    children: (
      <>
        <p>Officials came from five Mainland cities and the Greater Bay Area:</p>
        <ul>
          <li>Beijing, Shanghai and Chongqing</li>
          <li>Wuhan and Hangzhou</li>
          <li>Mainland cities of the Greater Bay Area, such as Shenzhen</li>
        </ul>
        <p>
          <a className="bh-link" href="/news/civil-service-exchange-2024">
            Read the feature on the 2024 programme
          </a>
        </p>
      </>
    ),
  },
};

/** A 320 px column: the icon keeps its column and the text wraps beside it. */
export const Narrow: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hant' },
  parameters: { narrow: true },
};

export const LongUnbrokenChineseString: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'zh-Hant',
    variant: 'important',
    heading: '粵港澳大灣區發展辦公室'.repeat(6),
    children: '政制及內地事務局粵港澳大灣區發展辦公室公務員交流計劃'.repeat(10),
  },
};

export const LongEnglishWordAndUrl: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    heading: `Pneumonoultramicroscopicsilicovolcanoconiosis${'Exchange'.repeat(8)}`,
    children: `See https://www.example.gov.hk/en/newsletter/${'civil-service-exchange-programme-'.repeat(6)}2024 for the full story.`,
  },
};

/** Markup in text stays text. */
export const MarkupInText: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', heading: '<script>alert(1)</script>', children: '<img src=x onerror=alert(1)> stays text.' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, img')).toBeNull();
    await expect(within(canvasElement).getByRole('heading')).toHaveTextContent('<script>alert(1)</script>');
  },
};

/** Neither heading nor content: nothing is rendered. */
export const Empty: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', heading: '  ', children: ' ' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('note')).toBeNull();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <Callout {...fixtureProps(fixtures, 'information', args.locale)} {...args} />
      <Callout {...fixtureProps(fixtures, 'important', args.locale)} />
    </div>
  ),
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  render: DarkTheme.render,
};
