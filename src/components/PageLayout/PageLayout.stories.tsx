import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { newsletterIssue } from '../../pages/content/newsletterIssue.js';
import { locales, resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { ArticleHighlight } from '../ArticleHighlight/index.js';
import { ContentsList } from '../ContentsList/index.js';
import { Section } from '../Section/index.js';
import { PageLayout, type PageLayoutProps } from './index.js';

/** Two short sections of the reference article. */
function Sections({ locale, idPrefix }: { locale: LocaleInput | undefined; idPrefix: string }) {
  const language = resolveLocale(locale);
  const { sections } = newsletterIssue[language];
  const content = exchangeProgramme[language];
  return (
    <>
      <Section id={`${idPrefix}-participant`} heading={sections.participant.heading} description={sections.participant.description}>
        <p>{content.participant.bio}</p>
      </Section>
      <Section id={`${idPrefix}-reflection`} heading={sections.reflection.heading}>
        <p>{content.reflection.excerpt}</p>
      </Section>
    </>
  );
}

function Contents({ locale, idPrefix }: { locale: LocaleInput | undefined; idPrefix: string }) {
  const { sections } = newsletterIssue[resolveLocale(locale)];
  return (
    <ContentsList
      locale={locale}
      items={[sections.participant, sections.reflection].map(({ heading, id }) => ({ label: heading, id: `${idPrefix}-${id}` }))}
    />
  );
}

/** Every box the layout draws stays inside the page: nothing scrolls sideways. */
const staysInside: Story['play'] = async ({ canvasElement }) => {
  const root = canvasElement.querySelector<HTMLElement>('.bh-page-layout')!;
  await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
};

const meta = {
  title: 'Components/PageLayout',
  component: PageLayout,
  tags: ['!autodocs'],
  // Declared, so the language toolbar reaches the stories (and their text follows it) in tests too.
  argTypes: { locale: { control: 'inline-radio', options: [...locales] } },
  render: (args, { id }) => (
    <PageLayout aside={<Contents locale={args.locale} idPrefix={id} />} {...args}>
      <Sections locale={args.locale} idPrefix={id} />
    </PageLayout>
  ),
} satisfies Meta<typeof PageLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An article column with a contents list beside it; below 42em the aside moves below the content. */
export const Default: Story = {};

/** The aside placed first: on the inline-start side, and above the content when narrow. */
export const AsideAtStart: Story = {
  args: { asidePlacement: 'start' },
};

/** Without an aside: one centred column of readable width. */
export const WithoutAside: Story = {
  render: (args, { id }) => (
    <PageLayout {...args}>
      <Sections locale={args.locale} idPrefix={id} />
    </PageLayout>
  ),
};

/** The wide page, for grids of teasers: the content grows to the large breakpoint. */
export const Wide: Story = {
  args: { width: 'wide' },
  render: (args, { id }) => {
    const language = resolveLocale(args.locale);
    const { teasers, articlesHeading } = newsletterIssue[language];
    return (
      <PageLayout {...args}>
        <Section id={`${id}-articles`} heading={articlesHeading}>
          {teasers.slice(1).map((teaser) => (
            <ArticleHighlight key={teaser.href} variant="compact" headingLevel={3} locale={args.locale} {...teaser} />
          ))}
        </Section>
      </PageLayout>
    );
  },
};

/** In a 320 px column the aside sits below the content, and nothing scrolls sideways. */
export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  play: staysInside,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320, maxInlineSize: '100%', outline: '1px dashed currentColor' }}>
        <Story />
      </div>
    ),
  ],
};

/** A blank aside draws no column. */
export const BlankAside: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { aside: ' ' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bh-page-layout__aside')).toBeNull();
  },
};

/** Plain text children are stacked like components. */
export const PlainParagraphs: Story = {
  render: (args: PageLayoutProps) => {
    const content = exchangeProgramme[resolveLocale(args.locale)];
    return (
      <PageLayout {...args} aside={<p>{content.article.lead}</p>}>
        {content.reflection.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </PageLayout>
    );
  },
  play: staysInside,
};
