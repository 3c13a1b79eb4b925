import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { Breadcrumbs, type BreadcrumbItem, type BreadcrumbsProps } from './Breadcrumbs.js';

const trails: Record<Locale, BreadcrumbItem[]> = {
  en: [
    { label: 'Home', href: '/en/' },
    { label: 'Newsletter', href: '/en/newsletter/' },
    { label: exchangeProgramme.en.article.kicker, href: '/en/newsletter/highlights/' },
    { label: exchangeProgramme.en.article.title },
  ],
  'zh-Hant': [
    { label: '首頁', href: '/tc/' },
    { label: '通訊', href: '/tc/newsletter/' },
    { label: exchangeProgramme['zh-Hant'].article.kicker, href: '/tc/newsletter/highlights/' },
    { label: exchangeProgramme['zh-Hant'].article.title },
  ],
  'zh-Hans': [
    { label: '首页', href: '/sc/' },
    { label: '通讯', href: '/sc/newsletter/' },
    { label: exchangeProgramme['zh-Hans'].article.kicker, href: '/sc/newsletter/highlights/' },
    { label: exchangeProgramme['zh-Hans'].article.title },
  ],
};

/** Stories that still show the English demo trail follow the language toolbar; the others keep their own. */
const followLanguage = (args: BreadcrumbsProps): BreadcrumbsProps =>
  JSON.stringify(args.items) === JSON.stringify(trails.en) ? { ...args, items: trails[resolveLocale(args.locale)] } : args;

/** Every step stays inside the trail's box: long labels wrap instead of pushing sideways. */
const staysInside: Story['play'] = async ({ canvasElement }) => {
  const nav = within(canvasElement).getByRole('navigation');
  const bounds = nav.getBoundingClientRect();
  for (const item of nav.querySelectorAll('li')) {
    const box = item.getBoundingClientRect();
    await expect(box.left).toBeGreaterThanOrEqual(bounds.left - 1);
    await expect(box.right).toBeLessThanOrEqual(bounds.right + 1);
  }
  await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
};

const meta = {
  title: 'Components/Breadcrumbs',
  component: Breadcrumbs,
  tags: ['!autodocs'],
  // Declared, so the language toolbar reaches the stories that set no locale of their own.
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-Hant', 'zh-Hans', 'zh-HK', 'zh-CN'] } },
  args: { items: trails.en },
  render: (args) => <Breadcrumbs {...followLanguage(args)} />,
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** From the home page to the feature, the current page; the trail follows the language toolbar. */
export const Default: Story = {};

export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Breadcrumb' });
    await expect(nav.querySelector('ol')).not.toBeNull();
    await expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Home', 'Newsletter', 'Highlights']);
    await expect(within(nav).getAllByRole('listitem').at(-1)).toHaveAttribute('aria-current', 'page');
  },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '導覽路徑' })).toBeInTheDocument();
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '导览路径' })).toBeInTheDocument();
  },
};

/** The separators are drawn by CSS on every step after the first, and read by no screen reader. */
export const Separators: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(getComputedStyle(items[0]!, '::before').content).toBe('none');
    for (const item of items.slice(1)) await expect(getComputedStyle(item, '::before').content).toBe('""');
    await expect(within(canvasElement).getByRole('list').textContent).toBe(trails.en.map((step) => step.label).join(''));
  },
};

/** A step without a page of its own (an issue of the newsletter) is plain text. */
export const StepWithoutLink: Story = {
  args: {
    locale: 'zh-Hant',
    items: [{ label: '首頁', href: '/tc/' }, { label: '通訊', href: '/tc/newsletter/' }, { label: '2025年1月號' }, { label: exchangeProgramme['zh-Hant'].article.title }],
  },
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
  args: {
    locale: 'en',
    items: [
      { label: 'Home', href: '/' },
      { label: 'About us', href: '/about/' },
      { label: 'Bureaux and departments', href: '/about/bureaux/' },
      { label: 'Constitutional and Mainland Affairs Bureau', href: '/about/bureaux/cmab/' },
      { label: 'Greater Bay Area Development Office', href: '/about/bureaux/cmab/gba/' },
      { label: 'Programmes', href: '/about/bureaux/cmab/gba/programmes/' },
      { label: 'Civil Service Exchange Programme', href: '/about/bureaux/cmab/gba/programmes/exchange/' },
      { label: '2024 participants' },
    ],
  },
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
  args: { locale: 'zh-Hant', items: trails['zh-Hant'] },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
  play: staysInside,
};

export const DarkTheme: Story = {
  args: { locale: 'en' },
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  args: { locale: 'en' },
  globals: { theme: 'high-contrast' },
};
