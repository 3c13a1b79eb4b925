import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { FeedbackPrompt } from './FeedbackPrompt.js';

const prefix: Record<Locale, string> = { en: 'en', 'zh-Hant': 'tc', 'zh-Hans': 'sc' };
const question: Record<Locale, string> = { en: 'Is this page useful?', 'zh-Hant': '本網頁對你有用嗎？', 'zh-Hans': '本网页对你有用吗？' };
const yes: Record<Locale, string> = { en: 'Yes', 'zh-Hant': '有用', 'zh-Hans': '有用' };

const meta = {
  title: 'Components/FeedbackPrompt',
  component: FeedbackPrompt,
  tags: ['!autodocs'],
  // The feedback page, path and report page of the story's language, unless the story sets its own.
  render: (args) => {
    const site = prefix[resolveLocale(args.locale)];
    return (
      <FeedbackPrompt
        action={`#${site}-feedback`}
        hiddenFields={{ page: `/${site}/newsletter/2025-01/exchange-programme.html` }}
        reportHref={`#${site}-report`}
        {...args}
      />
    );
  },
  // Stories send nowhere: a submitted form would leave the story.
  decorators: [(Story) => <div onSubmitCapture={(event) => event.preventDefault()}>{Story()}</div>],
} satisfies Meta<typeof FeedbackPrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The question, Yes and No, and the report link. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const locale = resolveLocale(args.locale);
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: question[locale] });
    const yesButton = within(group).getByRole('button', { name: yes[locale] });
    const form = yesButton.closest('form')!;
    await expect(form).toHaveAttribute('method', 'post');
    await expect(Object.fromEntries(new FormData(form, yesButton))).toEqual({ page: `/${prefix[locale]}/newsletter/2025-01/exchange-programme.html`, useful: 'yes' });
    await expect(canvas.getAllByRole('link')).toHaveLength(1);
  },
};

/** After the site's redirect: the thanks, and the report link still there. */
export const Submitted: Story = {
  args: { submitted: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('form')).toBeNull();
    await expect(within(canvasElement).getByRole('link')).toBeVisible();
  },
};

/** Without `reportHref`: the question and the answers alone. */
export const WithoutReportLink: Story = {
  args: { reportHref: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};

/** A `javascript:` action would run when the form is sent: no form, the report link alone. */
export const UnsafeAction: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { action: 'javascript:alert(document.cookie)' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('form')).toBeNull();
    await expect(within(canvasElement).getByRole('link')).toBeVisible();
  },
};

/** At 320 px the answers go below the question; nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
};

/** A 10,000-character question (the site's own label) wraps inside the panel. */
export const LongQuestion: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { labels: { question: 'Did this page about the Civil Service Exchange Programme help you? '.repeat(160).slice(0, 10_000) } },
};

export const DarkTheme: Story = {
  ...Default,
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  ...Default,
  globals: { theme: 'high-contrast' },
};
