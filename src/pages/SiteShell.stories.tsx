import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ArticleHighlight, PageLayout, type Locale } from 'bauhinia-ui';
import { demoImageSize, demoImageSrc, exchangeProgramme } from './content/exchangeProgramme.js';
import { SiteShell } from './SiteShell.js';

/** The frame of every page, around the newsletter feature: built from public exports alone, with no CSS of its own. */
function SiteShellPage({ locale = 'en' }: { locale?: Locale }) {
  const { article } = exchangeProgramme[locale];
  return (
    <SiteShell locale={locale} path="/newsletter/2025-01/exchange-programme.html" trail={[{ label: article.title }]}>
      <PageLayout locale={locale}>
        <ArticleHighlight
          variant="feature"
          headingLevel={1}
          locale={locale}
          kicker={article.kicker}
          title={article.title}
          lead={article.lead}
          date={article.date}
          image={{ src: demoImageSrc, ...demoImageSize, alt: article.imageAlt, caption: article.imageCaption, loading: 'eager' }}
        >
          {article.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </ArticleHighlight>
      </PageLayout>
    </SiteShell>
  );
}

const meta = {
  title: 'Pages/Site shell',
  component: SiteShellPage,
  tags: ['!autodocs'],
  parameters: { page: true },
  // The page follows the Language toolbar, which shows the language the page is in: no locale control
  // of its own that could say otherwise.
  argTypes: { locale: { control: false } },
} satisfies Meta<typeof SiteShellPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the language and theme toolbars. */
export const Page: Story = {};
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The skip link is the first stop of the keyboard, and it leads to <main>.
    await userEvent.tab();
    const skip = canvas.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toHaveFocus();
    await expect(skip).toHaveAttribute('href', `#${canvas.getByRole('main').id}`);
  },
};
export const TraditionalChinese: Story = { name: '繁體中文', globals: { locale: 'zh-Hant' } };
export const SimplifiedChinese: Story = { name: '简体中文', globals: { locale: 'zh-Hans' } };
