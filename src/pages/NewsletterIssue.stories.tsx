import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { NewsletterIssue } from './NewsletterIssue.js';

/**
 * The index page of a newsletter issue in the site shell, built from public exports alone with no
 * CSS of its own. The language toolbar (or a story's language) and the theme toolbar apply.
 */
const meta = {
  title: 'Pages/Newsletter issue',
  component: NewsletterIssue,
  tags: ['!autodocs'],
  parameters: { page: true },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-Hant', 'zh-Hans'] } },
} satisfies Meta<typeof NewsletterIssue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the language and theme toolbars. */
export const Page: Story = {};
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const teasers = canvas.getByRole('heading', { level: 2, name: 'In this issue' }).closest('section')!;
    await expect(within(teasers).getAllByRole('article').length).toBeGreaterThanOrEqual(5);
    await expect(canvas.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
  },
};
export const TraditionalChinese: Story = { name: '繁體中文', args: { locale: 'zh-Hant' } };
export const SimplifiedChinese: Story = { name: '简体中文', args: { locale: 'zh-Hans' } };
