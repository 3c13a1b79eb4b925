import type { Meta, StoryObj } from '@storybook/react-vite';
import { NewsletterFeature } from './NewsletterFeature.js';

/** The reference feature, as a site would publish it, in each language and theme. */
const meta = {
  title: 'Pages/Newsletter feature',
  component: NewsletterFeature,
  tags: ['!autodocs'],
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-Hant', 'zh-Hans'] } },
} satisfies Meta<typeof NewsletterFeature>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the language toolbar. */
export const Page: Story = {};
export const English: Story = { args: { locale: 'en' } };
export const TraditionalChinese: Story = { name: '繁體中文', args: { locale: 'zh-Hant' } };
export const SimplifiedChinese: Story = { name: '简体中文', args: { locale: 'zh-Hans' } };
export const Dark: Story = { args: { locale: 'en' }, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'High contrast', args: { locale: 'zh-Hant' }, globals: { theme: 'high-contrast' } };
