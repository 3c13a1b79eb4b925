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
  // The page follows the Language toolbar, which shows the language the page is in: no locale control
  // of its own that could say otherwise.
  argTypes: { locale: { control: false } },
} satisfies Meta<typeof NewsletterIssue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the language and theme toolbars. */
export const Page: Story = {};
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const teasers = canvas.getByRole('heading', { level: 2, name: 'In this issue' }).closest('section')!;
    await expect(within(teasers).getAllByRole('article').length).toBeGreaterThanOrEqual(5);
    await expect(canvas.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
  },
};
export const TraditionalChinese: Story = { name: '繁體中文', globals: { locale: 'zh-Hant' } };
export const SimplifiedChinese: Story = { name: '简体中文', globals: { locale: 'zh-Hans' } };
