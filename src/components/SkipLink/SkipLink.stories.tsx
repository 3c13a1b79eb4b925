import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { vars } from '../../tokens/contract.css.js';
import { SkipLink } from './SkipLink.js';

// A plainly fictional department, so the skip link has a page to skip through.
const page: Record<Locale, { department: string; menu: string; nav: string[]; title: string; text: string }> = {
  en: {
    department: 'Bauhinia Demo Department',
    menu: 'Main menu',
    nav: ['Home', 'Newsletter', 'Contact us'],
    title: 'Civil Service Exchange Programme 2024',
    text: 'Thirty Mainland civil servants joined Hong Kong bureaux and departments from December 2024.',
  },
  'zh-Hant': {
    department: '紫荊示範署',
    menu: '主選單',
    nav: ['首頁', '通訊', '聯絡我們'],
    title: '2024年公務員交流計劃',
    text: '由2024年12月起，三十位內地公務員加入香港特區政府不同的決策局及部門。',
  },
  'zh-Hans': {
    department: '紫荆示范署',
    menu: '主选单',
    nav: ['首页', '通讯', '联络我们'],
    title: '2024年公务员交流计划',
    text: '由2024年12月起，三十位内地公务员加入香港特区政府不同的决策局及部门。',
  },
};

/** The skip link first, then a masthead with navigation, then the main content it skips to. */
function Page({ locale, targetId = 'main-content', children }: { locale: unknown; targetId?: string; children: ReactNode }) {
  const text = page[resolveLocale(locale)];
  return (
    <div style={{ border: `${vars.borderWidth.thin} dashed ${vars.color.border.default}` }}>
      {children}
      <header style={{ display: 'flex', flexWrap: 'wrap', gap: vars.space.lg, alignItems: 'baseline', padding: vars.space.lg, background: vars.color.surface.subtle }}>
        <strong>{text.department}</strong>
        <nav aria-label={text.menu}>
          {text.nav.map((item) => (
            <a key={item} href={`#${item}`} style={{ color: vars.color.text.link, marginInlineEnd: vars.space.md }}>
              {item}
            </a>
          ))}
        </nav>
      </header>
      <main id={targetId} tabIndex={-1} style={{ padding: vars.space.lg }}>
        <h1 style={{ fontSize: vars.font.size.xl }}>{text.title}</h1>
        <p>{text.text}</p>
      </main>
    </div>
  );
}

const meta = {
  title: 'Components/SkipLink',
  component: SkipLink,
  tags: ['!autodocs'],
  // Beyond the preview's three locales, the regional tags a site may pass, which the skip link reads as Traditional and Simplified Chinese.
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-Hant', 'zh-Hans', 'zh-HK', 'zh-CN'] } },
  render: (args) => (
    <Page locale={args.locale} targetId={args.targetId}>
      <SkipLink {...args} />
    </Page>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Shown as it looks with keyboard focus, at the top of a page: a box in the brand colour. */
export const Default: Story = {
  args: { visibility: 'always' },
};

/** The default: hidden until the keyboard reaches it; press Tab in the canvas to see it. */
export const HiddenUntilFocused: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Skip to main content' });
    await expect(link.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().width).toBeGreaterThan(100);
    await expect(canvasElement.querySelector(link.getAttribute('href')!)).not.toBeNull();
  },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant', visibility: 'always' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: '跳至主要內容' })).toHaveAttribute('lang', 'zh-Hant');
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', visibility: 'always' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: '跳至主要内容' })).toHaveAttribute('lang', 'zh-Hans');
  },
};

/** The main content has its own id: pass it as `targetId`. */
export const CustomTarget: Story = {
  args: { visibility: 'always', targetId: 'article-body' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link')[0]).toHaveAttribute('href', '#article-body');
    await expect(canvasElement.querySelector('#article-body')).not.toBeNull();
  },
};

/** An override of the built-in label, e.g. on a page whose main content is a form. */
export const LabelOverride: Story = {
  args: { visibility: 'always', labels: { skipToMain: 'Skip to the application form' } },
};

/** A 10,000-character label wraps inside the page; nothing scrolls sideways. */
export const TenThousandCharacterLabel: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { visibility: 'always', labels: { skipToMain: 'Skip to main content '.repeat(500).slice(0, 10_000) } },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getAllByRole('link')[0]!;
    await expect(link.getBoundingClientRect().right).toBeLessThanOrEqual(canvasElement.getBoundingClientRect().right);
  },
};

/** An id with white space cannot be a target: the link keeps `#main-content`. A scheme in an id stays inside the fragment. */
export const HostileTargetIds: Story = {
  tags: ['edge-case', '!autodocs'],
  render: (args) => (
    <Page locale={args.locale}>
      <SkipLink {...args} targetId="main content" visibility="always" />
      <SkipLink {...args} targetId="javascript:alert(1)" visibility="always" />
    </Page>
  ),
  play: async ({ canvasElement }) => {
    const [first, second] = within(canvasElement).getAllByRole('link').slice(0, 2);
    await expect(first).toHaveAttribute('href', '#main-content');
    await expect(second).toHaveAttribute('href', '#javascript:alert(1)');
  },
};

export const DarkTheme: Story = {
  args: { visibility: 'always' },
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  args: { visibility: 'always' },
  globals: { theme: 'high-contrast' },
};
