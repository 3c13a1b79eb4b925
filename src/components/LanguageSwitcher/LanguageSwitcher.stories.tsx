import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale } from '../../i18n/locale.js';
import { vars } from '../../tokens/contract.css.js';
import { LanguageSwitcher, type LanguageLinks } from './LanguageSwitcher.js';

const page = 'newsletter/2025/exchange-programme.html';
const links: LanguageLinks = { 'zh-Hant': `/tc/${page}`, 'zh-Hans': `/sc/${page}`, en: `/en/${page}` };

/** The text of each item, "*" after the current one. */
const itemsOf = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('listitem')
    .map((li) => `${li.textContent}${li.getAttribute('aria-current') === 'true' ? '*' : ''}`);

/** Nothing inside the switcher passes its right edge: names wrap instead. */
const staysInside: Story['play'] = async ({ canvasElement }) => {
  const nav = within(canvasElement).getByRole('navigation');
  const bounds = nav.getBoundingClientRect();
  for (const item of nav.querySelectorAll('li')) await expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(bounds.right + 1);
};

const meta = {
  title: 'Components/LanguageSwitcher',
  component: LanguageSwitcher,
  tags: ['!autodocs'],
  // Beyond the preview's three locales, the regional tags a site may pass, which the switcher reads as Traditional and Simplified Chinese.
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-Hant', 'zh-Hans', 'zh-HK', 'zh-CN'] } },
  args: { links },
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The current language follows the language toolbar; the other two are links. */
export const Default: Story = {};

export const English: Story = {
  args: { current: 'en', locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Languages' })).toBeInTheDocument();
    await expect(itemsOf(canvasElement)).toEqual(['繁體', '简体', 'English*']);
    await expect(within(canvasElement).getByRole('link', { name: '繁體' })).toHaveAttribute('hreflang', 'zh-Hant');
  },
};

export const TraditionalChinese: Story = {
  args: { current: 'zh-Hant', locale: 'zh-Hant' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '語言' })).toBeInTheDocument();
    await expect(itemsOf(canvasElement)).toEqual(['繁體*', '简体', 'English']);
  },
};

export const SimplifiedChinese: Story = {
  args: { current: 'zh-Hans', locale: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '语言' })).toBeInTheDocument();
    await expect(itemsOf(canvasElement)).toEqual(['繁體', '简体*', 'English']);
  },
};

/** Where it belongs: at the top right of a masthead, above or beside the site's name. */
export const InMasthead: Story = {
  render: (args) => {
    const locale = resolveLocale(args.current ?? args.locale);
    return (
      <header
        style={{
          display: 'flex',
          flexWrap: 'wrap-reverse',
          justifyContent: 'space-between',
          alignItems: 'flex-start',
          gap: vars.space.md,
          padding: vars.space.lg,
          borderBlockEnd: `${vars.borderWidth.accent} solid ${vars.color.brand.primary}`,
        }}
      >
        <strong style={{ fontSize: vars.font.size.lg }}>{locale === 'en' ? 'Bauhinia Demo Department' : locale === 'zh-Hant' ? '紫荊示範署' : '紫荆示范署'}</strong>
        <LanguageSwitcher {...args} style={{ marginInlineStart: 'auto' }} />
      </header>
    );
  },
};

/** English first, as some sites order it; `order` only reorders. */
export const CustomOrder: Story = {
  args: { current: 'en', locale: 'en', order: ['en', 'zh-Hant', 'zh-Hans'] },
  play: async ({ canvasElement }) => {
    await expect(itemsOf(canvasElement)).toEqual(['English*', '繁體', '简体']);
  },
};

/** Longer names, still each in its own language. */
export const CustomNames: Story = {
  args: { current: 'zh-Hant', locale: 'zh-Hant', names: { 'zh-Hant': '繁體版', 'zh-Hans': '简体版' } },
  play: async ({ canvasElement }) => {
    await expect(itemsOf(canvasElement)).toEqual(['繁體版*', '简体版', 'English']);
  },
};

/** A site without an English version: two languages. */
export const TwoLanguages: Story = {
  args: { current: 'zh-Hans', locale: 'zh-Hans', links: { 'zh-Hant': links['zh-Hant'] } },
  play: async ({ canvasElement }) => {
    await expect(itemsOf(canvasElement)).toEqual(['繁體', '简体*']);
  },
};

/** A `javascript:` URL is not a page in another language: 简体 is left out. */
export const UnsafeUrlLeftOut: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { current: 'en', locale: 'en', links: { ...links, 'zh-Hans': 'javascript:alert(document.cookie)' } },
  play: async ({ canvasElement }) => {
    await expect(itemsOf(canvasElement)).toEqual(['繁體', 'English*']);
  },
};

/** With no other language left, the switcher renders nothing at all (and warns in development). */
export const OnlyTheCurrentLanguage: Story = {
  args: { current: 'en', locale: 'en', links: { en: links.en, 'zh-Hant': 'javascript:alert(1)' } },
  render: (args) => (
    <div>
      <p>The switcher below has no other language to offer, so it renders nothing.</p>
      <LanguageSwitcher {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('navigation')).toBeNull();
  },
};

export const TenThousandCharacterName: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { current: 'en', locale: 'en', names: { 'zh-Hant': '繁體中文版本'.repeat(1700).slice(0, 10_000) } },
  play: staysInside,
};

export const LongNamesAt320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { current: 'en', locale: 'en', names: { 'zh-Hant': '繁體中文版本', 'zh-Hans': '简体中文版本', en: 'English version of this page' } },
  parameters: { narrow: true },
  play: staysInside,
};

export const DarkTheme: Story = {
  args: { current: 'en', locale: 'en' },
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  args: { current: 'zh-Hant', locale: 'zh-Hant' },
  globals: { theme: 'high-contrast' },
};
