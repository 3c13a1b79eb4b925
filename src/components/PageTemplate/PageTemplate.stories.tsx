import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { languageLinks, pageDates, site } from '../../pages/content/site.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { link } from '../../styles/base.css.js';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { PageLayout } from '../PageLayout/index.js';
import { textSizeAttribute, textSizeStorageKey } from '../TextSizeControl/index.js';
import { PageTemplate, type PageTemplateProps } from './index.js';

const path = '/newsletter/2025-01/exchange-programme.html';

/** The demo site's frame (a plainly fictional office), in one language: every part's content as plain props. */
function frame(locale: Locale): Omit<PageTemplateProps, 'children' | 'locale'> {
  const { title, portal, navigation, breadcrumbs, footerLinks, copyright } = site[locale];
  return {
    masthead: {
      identity: (
        <a className={link} href={portal.href}>
          {portal.label}
        </a>
      ),
      title,
      homeHref: navigation[0]!.href,
      navigation,
    },
    languages: languageLinks(path),
    breadcrumbs: [...breadcrumbs, { label: exchangeProgramme[locale].article.title }],
    footer: { links: footerLinks, copyright, ...pageDates },
  };
}

/** The page's content, handed the page's locale by the template: written once, on PageTemplate. */
const content = (locale: Locale) => {
  const { article } = exchangeProgramme[locale];
  return (
    <PageLayout>
      <ArticleHighlight variant="feature" headingLevel={1} locale={locale} kicker={article.kicker} title={article.title} lead={article.lead} date={article.date} />
    </PageLayout>
  );
};

const meta = {
  title: 'Components/PageTemplate',
  component: PageTemplate,
  tags: ['!autodocs'],
  parameters: { page: true },
  argTypes: {
    masthead: { control: false },
    languages: { control: false },
    breadcrumbs: { control: false },
    notice: { control: false },
    footer: { control: false },
    children: { control: false },
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
} satisfies Meta<typeof PageTemplate>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A whole page in the toolbar's language: `locale` written once, every part's content as props. */
export const Default: Story = {
  // The locale toolbar reaches the args in Storybook; portable stories (the visual tests) read it from the globals.
  render: ({ locale: localeArg, ...args }, { globals }) => {
    const locale = resolveLocale(localeArg ?? globals.locale);
    return (
      <PageTemplate locale={locale} {...frame(locale)} {...args}>
        {content}
      </PageTemplate>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const main = canvas.getByRole('main');
    await expect(canvas.getAllByRole('link')[0]).toHaveAttribute('href', `#${main.id}`);
    await expect(canvas.getByRole('banner')).toBeVisible();
    await expect(canvas.getByRole('contentinfo')).toBeVisible();
    await expect(within(main).getByRole('heading', { level: 1 })).toBeVisible();
  },
};

/** The least a page needs: the site's title and the content. The skip link, `<main>` and back to top come with it. */
export const Minimal: Story = {
  args: { locale: 'en', masthead: { title: site.en.title }, textSize: false, children: <PageLayout>{exchangeProgramme.en.article.lead}</PageLayout> },
};

/** A Hong Kong URL code as the locale (`tc` from `/tc/…`): the page is Traditional Chinese, marked `lang="zh-Hant"`. */
export const HongKongUrlCode: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'tc', ...frame('zh-Hant'), children: content },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: '跳至主要內容' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.bh-page-template')).toHaveAttribute('lang', 'zh-Hant');
    await expect(canvas.getByRole('navigation', { name: '導覽路徑' })).toHaveAttribute('lang', 'zh-Hant');
  },
};

/** At 320 CSS px: the frame's rows wrap, nothing scrolls sideways, and every part starts at the same gutter. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hant', ...frame('zh-Hant'), children: content },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const page = canvasElement.querySelector<HTMLElement>('.bh-page-template')!;
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
    const left = (selector: string) => Math.round(page.querySelector(selector)!.getBoundingClientRect().left);
    const edges = ['.bh-masthead__title', '.bh-breadcrumbs__list', 'h1', '.bh-site-footer__nav'].map(left);
    await expect(new Set(edges).size).toBe(1);
  },
};

/** Unsafe URLs in the parts' content are dropped: the title and the items stay as text. */
export const UnsafeUrls: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    masthead: { title: site.en.title, homeHref: 'javascript:alert(1)', navigation: [{ label: 'Dropped link', href: 'javascript:alert(document.cookie)' }] },
    languages: { 'zh-Hant': 'javascript:alert(1)', 'zh-Hans': '/sc/page.html' },
    breadcrumbs: [{ label: 'Home', href: 'javascript:alert(1)' }, { label: 'This page' }],
    footer: { links: { privacy: 'javascript:alert(1)', contactUs: 'mailto:enquiry@example.gov.hk' } },
    textSize: false,
    children: <PageLayout>{exchangeProgramme.en.article.lead}</PageLayout>,
  },
  play: async ({ canvasElement }) => {
    const hrefs = [...canvasElement.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    await expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    await expect(within(canvasElement).getByText('Dropped link')).toBeVisible();
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
