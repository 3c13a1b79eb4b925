import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { BackToTop } from '../BackToTop/index.js';
import { fixtures as backToTopFixtures } from '../BackToTop/BackToTop.fixtures.js';
import { RevisionDates } from '../RevisionDates/index.js';
import { SiteFooter, standardFooterLinks, type SiteFooterGroup } from './index.js';

const prefix = { en: '/en', 'zh-Hant': '/tc', 'zh-Hans': '/sc' } as const;

// A plainly fictional office.
const owner = { en: 'Example Exchange Office', 'zh-Hant': '示例交流辦公室', 'zh-Hans': '示例交流办公室' } as const;

const copyrightLine = (locale: Locale) => (locale === 'en' ? `© 2025 ${owner.en}` : `2025 © ${owner[locale]}`);

/** The usual Hong Kong footer links, every one given a URL, labelled in the footer's language. */
const standardLinks = (locale: Locale) => {
  const p = prefix[locale];
  const urls = {
    accessibility: `${p}/accessibility.html`,
    privacy: `${p}/privacy.html`,
    copyright: `${p}/copyright.html`,
    disclaimer: `${p}/notices.html`,
    siteMap: `${p}/sitemap.html`,
    contactUs: `${p}/contact/`,
  };
  return standardFooterLinks(urls, { locale });
};

/** An original, plainly fictional badge: a site's recognition logo is content it passes in. */
function ExampleBadge({ label }: { label: string }) {
  return (
    <svg viewBox="0 0 120 40" width="120" height="40" role="img" aria-label={label}>
      <rect x="1" y="1" width="118" height="38" rx="6" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M14 20l6 6 12-12" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M44 14h62M44 20h48M44 26h56" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/** The page's dates, through the `dates` slot, in the footer's language. */
const pageDates = (locale: string | undefined, { review = true } = {}) => (
  <RevisionDates locale={locale} revisionDate="2025-07-14" reviewDate={review ? '2025-07-31' : undefined} />
);

/** The BackToTop link of the footer's language, from its fixtures. */
const backToTop = (locale: string | undefined) => <BackToTop {...fixtureProps(backToTopFixtures, 'back-to-top', locale)} />;

const groups: Record<Locale, SiteFooterGroup[]> = {
  en: [
    { heading: 'About us', links: [{ label: 'Who we are', href: '#about' }, { label: 'Contact us', href: '#contact' }] },
    { heading: 'Exchange programme', links: [{ label: 'Partner cities', href: '#partners' }, { label: 'Participants\u2019 stories', href: '#stories' }] },
    {
      heading: 'This site',
      links: [
        { label: 'Important notices', href: '#notices' },
        { label: 'Privacy policy', href: '#privacy' },
        { label: 'Accessibility', href: '#accessibility' },
      ],
    },
  ],
  'zh-Hant': [
    { heading: '關於我們', links: [{ label: '辦公室簡介', href: '#about' }, { label: '聯絡我們', href: '#contact' }] },
    { heading: '交流計劃', links: [{ label: '合作城市', href: '#partners' }, { label: '參加者分享', href: '#stories' }] },
    {
      heading: '網站資訊',
      links: [
        { label: '重要告示', href: '#notices' },
        { label: '私隱政策', href: '#privacy' },
        { label: '無障礙瀏覽', href: '#accessibility' },
      ],
    },
  ],
  'zh-Hans': [
    { heading: '关于我们', links: [{ label: '办公室简介', href: '#about' }, { label: '联络我们', href: '#contact' }] },
    { heading: '交流计划', links: [{ label: '合作城市', href: '#partners' }, { label: '参加者分享', href: '#stories' }] },
    {
      heading: '网站资讯',
      links: [
        { label: '重要告示', href: '#notices' },
        { label: '私隐政策', href: '#privacy' },
        { label: '无障碍浏览', href: '#accessibility' },
      ],
    },
  ],
};

const meta = {
  title: 'Components/SiteFooter',
  component: SiteFooter,
  tags: ['!autodocs'],
  argTypes: { badges: { control: false }, backToTop: { control: false }, dates: { control: false } },
} satisfies Meta<typeof SiteFooter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The usual Hong Kong footer, in the page's language: the usual links (`standardFooterLinks`), a badge, the copyright line and the dates (RevisionDates in the `dates` slot). */
export const Default: Story = {
  render: (args) => {
    const language = resolveLocale(args.locale);
    return (
      <SiteFooter
        groups={standardLinks(language)}
        badges={<ExampleBadge label={language === 'en' ? 'Example accessibility badge' : language === 'zh-Hant' ? '示例無障礙標誌' : '示例无障碍标志'} />}
        copyright={copyrightLine(language)}
        backToTop={backToTop(args.locale)}
        dates={pageDates(args.locale)}
        {...args}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const footer = within(canvasElement).getByRole('contentinfo');
    await expect(within(footer).getAllByRole('link')).toHaveLength(7);
    await expect(footer.querySelectorAll('time')).toHaveLength(2);
  },
};

export const English: Story = {
  args: { locale: 'en', groups: standardLinks('en'), copyright: `© 2025 ${owner.en}`, dates: pageDates('en') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: 'Footer links' });
    await expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Accessibility',
      'Privacy policy',
      'Copyright notice',
      'Important notices',
      'Site map',
      'Contact us',
    ]);
    await expect(canvas.getByText('14 July 2025')).toHaveAttribute('datetime', '2025-07-14');
    await expect(canvas.getByText('Last revision date')).toBeVisible();
  },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant', groups: standardLinks('zh-Hant'), copyright: `2025 © ${owner['zh-Hant']}`, dates: pageDates('zh-Hant') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('navigation', { name: '頁尾連結' })).toBeVisible();
    await expect(canvas.getByText('修訂日期')).toBeVisible();
    await expect(canvas.getByText('覆檢日期')).toBeVisible();
    await expect(canvas.getByText('2025年7月14日')).toHaveAttribute('datetime', '2025-07-14');
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', groups: standardLinks('zh-Hans'), copyright: `2025 © ${owner['zh-Hans']}`, dates: pageDates('zh-Hans') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('修订日期')).toBeVisible();
    await expect(canvas.getByText('复检日期')).toBeVisible();
  },
};

