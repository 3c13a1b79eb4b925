import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { QuoteBlock } from './QuoteBlock.js';
import { fixtures } from './QuoteBlock.fixtures.js';

const meta = {
  title: 'Components/QuoteBlock',
  component: QuoteBlock,
  tags: ['!autodocs'],
  argTypes: {
    children: { control: false },
  },
} satisfies Meta<typeof QuoteBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

function blockquotes(canvasElement: HTMLElement): HTMLQuoteElement[] {
  return Array.from(canvasElement.querySelectorAll('blockquote'));
}

/** The full reflection, always open: the default, in the Language toolbar's language. */
export const Default: Story = {
  render: (args) => <QuoteBlock {...fixtureProps(fixtures, 'reflection', args.locale)} {...args} />,
};

export const ReflectionCollapsed: Story = {
  args: fixtureProps(fixtures, 'collapsible-en'),
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details');
    await expect(details).not.toHaveAttribute('open');
    await expect(details?.querySelector('summary')).toHaveTextContent('Read the full reflection');
    const [excerptQuote] = blockquotes(canvasElement);
    await expect(excerptQuote).toBeVisible();
  },
};

export const ReflectionCollapsedTraditionalChinese: Story = {
  args: fixtureProps(fixtures, 'collapsible-zh-hant'),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('summary')).toHaveTextContent('閱讀完整感想');
  },
};

export const ReflectionCollapsedSimplifiedChinese: Story = {
  args: fixtureProps(fixtures, 'collapsible-zh-hans'),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('summary')).toHaveTextContent('阅读完整感想');
  },
};

/** Opening the disclosure shows the full text and hides the excerpt, so the opening is not read twice. */
export const ReflectionExpanded: Story = {
  args: fixtureProps(fixtures, 'collapsible-en'),
  play: async ({ canvasElement }) => {
    const summary = within(canvasElement).getByText('Read the full reflection');
    await userEvent.click(summary);
    await expect(canvasElement.querySelector('details')).toHaveAttribute('open');
    const [excerptQuote, fullQuote] = blockquotes(canvasElement);
    await expect(excerptQuote).not.toBeVisible();
    await expect(fullQuote).toBeVisible();
  },
};

export const ReflectionExpandedTraditionalChinese: Story = {
  args: { ...fixtureProps(fixtures, 'collapsible-zh-hant'), defaultOpen: true },
};

export const ReflectionExpandedSimplifiedChinese: Story = {
  args: { ...fixtureProps(fixtures, 'collapsible-zh-hans'), defaultOpen: true },
};

/**
 * The pull quote's opening mark hangs beside the first line instead of standing alone above it: the
 * first character sits at the top of the quote, and the text starts where the attribution starts.
 */
const markHugsText: Story['play'] = async ({ canvasElement }) => {
  const [quote] = blockquotes(canvasElement);
  const text = quote!.querySelector('p')!.firstChild!;
  const first = document.createRange();
  first.setStart(text, 0);
  first.setEnd(text, 1);
  const char = first.getBoundingClientRect();
  const box = quote!.getBoundingClientRect();
  await expect(char.top - box.top, 'first character below the top of the quote').toBeLessThan(char.height * 0.5);
  await expect(Math.round(char.left)).toBe(Math.round(canvasElement.querySelector('figcaption')!.getBoundingClientRect().left));
  await expect(getComputedStyle(quote!.querySelector('p')!, '::before').position).toBe('absolute');
};

export const Pull: Story = {
  args: fixtureProps(fixtures, 'pull-en'),
  play: markHugsText,
};

export const PullTraditionalChinese: Story = {
  args: fixtureProps(fixtures, 'pull-zh-hant'),
  play: markHugsText,
};

export const PullSimplifiedChinese: Story = {
  args: fixtureProps(fixtures, 'pull-zh-hans'),
  play: markHugsText,
};

export const Inline: Story = {
  args: fixtureProps(fixtures, 'inline-en'),
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(blockquotes(canvasElement)[0]!).fontStyle).toBe('italic');
  },
};

/** Chinese is never italicised. */
export const InlineTraditionalChinese: Story = {
  args: fixtureProps(fixtures, 'inline-zh-hant'),
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(blockquotes(canvasElement)[0]!).fontStyle).toBe('normal');
  },
};

export const InlineSimplifiedChinese: Story = {
  args: fixtureProps(fixtures, 'inline-zh-hans'),
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(blockquotes(canvasElement)[0]!).fontStyle).toBe('normal');
  },
};

export const NoAttribution: Story = {
  args: { ...fixtureProps(fixtures, 'pull-en'), attribution: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toBeNull();
  },
};

export const WithCite: Story = {
  args: { ...fixtureProps(fixtures, 'pull-en'), cite: 'https://www.example.gov.hk/en/newsletter/exchange-programme' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Source' });
    await expect(link).toHaveAttribute('href', 'https://www.example.gov.hk/en/newsletter/exchange-programme');
    await expect(blockquotes(canvasElement)[0]).toHaveAttribute('cite', 'https://www.example.gov.hk/en/newsletter/exchange-programme');
  },
};

/** A `javascript:` cite is dropped: no `cite` attribute and no Source link; the quote still renders. */
export const UnsafeCiteDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { ...fixtureProps(fixtures, 'pull-en'), cite: 'javascript:alert(document.cookie)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(blockquotes(canvasElement)[0]).not.toHaveAttribute('cite');
  },
};

