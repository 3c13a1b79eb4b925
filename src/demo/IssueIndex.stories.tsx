import type { Meta, StoryObj } from '@storybook/react-vite';
import { IssueIndexPage } from './ReferencePages.js';

/**
 * The reference index page of an issue, built from public exports alone with no CSS of its own:
 * the newsletter's name, the issue's articles as cards, the pages of the archive.
 */
const meta = {
  title: 'Pages/Issue index',
  component: IssueIndexPage,
  tags: ['!autodocs'],
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-Hant', 'zh-Hans'] } },
} satisfies Meta<typeof IssueIndexPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the language toolbar. */
export const Page: Story = {};
