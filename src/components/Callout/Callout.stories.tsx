import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { Callout, type CalloutProps } from './Callout.js';

// Facts from the exchange programme, in our own words.
const copy: Record<Locale, { heading: string; body: string[]; important: string }> = {
  en: {
    heading: 'About the programme',
    body: [
      'The Civil Service Exchange Programme brings civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area to work in HKSAR Government bureaux and departments.',
      'Thirty officials took part in the 2024 round.',
    ],
    important: 'The 2024 attachments began in early December. Each lasts between four weeks and three months.',
  },
  'zh-Hant': {
    heading: '關於交流計劃',
    body: ['公務員交流計劃安排來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員，到香港特區政府的決策局及部門工作。', '2024年共有三十位內地公務員參加。'],
    important: '2024年的交流由12月初開始，每段為期四星期至三個月。',
  },
  'zh-Hans': {
    heading: '关于交流计划',
    body: ['公务员交流计划安排来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员，到香港特区政府的决策局及部门工作。', '2024年共有三十位内地公务员参加。'],
    important: '2024年的交流由12月初开始，每段为期四周至三个月。',
  },
};

const paragraphs = (texts: readonly string[]) => texts.map((text) => <p key={text}>{text}</p>);

/** The demo text in the story's language, unless the story sets its own. */
function withCopy(args: CalloutProps): CalloutProps {
  const text = copy[resolveLocale(args.locale)];
  return { ...args, heading: 'heading' in args ? args.heading : text.heading, children: args.children ?? paragraphs(text.body) };
}

const meta = {
  title: 'Components/Callout',
  component: Callout,
  tags: ['!autodocs'],
  args: { variant: 'information', headingLevel: 3 },
  argTypes: {
    children: { control: false },
  },
  render: (args) => <Callout {...withCopy(args)} />,
} satisfies Meta<typeof Callout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both variants, in the language of the toolbar: information with a heading, and important without one. */
export const Default: Story = {
  render: (args) => {
    const text = copy[resolveLocale(args.locale)];
    return (
      <div style={{ display: 'grid', gap: '1.5rem' }}>
        <Callout {...withCopy(args)} />
        <Callout locale={args.locale} variant="important">
          {text.important}
        </Callout>
      </div>
    );
  },
};

export const Information: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(within(note).getByRole('heading', { level: 3, name: 'About the programme' })).toBeVisible();
  },
};

export const Important: Story = {
  args: { locale: 'en', variant: 'important', heading: 'Attachment dates', children: copy.en.important },
};

/** Without a heading the variant is read first ("Important: …") from visually hidden text. */
export const ImportantWithoutHeading: Story = {
  args: { locale: 'en', variant: 'important', heading: undefined, children: copy.en.important },
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole('note');
    await expect(note).toHaveTextContent(/^Important: The 2024 attachments/);
    await expect(within(note).queryByRole('heading')).toBeNull();
  },
};

export const InformationWithoutHeading: Story = {
  args: { locale: 'en', heading: undefined, children: copy.en.body[0] },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant' },
};

export const TraditionalChineseImportant: Story = {
  args: { locale: 'zh-Hant', variant: 'important', heading: undefined, children: copy['zh-Hant'].important },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent(/^重要：2024年/);
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans' },
};

export const SimplifiedChineseImportant: Story = {
  args: { locale: 'zh-Hans', variant: 'important', heading: '交流日期', children: copy['zh-Hans'].important },
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
      <Callout {...withCopy(args)} />
      <Callout {...withCopy({ ...args, variant: 'important', heading: undefined, children: copy[resolveLocale(args.locale)].important })} />
    </div>
  ),
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  render: DarkTheme.render,
};