export const TenThousandCharacterQuote: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    ...fixtureProps(fixtures, 'reflection-en'),
    children: `${String(fixtureProps(fixtures, 'pull-en').children)} `.repeat(200).slice(0, 10_000),
    attribution: { ...fixtureProps(fixtures, 'reflection-en').attribution, organisation: 'Office '.repeat(300).trim() },
  },
};

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    variant: 'pull',
    children: `Hong Kong is ${'supercalifragilisticexpialidocious'.repeat(6)} about innovation.`,
    attribution: { name: 'Pneumonoultramicroscopicsilicovolcanoconiosis Chan', role: 'Exchange participant' },
  },
};

export const LongUnbrokenChineseString: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'zh-Hant',
    variant: 'pull',
    children: '粵港澳大灣區發展辦公室公務員交流計劃參加者'.repeat(12),
    attribution: { name: '王先生', organisation: '政制及內地事務局粵港澳大灣區發展辦公室'.repeat(4) },
  },
};

/** A quote kept in its original Chinese on an English page: `quoteLang` marks the language change. */
export const ChineseQuoteInEnglishPage: Story = {
  args: fixtureProps(fixtures, 'pull-en-quote-zh-hant'),
  play: async ({ canvasElement }) => {
    const quote = blockquotes(canvasElement)[0]!;
    await expect(quote).toHaveAttribute('lang', 'zh-Hant');
    await expect(getComputedStyle(quote).quotes).toMatch(/「.*」.*『.*』/);
  },
};

// The second paragraph, with a nested quotation, in each script.
const nested = {
  en: { before: 'Scholars here study the ', quoted: 'Wimbledon Effect', after: '.' },
  hant: { before: '學者研究', quoted: '溫布頓效應', after: '。' },
  hans: { before: '学者研究', quoted: '温布尔登效应', after: '。' },
};

// The pull quote in the language's script, for each tag.
const marksSamples = [
  { lang: 'en', second: nested.en, marks: /“.*”.*‘.*’/ },
  { lang: 'zh-Hant', second: nested.hant, marks: /「.*」.*『.*』/ },
  { lang: 'zh-HK', second: nested.hant, marks: /「.*」.*『.*』/ },
  { lang: 'zh', second: nested.hant, marks: /「.*」.*『.*』/ },
  { lang: 'zh-Hans', second: nested.hans, marks: /“.*”.*‘.*’/ },
  { lang: 'zh-CN', second: nested.hans, marks: /“.*”.*‘.*’/ },
].map((sample) => ({ ...sample, text: fixtureProps(fixtures, 'pull', sample.lang).children }));

/** The marks follow the quote's language; a nested `<q>` takes the second-level marks. */
export const QuotationMarksByLanguage: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      {marksSamples.map(({ lang, text, second }) => (
        <QuoteBlock key={lang} {...args} locale={lang} data-lang={lang} attribution={{ name: lang }}>
          <p>{text}</p>
          <p>
            {second.before}
            <q>{second.quoted}</q>
            {second.after}
          </p>
        </QuoteBlock>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const { lang, marks } of marksSamples) {
      const quote = canvasElement.querySelector(`[data-lang="${lang}"] blockquote`)!;
      await expect(getComputedStyle(quote).quotes, lang).toMatch(marks);
      const paragraphs = quote.querySelectorAll('p');
      await expect(getComputedStyle(paragraphs[0]!, '::before').content).toContain('open-quote');
      await expect(getComputedStyle(paragraphs[paragraphs.length - 1]!, '::after').content).toContain('close-quote');
      await expect(getComputedStyle(paragraphs[0]!, '::after').content).toBe('none');
    }
  },
};

/** The collapsible reflection, open, with its source link, in the Language toolbar's language. */
export const DarkTheme: Story = {
  render: (args) => <QuoteBlock {...fixtureProps(fixtures, 'collapsible', args.locale)} {...args} />,
  args: { defaultOpen: true },
  globals: { theme: 'dark' },
};

export const DarkThemePullTraditionalChinese: Story = {
  args: fixtureProps(fixtures, 'pull-zh-hant'),
  globals: { theme: 'dark' },
};

/** The collapsible reflection, closed, in the Language toolbar's language. */
export const HighContrastTheme: Story = {
  render: (args) => <QuoteBlock {...fixtureProps(fixtures, 'collapsible', args.locale)} {...args} />,
  globals: { theme: 'high-contrast' },
};

export const HighContrastThemeInline: Story = {
  args: { ...fixtureProps(fixtures, 'inline-en'), cite: 'https://www.example.gov.hk/' },
  globals: { theme: 'high-contrast' },
};

/** Do: one or two sentences for a pull quote, credited in the caption. */
export const DoShortPullQuote: Story = {
  args: fixtureProps(fixtures, 'pull-en'),
};

/** Don't: a pull quote several paragraphs long, with the credit typed into the quotation. */
export const DontLongPullQuote: Story = {
  args: {
    locale: 'en',
    variant: 'pull',
    children: [fixtureProps(fixtures, 'reflection-en').children, <p key="credit">— Mr Terence Wang, Exchange participant</p>],
  },
};
