import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { link } from '../../styles/base.css.js';
import { LanguageSwitcher } from '../LanguageSwitcher/index.js';
import { SearchForm } from '../SearchForm/index.js';
import { TextSizeControl, textSizeAttribute, textSizeStorageKey } from '../TextSizeControl/index.js';
import { Masthead, type MastheadNavigationItem } from './index.js';

// A plainly fictional office and portal: no real department's name, crest or brand.
const site: Record<Locale, { title: string; portal: string; navigation: MastheadNavigationItem[] }> = {
  en: {
    title: 'Example Exchange Office',
    portal: 'Example government portal',
    navigation: [
      { label: 'About us', href: '#about' },
      { label: 'Exchange programme', href: '#programme', current: true },
      { label: 'Partner cities', href: '#partners' },
      { label: 'Participants', href: '#participants' },
      { label: 'News', href: '#news' },
      { label: 'Contact us', href: '#contact' },
    ],
  },
  'zh-Hant': {
    title: '示例交流辦公室',
    portal: '示例政府網站',
    navigation: [
      { label: '關於我們', href: '#about' },
      { label: '交流計劃', href: '#programme', current: true },
      { label: '合作城市', href: '#partners' },
      { label: '參加者', href: '#participants' },
      { label: '新聞', href: '#news' },
      { label: '聯絡我們', href: '#contact' },
    ],
  },
  'zh-Hans': {
    title: '示例交流办公室',
    portal: '示例政府网站',
    navigation: [
      { label: '关于我们', href: '#about' },
      { label: '交流计划', href: '#programme', current: true },
      { label: '合作城市', href: '#partners' },
      { label: '参加者', href: '#participants' },
      { label: '新闻', href: '#news' },
      { label: '联络我们', href: '#contact' },
    ],
  },
};

const contentFor = (locale: unknown) => site[resolveLocale(locale)];

/** An original, plainly fictional mark. Decorative beside the title; named when it stands alone. */
function ExampleLogo({ name }: { name?: string }) {
  return (
    <svg viewBox="0 0 40 40" width="40" height="40" fill="currentColor" {...(name ? { role: 'img', 'aria-label': name } : { 'aria-hidden': true })}>
      <circle cx="20" cy="20" r="18" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M20 8c5 5 5 11 0 16-5-5-5-11 0-16Zm-12 12c6-2 10 0 12 4-6 2-10 0-12-4Zm24 0c-2 4-6 6-12 4 2-4 6-6 12-4Z" />
    </svg>
  );
}

/** The same page in the three languages, named each in its own language. */
const Languages = ({ current }: { current: Locale }) => (
  <LanguageSwitcher current={current} locale={current} links={{ 'zh-Hant': '#zh-Hant', 'zh-Hans': '#zh-Hans', en: '#en' }} />
);

/** Stand-in for the government portal link in the identity strip. */
const portalLink = (locale: unknown) => (
  <a className={link} href="https://portal.example.gov.hk/">
    {contentFor(locale).portal}
  </a>
);

