import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { Details, type DetailsProps } from './Details.js';

// Facts from the exchange programme, in our own words.
const copy: Record<Locale, { summary: string; body: string; lengthSummary: string; length: string[] }> = {
  en: {
    summary: 'Who can take part?',
    body: 'Civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area, on attachment to HKSAR Government bureaux and departments.',
    lengthSummary: 'How long does an attachment last?',
    length: ['Between four weeks and three months.', 'The 2024 attachments began in early December 2024.'],
  },
  'zh-Hant': {
    summary: '誰可以參加？',
    body: '來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員，到香港特區政府的決策局及部門工作。',
    lengthSummary: '每段交流為期多久？',
    length: ['由四星期至三個月不等。', '2024年的交流由12月初開始。'],
  },
  'zh-Hans': {
    summary: '谁可以参加？',
    body: '来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员，到香港特区政府的决策局及部门工作。',
    lengthSummary: '每段交流为期多久？',
    length: ['由四周至三个月不等。', '2024年的交流由12月初开始。'],
  },
};

/** The demo text in the story's language, unless the story sets its own. */
function withCopy(args: DetailsProps): DetailsProps {
  const text = copy[resolveLocale(args.locale)];
  return { ...args, summary: args.summary === copy.en.summary ? text.summary : args.summary, children: args.children ?? <p>{text.body}</p> };
}

const meta = {
  title: 'Components/Details',
  component: Details,
  tags: ['!autodocs'],
  argTypes: {
    children: { control: false },
  },
  args: { summary: copy.en.summary, open: false },
  render: (args) => <Details {...withCopy(args)} />,
} satisfies Meta<typeof Details>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A closed disclosure and an open one, in the language of the toolbar. */
export const Default: Story = {
  render: (args) => {
    const text = copy[resolveLocale(args.locale)];
    return (
      <div style={{ display: 'grid', gap: '1.5rem' }}>
        <Details {...withCopy(args)} />
        <Details locale={args.locale} summary={text.lengthSummary} open>
          {text.length.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </Details>
      </div>
    );
  },
};

/** The summary is a stop of the keyboard; activating it opens the content and again closes it: native behaviour, no JavaScript of ours. */
export const Closed: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const details = canvasElement.querySelector('details')!;
    const summary = canvasElement.querySelector('summary')!;
    await expect(canvas.getByText(copy.en.body)).not.toBeVisible();
    await userEvent.tab();
    await expect(summary).toHaveFocus();
    await userEvent.click(summary);
    await expect(details.open).toBe(true);
    await expect(canvas.getByText(copy.en.body)).toBeVisible();
    await userEvent.click(summary);
    await expect(details.open).toBe(false);
  },
};

export const Open: Story = {
  args: { locale: 'zh-Hant', open: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(copy['zh-Hant'].body)).toBeVisible();
  },
};

/** A list and a link in the content; give the link the library's look with `bh-link`. */
export const RichContent: Story = {
  args: {
    locale: 'en',
    open: true,
    summary: 'Where do participants come from?',
    children: (
      <>
        <p>From five Mainland cities and the Greater Bay Area:</p>
        <ul>
          <li>Beijing, Shanghai and Chongqing</li>
          <li>Wuhan and Hangzhou</li>
          <li>the Mainland cities of the Greater Bay Area, such as Shenzhen</li>
        </ul>
        <p>
          <a className="bh-link" href="/en/programme/">
            About the exchange programme
          </a>
        </p>
      </>
    ),
  },
};

export const TenThousandCharacterSummary: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    open: true,
    summary: 'Who can take part in the Civil Service Exchange Programme? '.repeat(200).slice(0, 10_000),
    children: <p>{'公務員交流計劃'.repeat(1500).slice(0, 10_000)}</p>,
  },
};

/** A right-to-left override pasted into the summary reorders the summary alone: it stands in its own element. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', summary: '\u202eWho can take part?' },
};

export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hant', open: true },
  parameters: { narrow: true },
};

/** A blank summary, or no content: nothing is rendered. */
export const Empty: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', summary: '\u200b ', children: <p>Content without a summary.</p> },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('details')).toBeNull();
  },
};
