import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import type { Locale } from '../../i18n/locale.js';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { fixtures as articleFixtures } from '../ArticleHighlight/ArticleHighlight.fixtures.js';
import { PageLayout } from '../PageLayout/index.js';
import { textSizeAttribute, textSizeStorageKey } from '../TextSizeControl/index.js';
import { PageTemplate } from './index.js';
import { fixtures } from './PageTemplate.fixtures.js';

/** The site's frame in a language, from the page fixture: every part's content as plain props. */
const frame = (locale: string | undefined) => {
  const { children: _lead, ...page } = fixtureProps(fixtures, 'page', locale);
  return page;
};

/** The page's content, handed the page's locale by the template: ArticleHighlight's feature, its text only. */
const content = (locale: Locale) => {
  const { children: _body, ...feature } = fixtureProps(articleFixtures, 'feature', locale);
  return (
    <PageLayout>
      <ArticleHighlight {...feature} headingLevel={1} href={undefined} image={undefined} />
    </PageLayout>
  );
};

const minimal = fixtureProps(fixtures, 'page-minimal-en');

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

/** A whole page in the Language toolbar's language, with the text size buttons: `locale` written once, every part's content as props. */
export const Default: Story = {
  render: (args) => (
    <PageTemplate {...frame(args.locale)} textSize {...args}>
      {content}
    </PageTemplate>
  ),
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
  args: minimal,
};

/** A Hong Kong URL code as the locale (`tc` from `/tc/…`): the page is Traditional Chinese, marked `lang="zh-Hant"`. */
export const HongKongUrlCode: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { ...frame('zh-Hant'), locale: 'tc', children: content },
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
  parameters: { narrow: true },
  args: { ...frame('zh-Hant'), children: content },
  play: async ({ canvasElement }) => {
    const page = canvasElement.querySelector<HTMLElement>('.bh-page-template')!;
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
    masthead: { title: minimal.masthead!.title, homeHref: 'javascript:alert(1)', navigation: [{ label: 'Dropped link', href: 'javascript:alert(document.cookie)' }] },
    languages: { 'zh-Hant': 'javascript:alert(1)', 'zh-Hans': '/sc/page.html' },
    breadcrumbs: [{ label: 'Home', href: 'javascript:alert(1)' }, { label: 'This page' }],
    footer: { links: { privacy: 'javascript:alert(1)', contactUs: 'mailto:enquiry@example.gov.hk' } },
    textSize: false,
    children: minimal.children,
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
