import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { Figure } from './Figure.js';
import { fixtures } from './Figure.fixtures.js';

const meta = {
  title: 'Components/Figure',
  component: Figure,
  tags: ['!autodocs'],
  argTypes: { src: { control: 'text' } },
  // The picture with its alt text, caption and credit in the story's language, under the story's own args.
  render: (args) => <Figure {...fixtureProps(fixtures, 'photo', args.locale)} {...args} />,
} satisfies Meta<typeof Figure>;

export default meta;
// Every arg optional: a story without an image takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof Figure>>;

const figureIn = (canvasElement: HTMLElement) => within(canvasElement).getByRole('figure');

/** A photo with its caption and credit, in the language of the toolbar. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const image = within(canvasElement).getByRole('img');
    await expect(image).toHaveAttribute('loading', 'lazy');
    // The box is reserved from width and height before the image arrives.
    await expect(image.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};

/** The lead image of a page: eager, high priority, a 16:9 box. */
export const LeadImage: Story = {
  args: { locale: 'en', aspectRatio: '16:9', loading: 'eager', fetchPriority: 'high' },
  play: async ({ canvasElement }) => {
    const image = within(canvasElement).getByRole('img');
    await expect(image).toHaveAttribute('loading', 'eager');
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    const { width, height } = image.getBoundingClientRect();
    await expect(width / height).toBeCloseTo(16 / 9, 1);
  },
};

/** A ratio crops the image to its box; the image covers the box (`object-fit: cover`). */
export const AspectRatios: Story = {
  args: { locale: 'en' },
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', gap: '1.5rem' }}>
      {(['16:9', '3:2', '4:3', '1:1'] as const).map((ratio) => (
        <Figure key={ratio} {...fixtureProps(fixtures, 'photo', args.locale)} {...args} alt="" aspectRatio={ratio} caption={ratio} data-ratio={ratio} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const ratio of ['16:9', '3:2', '4:3', '1:1']) {
      const image = canvasElement.querySelector(`[data-ratio="${ratio}"] img`)!;
      const [w, h] = ratio.split(':').map(Number);
      const box = image.getBoundingClientRect();
      await expect(box.width / box.height).toBeCloseTo(w! / h!, 1);
      await expect(getComputedStyle(image).objectFit).toBe('cover');
    }
  },
};

/** A small image keeps its own size; it is never stretched to the column. */
export const SmallImage: Story = {
  args: { locale: 'en', width: 240, height: 135, caption: 'A thumbnail keeps its intrinsic size.', credit: undefined },
  play: async ({ canvasElement }) => {
    await expect(Math.round(within(canvasElement).getByRole('img').getBoundingClientRect().width)).toBe(240);
  },
};

/** The caption says all the image shows, so `alt=""`: the image is skipped and the caption read once. */
export const CaptionDescribesImage: Story = {
  args: { locale: 'en', alt: '', caption: 'Victoria Harbour at dusk.', credit: undefined, aspectRatio: '3:2' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('img')).toBeNull();
    await expect(figureIn(canvasElement).querySelector('figcaption')).toHaveTextContent(/^Victoria Harbour at dusk\.$/);
  },
};

export const WithoutCaption: Story = {
  args: { locale: 'en', caption: undefined, credit: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toBeNull();
  },
};

export const CreditOnly: Story = {
  args: { locale: 'en', caption: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toHaveTextContent(/^Photo: Chan Tai-man$/);
  },
};

/** `labels.credit` changes the wording; `{credit}` marks where the name goes. */
export const IllustrationCredit: Story = {
  args: { locale: 'zh-Hant', labels: { credit: '插圖：{credit}' }, credit: '李小華' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toHaveTextContent(/插圖：李小華$/);
  },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toHaveTextContent(/攝影：陳大文$/);
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toHaveTextContent(/摄影：陈大文$/);
  },
};

/** A 320 px column: the image scales down with its shape, the caption wraps. */
export const Narrow: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
  args: { locale: 'zh-Hant' },
};

export const LongCaptionAndCredit: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'zh-Hant',
    caption: '政制及內地事務局粵港澳大灣區發展辦公室公務員交流計劃參加者'.repeat(8),
    credit: `https://www.example.gov.hk/${'photo-library/'.repeat(10)}`,
  },
};

/** A `javascript:` URL is dropped with the image; the caption stays. */
export const UnsafeSource: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', src: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('figcaption')).toBeInTheDocument();
  },
};

/** An unsafe URL and nothing else: nothing is rendered. */
export const UnsafeSourceAlone: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', src: 'javascript:alert(1)', caption: undefined, credit: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figure')).toBeNull();
  },
};

export const MarkupInText: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', caption: '<script>alert(1)</script>', credit: '<b>bold</b>', alt: '"><img src=x onerror=alert(1)>' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, b')).toBeNull();
    await expect(canvasElement.querySelectorAll('img')).toHaveLength(1);
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
};
