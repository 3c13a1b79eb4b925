import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { Breadcrumbs } from './Breadcrumbs.js';
import { fixtures } from './Breadcrumbs.fixtures.js';

/** Every step stays inside the trail's box: long labels wrap instead of pushing sideways. */
const staysInside: Story['play'] = async ({ canvasElement }) => {
  const nav = within(canvasElement).getByRole('navigation');
  const bounds = nav.getBoundingClientRect();
  for (const item of nav.querySelectorAll('li')) {
    const box = item.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(bounds.left - 1);
    await expect(box.right).toBeLessThanOrEqual(bounds.right + 1);
  }
};

const meta = {
  title: 'Components/Breadcrumbs',
  component: Breadcrumbs,
  tags: ['!autodocs'],
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
// Every arg optional: the Default story takes its content from the fixture in its language.
type Story = StoryObj<Meta<typeof Breadcrumbs>>;

/** From the home page to the feature, the current page, in the Language toolbar's language. */
export const Default: Story = {
  render: (args) => <Breadcrumbs {...fixtureProps(fixtures, 'breadcrumbs', args.locale)} {...args} />,
};

export const English: Story = {
  args: fixtureProps(fixtures, 'breadcrumbs-en'),
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Breadcrumb' });
    await expect(nav.querySelector('ol')).not.toBeNull();
    await expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Home', 'Newsletter', 'Highlights']);
    await expect(within(nav).getAllByRole('listitem').at(-1)).toHaveAttribute('aria-current', 'page');
  },
};

export const TraditionalChinese: Story = {
  args: fixtureProps(fixtures, 'breadcrumbs-zh-hant'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '導覽路徑' })).toBeInTheDocument();
  },
};

export const SimplifiedChinese: Story = {
  args: fixtureProps(fixtures, 'breadcrumbs-zh-hans'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '导览路径' })).toBeInTheDocument();
  },
};

/** The separators are drawn by CSS on every step after the first, and read by no screen reader. */
export const Separators: Story = {
  args: fixtureProps(fixtures, 'breadcrumbs-en'),
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(getComputedStyle(items[0]!, '::before').content).toBe('none');
    for (const item of items.slice(1)) await expect(getComputedStyle(item, '::before').content).toBe('""');
    await expect(within(canvasElement).getByRole('list').textContent).toBe(fixtureProps(fixtures, 'breadcrumbs-en').items.map((step) => step.label).join(''));
  },
};

/** A step without a page of its own (an issue of the newsletter) is plain text. */
export const StepWithoutLink: Story = {
  args: fixtureProps(fixtures, 'issue-zh-hant'),
};

/** A `javascript:` URL is dropped: "Newsletter" is plain text, the other links stay. */
export const UnsafeUrlAsText: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    items: [{ label: 'Home', href: '/en/' }, { label: 'Newsletter', href: 'javascript:alert(document.cookie)' }, { label: 'Highlights', href: '/en/newsletter/highlights/' }, { label: 'This page' }],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link').map((a) => a.textContent)).toEqual(['Home', 'Highlights']);
  },
};

/** Eight steps wrap onto as many lines as they need, every link kept. */
export const LongTrail: Story = {
  tags: ['edge-case', '!autodocs'],
  args: fixtureProps(fixtures, 'long-trail-en'),
  play: staysInside,
};

export const TenThousandCharacterLabels: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    items: [
      { label: 'Home', href: '/' },
      { label: 'Civil Service Exchange Programme '.repeat(400).slice(0, 10_000).trim(), href: '/exchange/' },
      { label: '公務員交流計劃'.repeat(1500).slice(0, 10_000) },
    ],
  },
  play: staysInside,
};

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    items: [{ label: 'Home', href: '/' }, { label: 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3), href: '/x/' }, { label: 'This page' }],
  },
  play: staysInside,
};

export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  parameters: { narrow: true },
  args: fixtureProps(fixtures, 'breadcrumbs-zh-hant'),
  play: staysInside,
};

export const DarkTheme: Story = {
  args: fixtureProps(fixtures, 'breadcrumbs-en'),
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  args: fixtureProps(fixtures, 'breadcrumbs-en'),
  globals: { theme: 'high-contrast' },
};
