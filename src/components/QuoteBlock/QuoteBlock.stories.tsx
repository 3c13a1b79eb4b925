import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { exchangeProgramme } from '../../pages/content/exchangeProgramme.js';
import { QuoteBlock } from './QuoteBlock.js';

const en = exchangeProgramme.en;
const hant = exchangeProgramme['zh-Hant'];
const hans = exchangeProgramme['zh-Hans'];

const meta = {
  title: 'Components/QuoteBlock',
  component: QuoteBlock,
  tags: ['!autodocs'],
  args: {
    variant: 'reflection',
    children: en.reflection.paragraphs,
    attribution: en.attribution,
  },
  argTypes: {
    children: { control: 'object' },
  },
} satisfies Meta<typeof QuoteBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

function blockquotes(canvasElement: HTMLElement): HTMLQuoteElement[] {
  return Array.from(canvasElement.querySelectorAll('blockquote'));
}

/** The full reflection, always open: the default. */
export const Default: Story = {};

export const ReflectionCollapsed: Story = {
  args: { locale: 'en', collapsible: true, excerpt: en.reflection.excerpt },
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details');
    await expect(details).not.toHaveAttribute('open');
    await expect(details?.querySelector('summary')).toHaveTextContent('Read the full reflection');
    const [excerptQuote] = blockquotes(canvasElement);
    await expect(excerptQuote).toBeVisible();
  },
};

export const ReflectionCollapsedTraditionalChinese: Story = {
  args: { locale: 'zh-Hant', collapsible: true, excerpt: hant.reflection.excerpt, children: hant.reflection.paragraphs, attribution: hant.attribution },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('summary')).toHaveTextContent('閱讀完整感想');
  },
};

export const ReflectionCollapsedSimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', collapsible: true, excerpt: hans.reflection.excerpt, children: hans.reflection.paragraphs, attribution: hans.attribution },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('summary')).toHaveTextContent('阅读完整感想');
  },
};

/** Opening the disclosure shows the full text and hides the excerpt, so the opening is not read twice. */
export const ReflectionExpanded: Story = {
  args: { locale: 'en', collapsible: true, excerpt: en.reflection.excerpt },
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
  args: {
    locale: 'zh-Hant',
    collapsible: true,
    defaultOpen: true,
    excerpt: hant.reflection.excerpt,
    children: hant.reflection.paragraphs,
    attribution: hant.attribution,
  },
};

export const ReflectionExpandedSimplifiedChinese: Story = {
  args: {
    locale: 'zh-Hans',
    collapsible: true,
    defaultOpen: true,
    excerpt: hans.reflection.excerpt,
    children: hans.reflection.paragraphs,
    attribution: hans.attribution,
  },
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
  args: { locale: 'en', variant: 'pull', children: en.reflection.excerpt },
  play: markHugsText,
};

export const PullTraditionalChinese: Story = {
  args: { locale: 'zh-Hant', variant: 'pull', children: hant.reflection.excerpt, attribution: hant.attribution },
  play: markHugsText,
};

export const PullSimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', variant: 'pull', children: hans.reflection.excerpt, attribution: hans.attribution },
  play: markHugsText,
};

export const Inline: Story = {
  args: { locale: 'en', variant: 'inline', children: en.reflection.paragraphs[2] },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(blockquotes(canvasElement)[0]!).fontStyle).toBe('italic');
  },
};

/** Chinese is never italicised. */
export const InlineTraditionalChinese: Story = {
  args: { locale: 'zh-Hant', variant: 'inline', children: hant.reflection.paragraphs[2], attribution: hant.attribution },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(blockquotes(canvasElement)[0]!).fontStyle).toBe('normal');
  },
};

export const InlineSimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', variant: 'inline', children: hans.reflection.paragraphs[2], attribution: hans.attribution },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(blockquotes(canvasElement)[0]!).fontStyle).toBe('normal');
  },
};

export const NoAttribution: Story = {
  args: { variant: 'pull', children: en.reflection.excerpt, attribution: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toBeNull();
  },
};

