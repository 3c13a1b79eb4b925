import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { Accordion, type AccordionProps, type AccordionSection } from './Accordion.js';

// Facts from the exchange programme, in our own words.
const questions: Record<Locale, AccordionSection[]> = {
  en: [
    { heading: 'Who takes part?', content: ['Civil servants from Beijing, Shanghai, Chongqing, Wuhan and Hangzhou, and from the Mainland cities of the Greater Bay Area.'] },
    { heading: 'How long does an attachment last?', content: ['Between four weeks and three months. The 2024 attachments began in early December.'] },
    {
      heading: 'Where do participants work?',
      content: ['In HKSAR Government bureaux and departments.', 'A participant from Shenzhen, for example, joined the Greater Bay Area Development Office of the Constitutional and Mainland Affairs Bureau.'],
    },
  ],
  'zh-Hant': [
    { heading: '哪些人參加？', content: ['來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員。'] },
    { heading: '每段交流為期多久？', content: ['由四星期至三個月不等。2024年的交流由12月初開始。'] },
    { heading: '參加者在哪裏工作？', content: ['在香港特區政府的決策局及部門。', '例如一位來自深圳的參加者，到政制及內地事務局轄下的粵港澳大灣區發展辦公室工作。'] },
  ],
  'zh-Hans': [
    { heading: '哪些人参加？', content: ['来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员。'] },
    { heading: '每段交流为期多久？', content: ['由四周至三个月不等。2024年的交流由12月初开始。'] },
    { heading: '参加者在哪里工作？', content: ['在香港特区政府的决策局及部门。', '例如一位来自深圳的参加者，到政制及内地事务局辖下的粤港澳大湾区发展办公室工作。'] },
  ],
};

/** The questions in the story's language, unless the story gives its own. */
const withQuestions = (args: AccordionProps): AccordionProps => ({ ...args, sections: args.sections.length ? args.sections : questions[resolveLocale(args.locale)] });

const meta = {
  title: 'Components/Accordion',
  component: Accordion,
  tags: ['!autodocs'],
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
    sections: { control: false },
  },
  args: { sections: [] },
  render: (args) => <Accordion {...withQuestions(args)} />,
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three questions in the language of the toolbar, the second open. */
export const Default: Story = {
  render: (args) => <Accordion {...args} sections={questions[resolveLocale(args.locale)].map((section, index) => ({ ...section, open: index === 1 }))} />,
};

/** With `name`, opening one section closes the other: the browser's own behaviour. */
export const Exclusive: Story = {
  args: { locale: 'en', name: 'programme-faq' },
  play: async ({ canvasElement }) => {
    const [first, second] = [...canvasElement.querySelectorAll('details')];
    const summaries = canvasElement.querySelectorAll('summary');
    await userEvent.click(summaries[0]!);
    await expect(first!.open).toBe(true);
    await userEvent.click(summaries[1]!);
    await expect(second!.open).toBe(true);
    await expect(first!.open).toBe(false);
  },
};

/** The summary is a keyboard stop; the question stays a heading in the accessibility tree. */
export const FirstOpen: Story = {
  args: { locale: 'zh-Hant', sections: questions['zh-Hant'].map((section, index) => ({ ...section, open: index === 0 })) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: '哪些人參加？' })).toBeVisible();
    await expect(canvas.getByText('來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員。')).toBeVisible();
    await expect(canvas.getByText('由四星期至三個月不等。2024年的交流由12月初開始。')).not.toBeVisible();
    await userEvent.tab();
    await expect(canvasElement.querySelector('summary')).toHaveFocus();
  },
};

export const HeadingLevel2: Story = {
  args: { locale: 'zh-Hans', headingLevel: 2 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('heading', { level: 2 })).toHaveLength(3);
  },
};

/** Elements in an answer: a list and a link (give it the library's look with `bh-link`). */
export const RichContent: Story = {
  args: {
    locale: 'en',
    sections: [
      {
        heading: 'Which cities are partners?',
        open: true,
        content: (
          <>
            <ul>
              <li>Beijing, Shanghai and Chongqing</li>
              <li>Wuhan and Hangzhou</li>
              <li>the Mainland cities of the Greater Bay Area</li>
            </ul>
            <p>
              <a className="bh-link" href="/en/programme/">
                About the exchange programme
              </a>
            </p>
          </>
        ),
      },
      ...questions.en.slice(1),
    ],
  },
};

/** Sections with a blank heading or no content are skipped; the rest render. */
export const SkippedSections: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', sections: [{ heading: ' \u200b', content: ['No question'] }, questions.en[0]!, { heading: 'No answer', content: '  ' }] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('details')).toHaveLength(1);
  },
};

export const FiftySections: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', sections: Array.from({ length: 50 }, (_, index) => ({ heading: `Question ${index + 1}: ${questions.en[index % 3]!.heading}`, content: questions.en[index % 3]!.content })) },
};

export const LongHeading: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'en',
    sections: [
      { heading: 'Who takes part in the Civil Service Exchange Programme? '.repeat(180).slice(0, 10_000), content: ['公務員交流計劃'.repeat(1500).slice(0, 10_000)], open: true },
      ...questions.en.slice(1),
    ],
  },
};

/** A right-to-left override pasted into a heading reorders that heading alone. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', sections: [{ heading: '\u202eWho takes part?', content: ['An override stays inside its heading.'] }, ...questions.en.slice(1)] },
};

export const Narrow320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hant', sections: questions['zh-Hant'].map((section) => ({ ...section, open: true })) },
  parameters: { narrow: true },
};
