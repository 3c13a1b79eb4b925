import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { Tag, type TagProps } from './Tag.js';

// Topic names: "Features" as the issue names it, and the kicker of the reference feature.
const words: Record<Locale, { features: string; highlights: string; news: string }> = {
  en: { features: 'Features', highlights: 'Highlights', news: 'New' },
  'zh-Hant': { features: '專題', highlights: '精選', news: '最新' },
  'zh-Hans': { features: '专题', highlights: '精选', news: '最新' },
};
const wordsFor = (args: TagProps) => words[resolveLocale(args.locale)];

const meta = {
  title: 'Components/Tag',
  component: Tag,
  tags: ['!autodocs'],
  args: { tone: 'neutral' } as TagProps,
  argTypes: { children: { control: 'text' } },
  render: (args) => <Tag {...args}>{args.children ?? wordsFor(args).features}</Tag>,
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'baseline' } as const;

/** Both tones, plain and as links, in the language of the toolbar. */
export const Default: Story = {
  render: (args) => {
    const text = wordsFor(args);
    return (
      <div style={row}>
        <Tag locale={args.locale}>{text.features}</Tag>
        <Tag locale={args.locale} href="/topics/highlights/">
          {text.highlights}
        </Tag>
        <Tag locale={args.locale} tone="strong">
          {text.news}
        </Tag>
        <Tag locale={args.locale} tone="strong" href="/topics/new/">
          {text.news}
        </Tag>
      </div>
    );
  },
};

/** A link to the topic's page: underlined, with the focus ring. */
export const Link: Story = {
  args: { locale: 'en', href: '/en/topics/features/' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Features' })).toHaveAttribute('href', '/en/topics/features/');
  },
};

/** The filled tone, for the one label that should stand out. */
export const Strong: Story = { args: { locale: 'zh-Hans', tone: 'strong' } };

/** A `javascript:` URL is dropped: the tag stays, as plain text. */
export const UnsafeHref: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(within(canvasElement).getByText('Features').tagName).toBe('SPAN');
  },
};

/** Don't: write sentences into tags. A long one wraps inside its outline, and never past the column. */
export const LongTag: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', href: '/x/', children: `Civil Service Exchange Programme ${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3)} `.repeat(20) },
  parameters: { narrow: true },
  play: async ({ canvasElement }) => {
    const tag = within(canvasElement).getByRole('link');
    await expect(tag.getBoundingClientRect().right).toBeLessThanOrEqual(canvasElement.getBoundingClientRect().right + 1);
  },
};

/** A right-to-left override pasted into a tag stays inside it. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  render: (args) => (
    <p>
      <Tag {...args}>{'\u202eGreater Bay Area'}</Tag> <Tag {...args}>Highlights</Tag>
    </p>
  ),
  args: { locale: 'en' },
};

export const DarkTheme: Story = { ...Default, globals: { theme: 'dark' } };
export const HighContrastTheme: Story = { ...Default, globals: { theme: 'high-contrast' } };
