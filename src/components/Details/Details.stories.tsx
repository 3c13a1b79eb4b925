import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { Details } from './Details.js';
import { fixtures } from './Details.fixtures.js';

/** The closed example, by its words in one language (the play functions look for them). */
const closedText = (locale: string) => fixtureProps(fixtures, 'who-can-take-part', locale).children as string;

const meta = {
  title: 'Components/Details',
  component: Details,
  tags: ['!autodocs'],
  argTypes: {
    children: { control: false },
  },
  args: { open: false },
  // The fixture in the story's language, unless the story sets its own content.
  render: (args) => <Details {...fixtureProps(fixtures, 'who-can-take-part', args.locale)} {...args} />,
} satisfies Meta<typeof Details>;

export default meta;
// Every arg optional: a story without content takes the fixture in its language (the render above).
type Story = StoryObj<Meta<typeof Details>>;

/** A closed disclosure and an open one, in the language of the toolbar. */
export const Default: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <Details {...fixtureProps(fixtures, 'who-can-take-part', args.locale)} {...args} />
      <Details {...fixtureProps(fixtures, 'open', args.locale)} />
    </div>
  ),
};

/** The summary is a stop of the keyboard; activating it opens the content and again closes it: native behaviour, no JavaScript of ours. */
export const Closed: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const details = canvasElement.querySelector('details')!;
    const summary = canvasElement.querySelector('summary')!;
    await expect(canvas.getByText(closedText('en'))).not.toBeVisible();
    await userEvent.tab();
    await expect(summary).toHaveFocus();
    await userEvent.click(summary);
    await expect(details.open).toBe(true);
    await expect(canvas.getByText(closedText('en'))).toBeVisible();
    await userEvent.click(summary);
    await expect(details.open).toBe(false);
  },
};

export const Open: Story = {
  args: { locale: 'zh-Hant', open: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(closedText('zh-Hant'))).toBeVisible();
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
