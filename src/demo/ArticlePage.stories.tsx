import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArticlePage } from './ReferencePages.js';

/**
 * The reference article page, built from public exports alone with no CSS of its own: contents,
 * the feature, three sections, the previous and next article, the rest of the issue.
 */
const meta = {
  title: 'Pages/Article page',
  component: ArticlePage,
  tags: ['!autodocs'],
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-Hant', 'zh-Hans'] } },
} satisfies Meta<typeof ArticlePage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the language toolbar. */
export const Page: Story = {};