const meta = {
  title: 'Components/Masthead',
  component: Masthead,
  tags: ['!autodocs'],
  args: { homeHref: '#home' },
  argTypes: {
    logo: { control: false },
    identity: { control: false },
    languageSwitcher: { control: false },
    textSize: { control: false },
  },
  // The text size control changes <html> and remembers the choice: start and end every story without one.
  beforeEach: () => {
    const reset = () => {
      document.documentElement.removeAttribute(textSizeAttribute);
      localStorage.removeItem(textSizeStorageKey);
    };
    reset();
    return reset;
  },
} satisfies Meta<typeof Masthead>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Everything a Hong Kong site header carries, in the page's language. */
export const Default: Story = {
  render: ({ locale, ...args }) => {
    const content = contentFor(locale);
    return (
      <Masthead
        locale={locale}
        identity={portalLink(locale)}
        logo={<ExampleLogo />}
        title={content.title}
        navigation={content.navigation}
        languageSwitcher={<Languages current={resolveLocale(locale)} />}
        textSize={<TextSizeControl locale={locale} />}
        {...args}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const current = canvas.getAllByRole('link').filter((a) => a.getAttribute('aria-current') === 'page');
    await expect(current).toHaveLength(1);
    const menu = current[0]!.closest('nav')!;
    await expect(within(menu).getAllByRole('link')).toHaveLength(6);
    await expect(menu.closest('header')).toBe(canvas.getByRole('banner'));
  },
};

/** A title alone, not a link: the smallest masthead. */
export const TitleOnly: Story = {
  args: { title: site.en.title, homeHref: undefined },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant', title: site['zh-Hant'].title, navigation: site['zh-Hant'].navigation },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '主選單' })).toBeVisible();
    await expect(within(canvasElement).getByRole('link', { name: '示例交流辦公室' })).toHaveAttribute('href', '#home');
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', title: site['zh-Hans'].title, navigation: site['zh-Hans'].navigation },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '主菜单' })).toBeVisible();
  },
};

/** A logo without a title: the logo's text alternative names the link home. */
export const LogoOnly: Story = {
  args: { logo: <ExampleLogo name="Example Exchange Office, home" />, navigation: site.en.navigation },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Example Exchange Office, home' })).toHaveAttribute('href', '#home');
  },
};

/** Logo and title together form one link; the logo is decorative (the title names the link). */
export const LogoAndTitle: Story = {
  args: { logo: <ExampleLogo />, title: site.en.title },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Example Exchange Office' })).toBeVisible();
  },
};

/** The tools at the top right: they wrap below the title when the row is too narrow. */
export const WithTools: Story = {
  args: { locale: 'en', title: site.en.title },
  render: (args) => <Masthead {...args} languageSwitcher={<Languages current="en" />} textSize={<TextSizeControl />} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const large = await canvas.findByRole('button', { name: 'Large text size' });
    await userEvent.click(large);
    await expect(document.documentElement).toHaveAttribute(textSizeAttribute, 'large');
    await expect(large).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Normal text size' }));
    await expect(document.documentElement).not.toHaveAttribute(textSizeAttribute);
  },
};

/** Keyboard order follows reading order: home, tools, then the menu. */
export const KeyboardOrder: Story = {
  args: { locale: 'en', title: site.en.title, navigation: site.en.navigation.slice(0, 3) },
  render: (args) => <Masthead {...args} languageSwitcher={<Languages current="en" />} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: site.en.title })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: '繁體' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'About us' })).toHaveFocus();
  },
};

/** At 320 px the six navigation links are behind the Menu, and the tools wrap; nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { title: site.en.title, navigation: site.en.navigation },
  render: (args) => <Masthead {...args} identity={portalLink('en')} languageSwitcher={<Languages current="en" />} textSize={<TextSizeControl />} />,
  parameters: { narrow: true },
};

/** A 10,000-character title, long navigation labels and an unbroken Chinese run still wrap. */
export const LongContent: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    title: 'Example Office for the Exchange of Civil Servants between Hong Kong and Partner Cities '.repeat(120).slice(0, 10_000),
    navigation: [
      { label: 'Pneumonoultramicroscopicsilicovolcanoconiosis research exchange', href: '#a' },
      { label: '粵港澳大灣區發展辦公室公務員交流計劃'.repeat(4), href: '#b', current: true },
      { label: 'News', href: '#c' },
    ],
  },
  // The unbroken Chinese run in the script of the toolbar's language.
  render: ({ navigation, ...args }) => (
    <Masthead
      {...args}
      navigation={resolveLocale(args.locale) === 'zh-Hans' ? navigation?.map((item) => (item.href === '#b' ? { ...item, label: '粤港澳大湾区发展办公室公务员交流计划'.repeat(4) } : item)) : navigation}
    />
  ),
};

