import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { DownloadLink, type DownloadLinkProps } from './DownloadLink.js';

const paths: Record<Locale, string> = { en: 'en', 'zh-Hant': 'tc', 'zh-Hans': 'sc' };
const titles: Record<Locale, { pdf: string; english: string; csv: string }> = {
  en: { pdf: 'PDF version of this issue', english: 'English version', csv: 'Partner cities of the 2024 programme' },
  'zh-Hant': { pdf: '本期 PDF 版本', english: '英文版本', csv: '2024年交流計劃的合作城市' },
  'zh-Hans': { pdf: '本期 PDF 版本', english: '英文版本', csv: '2024年交流计划的合作城市' },
};

/** The demo PDF of the issue in the story's language (size and pages are demo values). */
function withPdf(args: DownloadLinkProps): DownloadLinkProps {
  const locale = resolveLocale(args.locale);
  return { fileType: 'PDF', size: 1_234_567, pages: 12, ...args, href: args.href ?? `/files/newsletter-2025-01-${paths[locale]}.pdf`, children: args.children ?? titles[locale].pdf };
}

const meta = {
  title: 'Components/DownloadLink',
  component: DownloadLink,
  tags: ['!autodocs'],
  args: {} as DownloadLinkProps,
  argTypes: { children: { control: 'text' } },
  render: (args) => <DownloadLink {...withPdf(args)} />,
} satisfies Meta<typeof DownloadLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The PDF version of the newsletter, in the language of the toolbar; and the same file in English, from a Chinese page. */
export const Default: Story = {
  render: (args) => {
    const locale = resolveLocale(args.locale);
    return (
      <div style={{ display: 'grid', gap: '0.75rem' }}>
        <DownloadLink {...withPdf(args)} />
        <DownloadLink {...withPdf(args)} href="/files/newsletter-2025-01-en.pdf" fileLang={locale === 'en' ? 'zh-Hant' : 'en'} pages={8} size={980_000}>
          {locale === 'en' ? 'Chinese version' : titles[locale].english}
        </DownloadLink>
        <DownloadLink locale={args.locale} href="/files/partner-cities-2024.csv" fileType="CSV" size={48_000}>
          {titles[locale].csv}
        </DownloadLink>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const [, other] = within(canvasElement).getAllByRole('link');
    await expect(other).toHaveAttribute('hreflang');
  },
};

/** An English file on a Traditional Chinese page: `hreflang="en"`, and 「英文」 last in the metadata. */
export const OtherLanguage: Story = {
  args: { locale: 'zh-Hant', fileLang: 'en', href: '/files/newsletter-2025-01-en.pdf', children: '英文版本' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link');
    await expect(link).toHaveAttribute('hreflang', 'en');
    await expect(link.textContent).toBe('英文版本（PDF，1.2\u00a0MB，12 頁，英文）');
  },
};

/** Nothing known about the file: the title alone (give the type at least when you can). */
export const NoMetadata: Story = {
  args: { locale: 'en', href: '/files/annex', fileType: undefined, size: undefined, pages: undefined, children: 'Annex to the programme guide' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bh-download-link__meta')).toBeNull();
  },
};

/** A file in a language other than ours: `hreflang="fr"`, and the tag itself last in the metadata. */
export const AnotherLanguage: Story = {
  args: { locale: 'en', fileLang: 'fr', href: '/files/programme-summary-fr.pdf', pages: 2, size: undefined, children: 'Programme summary' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link');
    await expect(link).toHaveAttribute('hreflang', 'fr');
    await expect(link.textContent).toBe('Programme summary (PDF, 2 pages, fr)');
  },
};

/** No `fileType`: no type is said, even when the URL ends in one (the CMS knows the type; a URL's ending may lie). */
export const NoFileType: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hans', href: '/files/guide.docx?download=1', fileType: undefined, pages: undefined, size: 56_300, children: '交流计划指南' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link').textContent).toBe('交流计划指南（56\u00a0KB）');
  },
};

const sizes = [1, 999, 1_000, 9_949, 9_950, 999_499, 999_500, 1_500_000_000];

/** The size rules in every language: decimal units, one decimal below 10, rounding before the unit. */
export const Sizes: Story = {
  tags: ['edge-case', '!autodocs'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {(['en', 'zh-Hant', 'zh-Hans'] as const).flatMap((locale) =>
        sizes.map((size) => (
          <DownloadLink key={`${locale}${size}`} locale={locale} href={`/files/${size}.pdf`} fileType="PDF" size={size} pages={size === 1 ? 1 : 2}>
            {`${size} bytes`}
          </DownloadLink>
        )),
      )}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const texts = within(canvasElement)
      .getAllByRole('link')
      .slice(0, sizes.length)
      .map((link) => link.textContent);
    await expect(texts).toEqual([
      '1 bytes (PDF, 1\u00a0KB, 1 page)',
      '999 bytes (PDF, 1\u00a0KB, 2 pages)',
      '1000 bytes (PDF, 1\u00a0KB, 2 pages)',
      '9949 bytes (PDF, 9.9\u00a0KB, 2 pages)',
      '9950 bytes (PDF, 10\u00a0KB, 2 pages)',
      '999499 bytes (PDF, 999\u00a0KB, 2 pages)',
      '999500 bytes (PDF, 1\u00a0MB, 2 pages)',
      '1500000000 bytes (PDF, 1.5\u00a0GB, 2 pages)',
    ]);
  },
};

/** A `javascript:` URL: nothing is rendered (a link that cannot be followed helps no one). */
export const UnsafeHref: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};

/** A size or page count that is not a whole number from 1 is left out; the rest of the metadata stays. */
export const InvalidSize: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', size: -5, pages: 2.5 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link').textContent).toBe('PDF version of this issue (PDF)');
  },
};

/** A right-to-left override pasted into the title stays inside it: the metadata reads in order. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', children: '\u202ePDF version' },
};

/** In a 320 px column the link wraps under its icon's line; nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hant', fileLang: 'en', children: '2024年公務員交流計劃：參加者名單及交流安排（英文版本）' },
  parameters: { narrow: true },
};

export const DarkTheme: Story = { ...Default, globals: { theme: 'dark' } };
export const HighContrastTheme: Story = { ...Default, globals: { theme: 'high-contrast' } };
