import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SpecialArrangements } from './SpecialArrangements.js';

/**
 * The site shell with the notices of Hong Kong's bad-weather arrangements, around the page that
 * describes them: built from public exports alone with no CSS of its own. The language and theme
 * toolbars apply.
 */
const meta = {
  title: 'Pages/Special arrangements',
  component: SpecialArrangements,
  tags: ['!autodocs'],
  parameters: { page: true },
  // The page follows the Language toolbar: no locale control of its own that could say otherwise.
  argTypes: { locale: { control: false }, signals: { control: false } },
} satisfies Meta<typeof SpecialArrangements>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No. 8 Northeast Gale or Storm Signal in force: the notice before the masthead. */
export const Signal8: Story = {
  args: { signals: ['TC8NE'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: /^(No\. 8 Northeast Gale or Storm Signal in force|八號東北烈風或暴風信號現正生效|八号东北烈风或暴风信号现正生效)$/ });
    // Before the masthead: the first thing after the skip link.
    await expect(region.compareDocumentPosition(canvas.getByRole('banner')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

export const BlackRainstorm: Story = { args: { signals: ['WRAINB'] } };

/** Both at once: two regions, each named by its own heading. */
export const Both: Story = {
  tags: ['edge-case'],
  args: { signals: ['TC8NE', 'WRAINB'] },
  play: async ({ canvasElement }) => {
    const regions = within(canvasElement)
      .getAllByRole('region')
      .filter((region) => region.classList.contains('bh-notice-banner'));
    await expect(regions).toHaveLength(2);
    const names = regions.map((region) => document.getElementById(region.getAttribute('aria-labelledby')!)!.textContent);
    await expect(new Set(names).size).toBe(2);
  },
};