/** The site's own groups of links, under headings, in columns that wrap. */
export const Groups: Story = {
  render: (args) => {
    const language = resolveLocale(args.locale);
    return <SiteFooter groups={groups[language]} copyright={copyrightLine(language)} dates={pageDates(args.locale)} {...args} />;
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('heading', { level: 2 })).toHaveLength(3);
  },
};

/** `standardFooterLinks` lists only the links the site gives a URL for. A site that shows no dates leaves the slot empty. */
export const SomeStandardLinks: Story = {
  args: { locale: 'en', groups: standardFooterLinks({ privacy: '/privacy', disclaimer: '/notices' }, { locale: 'en' }), copyright: `© 2025 ${owner.en}` },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link').map((a) => a.textContent)).toEqual(['Privacy policy', 'Important notices']);
  },
};

/** Copyright and the revision date only: the smallest footer. */
export const DatesOnly: Story = {
  args: { locale: 'zh-Hant', copyright: `2025 © ${owner['zh-Hant']}`, dates: pageDates('zh-Hant', { review: false }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('term').map((t) => t.textContent)).toEqual(['修訂日期']);
  },
};

/** Unsafe URLs are dropped with their links. */
export const UnsafeUrls: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', groups: standardFooterLinks({ privacy: 'javascript:alert(1)', contactUs: '/contact' }, { locale: 'en' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link').map((a) => a.textContent)).toEqual(['Contact us']);
  },
};

/** Dates that are all invalid: RevisionDates renders nothing, and the footer shows no empty dates row. */
export const InvalidDates: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', groups: standardLinks('en'), dates: <RevisionDates revisionDate="2025-02-30" reviewDate="soon" locale="en" /> },
  play: async ({ canvasElement }) => {
    const footer = within(canvasElement).getByRole('contentinfo');
    await expect(within(footer).queryAllByRole('term')).toEqual([]);
    const meta = footer.querySelector('.bh-site-footer__meta');
    await expect(meta).toBeEmptyDOMElement();
    await expect(getComputedStyle(meta!).display).toBe('none');
  },
};

/** Long labels, a 10,000-character copyright line and unbroken Chinese runs wrap at any width. */
export const LongContent: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    groups: [
      { heading: 'Pneumonoultramicroscopicsilicovolcanoconiosis', links: [{ label: '粵港澳大灣區發展辦公室公務員交流計劃'.repeat(5), href: '#a' }] },
      { links: [{ label: 'A very long footer link label that says far more than a footer link ever should', href: '#b' }] },
    ],
    copyright: `© 2025 ${'Example Exchange Office '.repeat(450)}`.slice(0, 10_000),
    dates: pageDates('en'),
  },
};

export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  ...Default,
  parameters: { narrow: true },
};

export const DarkTheme: Story = {
  ...Default,
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  ...Groups,
  globals: { theme: 'high-contrast' },
};