export const WithCite: Story = {
  args: { variant: 'pull', children: en.reflection.excerpt, cite: 'https://www.example.gov.hk/en/newsletter/exchange-programme' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Source' });
    await expect(link).toHaveAttribute('href', 'https://www.example.gov.hk/en/newsletter/exchange-programme');
    await expect(blockquotes(canvasElement)[0]).toHaveAttribute('cite', 'https://www.example.gov.hk/en/newsletter/exchange-programme');
  },
};

/** A `javascript:` cite is dropped: no `cite` attribute and no Source link; the quote still renders. */
export const UnsafeCiteDropped: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { variant: 'pull', children: en.reflection.excerpt, cite: 'javascript:alert(document.cookie)' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(blockquotes(canvasElement)[0]).not.toHaveAttribute('cite');
  },
};

export const TenThousandCharacterQuote: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    children: `${en.reflection.paragraphs.join(' ')} `.repeat(20).slice(0, 10_000),
    attribution: { ...en.attribution, organisation: 'Office '.repeat(300).trim() },
  },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure')!;
    await expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth + 1);
  },
};

export const LongEnglishWord: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    variant: 'pull',
    children: `Hong Kong is ${'supercalifragilisticexpialidocious'.repeat(6)} about innovation.`,
    attribution: { name: 'Pneumonoultramicroscopicsilicovolcanoconiosis Chan', role: 'Exchange participant' },
  },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure')!;
    await expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth + 1);
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
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure')!;
    await expect(figure.scrollWidth).toBeLessThanOrEqual(figure.clientWidth + 1);
  },
};

/** A quote kept in its original Chinese on an English page: `quoteLang` marks the language change. */
export const ChineseQuoteInEnglishPage: Story = {
  args: {
    locale: 'en',
    variant: 'pull',
    quoteLang: 'zh-Hant',
    children: hant.reflection.excerpt,
    attribution: en.attribution,
  },
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

const marksSamples = [
  { lang: 'en', text: en.reflection.excerpt, second: nested.en, marks: /“.*”.*‘.*’/ },
  { lang: 'zh-Hant', text: hant.reflection.excerpt, second: nested.hant, marks: /「.*」.*『.*』/ },
  { lang: 'zh-HK', text: hant.reflection.excerpt, second: nested.hant, marks: /「.*」.*『.*』/ },
  { lang: 'zh', text: hant.reflection.excerpt, second: nested.hant, marks: /「.*」.*『.*』/ },
  { lang: 'zh-Hans', text: hans.reflection.excerpt, second: nested.hans, marks: /“.*”.*‘.*’/ },
  { lang: 'zh-CN', text: hans.reflection.excerpt, second: nested.hans, marks: /“.*”.*‘.*’/ },
];

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

export const DarkTheme: Story = {
  args: { collapsible: true, defaultOpen: true, excerpt: en.reflection.excerpt, cite: 'https://www.example.gov.hk/' },
  globals: { theme: 'dark' },
};

export const DarkThemePullTraditionalChinese: Story = {
  args: { locale: 'zh-Hant', variant: 'pull', children: hant.reflection.excerpt, attribution: hant.attribution },
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  args: { collapsible: true, excerpt: en.reflection.excerpt, cite: 'https://www.example.gov.hk/' },
  globals: { theme: 'high-contrast' },
};

export const HighContrastThemeInline: Story = {
  args: { variant: 'inline', children: en.reflection.paragraphs[1], cite: 'https://www.example.gov.hk/' },
  globals: { theme: 'high-contrast' },
};

/** Do: one or two sentences for a pull quote, credited in the caption. */
export const DoShortPullQuote: Story = {
  args: { locale: 'en', variant: 'pull', children: en.reflection.excerpt },
};

/** Don't: a pull quote several paragraphs long, with the credit typed into the quotation. */
export const DontLongPullQuote: Story = {
  args: {
    locale: 'en',
    variant: 'pull',
    children: [...en.reflection.paragraphs.slice(0, 3), '— Mr Terence Wang, Exchange participant'],
    attribution: undefined,
  },
};