/** Unsafe URLs are dropped: the title and the item stay as plain text. */
export const UnsafeUrls: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    title: site.en.title,
    homeHref: 'javascript:alert(1)',
    navigation: [
      { label: 'About us', href: '#about' },
      { label: 'Dropped link', href: 'javascript:alert(document.cookie)' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('link', { name: site.en.title })).toBeNull();
    await expect(canvas.queryByRole('link', { name: 'Dropped link' })).toBeNull();
    await expect(canvas.getByText('Dropped link')).toBeVisible();
  },
};

/** The site search at the end of the navigation's row, its label read by screen readers. */
export const WithSearch: Story = {
  ...Default,
  args: { search: <SearchForm variant="compact" action="#search" /> },
  decorators: [(Story) => <div onSubmitCapture={(event) => event.preventDefault()}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = canvas.getByRole('search', { name: 'Search this site' });
    await expect(canvas.getByRole('searchbox')).toBeVisible();
    await expect(canvas.getByRole('navigation', { name: 'Main menu' }).compareDocumentPosition(search) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

/** A search but no navigation: the search row on its own. */
export const SearchOnly: Story = {
  args: { title: site.en.title, search: <SearchForm variant="compact" action="#search" /> },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('searchbox')).toBeVisible();
    await expect(within(canvasElement).queryByRole('navigation')).toBeNull();
  },
};

/** At 320 px six links collapse behind "Menu", a native disclosure (Masthead.browser.test.tsx opens it with the real keyboard). */
export const ManyItemsNarrow: Story = {
  args: { title: site.en.title, navigation: site.en.navigation, search: <SearchForm variant="compact" action="#search" /> },
  parameters: { narrow: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const menu = canvas.getByText('Menu');
    await expect(menu).toBeVisible();
    await expect(canvas.getByRole('navigation', { name: 'Main menu' })).toContainElement(menu);
    // Rendered as the browser shows it: a closed disclosure's links are not.
    const first = canvas.getByRole('link', { name: 'About us' });
    await expect(first.checkVisibility()).toBe(false);
    await expect(canvas.getByRole('searchbox')).toBeVisible();
    await userEvent.click(menu);
    await expect(first.checkVisibility()).toBe(true);
    await userEvent.tab();
    await expect(first).toHaveFocus();
  },
};

/** On a wide screen the same six links show as a row: no Menu to press. */
export const ManyItemsWide: Story = {
  args: { title: site.en.title, navigation: site.en.navigation, search: <SearchForm variant="compact" action="#search" /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Menu')).not.toBeVisible();
    // The disclosure stays closed; where the browser has ::details-content its links show anyway.
    const shown = CSS.supports('selector(::details-content)');
    for (const { label } of site.en.navigation) await expect(canvas.getByRole('link', { name: label }).checkVisibility()).toBe(shown);
  },
};

/** `collapseNavigation="never"`: the links wrap onto more lines at 320 px instead. */
export const NeverCollapse: Story = {
  args: { locale: 'zh-Hans', title: site['zh-Hans'].title, navigation: site['zh-Hans'].navigation, collapseNavigation: 'never' },
  parameters: { narrow: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText('菜单')).toBeNull();
    for (const { label } of site['zh-Hans'].navigation) await expect(canvas.getByRole('link', { name: label })).toBeVisible();
  },
};

/** Twelve links at 320 px: one press of Menu shows them all in a column; nothing scrolls sideways. */
export const TwelveItems320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    title: site.en.title,
    navigation: [...site.en.navigation, ...site.en.navigation.map(({ label, href }) => ({ label: `${label} (archive)`, href: `${href}-archive` }))],
  },
  parameters: { narrow: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText('Menu'));
    await expect(canvas.getAllByRole('link').filter((a) => a.closest('nav'))).toHaveLength(12);
  },
};

export const DarkTheme: Story = {
  ...Default,
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  ...Default,
  globals: { theme: 'high-contrast' },
};
