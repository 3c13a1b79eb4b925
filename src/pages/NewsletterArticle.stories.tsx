import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { NewsletterArticle } from './NewsletterArticle.js';

/**
 * The reference newsletter article in the site shell, built from public exports alone with no CSS
 * of its own. The language toolbar (or a story's language) and the theme toolbar apply.
 */
const meta = {
  title: 'Pages/Newsletter article',
  component: NewsletterArticle,
  tags: ['!autodocs'],
  parameters: { page: true },
  // The page follows the Language toolbar, which shows the language the page is in: no locale control
  // of its own that could say otherwise.
  argTypes: { locale: { control: false } },
} satisfies Meta<typeof NewsletterArticle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the language and theme toolbars. */
export const Page: Story = {};
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Every entry of the contents list reaches a section of the article.
    const contents = canvas.getByRole('navigation', { name: 'Contents' });
    for (const link of within(contents).getAllByRole('link')) {
      await expect(canvasElement.querySelector(link.getAttribute('href')!)).not.toBeNull();
    }
    // All nine Mainland cities of the Greater Bay Area are named among the partners.
    const partners = canvas.getByRole('list', { name: /Greater Bay Area/ });
    await expect(within(partners).getAllByRole('listitem')).toHaveLength(9);
  },
};
export const TraditionalChinese: Story = { name: '繁體中文', globals: { locale: 'zh-Hant' } };
export const SimplifiedChinese: Story = { name: '简体中文', globals: { locale: 'zh-Hans' } };
