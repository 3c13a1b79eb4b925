import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { vars } from '../../tokens/contract.css.js';
import { Button } from './Button.js';

// The three languages' wording for the demo buttons.
const copy: Record<Locale, { send: string; draft: string; guide: string; question: string; yes: string; no: string; clear: string }> = {
  en: { send: 'Send', draft: 'Save as draft', guide: 'Read the programme guide', question: 'Is this page useful?', yes: 'Yes', no: 'No', clear: 'Clear' },
  'zh-Hant': { send: '傳送', draft: '儲存為草稿', guide: '閱讀交流計劃指南', question: '本網頁對你有用嗎？', yes: '有用', no: '沒有用', clear: '清除' },
  'zh-Hans': { send: '发送', draft: '保存为草稿', guide: '阅读交流计划指南', question: '本网页对你有用吗？', yes: '有用', no: '没有用', clear: '清除' },
};
const textFor = (locale: unknown) => copy[resolveLocale(locale)];

const row = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: vars.space.md } as const;

const meta = {
  title: 'Components/Button',
  component: Button,
  tags: ['!autodocs'],
  argTypes: { children: { control: 'text' } },
  render: ({ children, ...args }) => <Button {...args}>{children ?? textFor(args.locale).send}</Button>,
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The three looks side by side, in the language of the toolbar: primary, secondary, and a start link. */
export const Default: Story = {
  render: ({ locale }) => {
    const text = textFor(locale);
    return (
      <div style={row}>
        <Button type="button">{text.send}</Button>
        <Button type="button" variant="secondary">
          {text.draft}
        </Button>
        <Button variant="start" href="#guide">
          {text.guide}
        </Button>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [primary, secondary] = canvas.getAllByRole('button');
    await expect(primary).toHaveAttribute('type', 'button');
    await expect(secondary).toHaveClass('bh-button--secondary');
    const start = canvas.getByRole('link');
    await expect(start).toHaveAttribute('href', '#guide');
    await expect(start.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    // 44 CSS px at the default text size.
    for (const control of [primary!, secondary!, start]) await expect(control.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

/** The main action: filled. A `<button>` sends its form by default (`type="submit"`, always written). */
export const Primary: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toHaveAttribute('type', 'submit');
  },
};

/** An action beside the main one: outlined. */
export const Secondary: Story = {
  args: { variant: 'secondary' },
  render: ({ children, ...args }) => <Button {...args}>{children ?? textFor(args.locale).draft}</Button>,
};

/** The start of a service: larger, with an arrow. Usually a link to the service's first page. */
export const Start: Story = {
  args: { variant: 'start', href: '#guide' },
  render: ({ children, ...args }) => <Button {...args}>{children ?? textFor(args.locale).guide}</Button>,
};

/** With `href` it is a link: it goes to another page, so screen readers list it among the links. */
export const AsLink: Story = {
  args: { href: '#programme' },
  render: ({ children, ...args }) => <Button {...args}>{children ?? textFor(args.locale).guide}</Button>,
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link');
    await expect(link).not.toHaveAttribute('role');
    await expect(link).not.toHaveAttribute('type');
  },
};

/** Two answers with one name: the pressed button is the form's submitter, so its value is sent. No JavaScript. */
export const InAForm: Story = {
  render: ({ locale }) => {
    const text = textFor(locale);
    return (
      <form action="#answer" method="get" onSubmit={(event) => event.preventDefault()}>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: vars.font.weight.bold, marginBlockEnd: vars.space.sm }}>{text.question}</legend>
          <div style={row}>
            <Button variant="secondary" name="useful" value="yes">
              {text.yes}
            </Button>
            <Button variant="secondary" name="useful" value="no">
              {text.no}
            </Button>
          </div>
        </fieldset>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const [yes, no] = within(canvasElement).getAllByRole('button');
    await expect(Object.fromEntries(new FormData(form, yes))).toEqual({ useful: 'yes' });
    await expect(Object.fromEntries(new FormData(form, no))).toEqual({ useful: 'no' });
  },
};

/**
 * Disabled: greyed, not focusable, and never announced with a reason. Prefer a button that works
 * and a clear error message after it is pressed.
 */
export const Disabled: Story = {
  render: ({ locale }) => {
    const text = textFor(locale);
    return (
      <div style={row}>
        <Button disabled>{text.send}</Button>
        <Button disabled variant="secondary" type="reset">
          {text.clear}
        </Button>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    for (const button of within(canvasElement).getAllByRole('button')) await expect(button).toBeDisabled();
  },
};

/** Both elements and both fills, as forced colours show them: system button colours, borders kept (tests/browser checks it). */
export const ForcedColors: Story = {
  tags: ['edge-case', '!autodocs'],
  render: ({ locale }) => {
    const text = textFor(locale);
    return (
      <div style={row}>
        <Button type="button">{text.send}</Button>
        <Button variant="secondary" type="button">
          {text.draft}
        </Button>
        <Button href="#guide">{text.guide}</Button>
        <Button variant="secondary" href="#guide">
          {text.guide}
        </Button>
      </div>
    );
  },
};

/** A `javascript:` link is no call to action: nothing is rendered. */
export const UnsafeHref: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { href: 'javascript:alert(document.cookie)', children: 'Read the programme guide' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(canvasElement.querySelector('.bh-button')).toBeNull();
  },
};

/** 10,000 characters in a 320 px column wrap inside the button; nothing scrolls sideways. */
export const LongText320: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { variant: 'start', href: '#guide' },
  parameters: { narrow: true },
  render: ({ children: _children, ...args }) => <Button {...args}>{`${textFor(args.locale).guide} `.repeat(400).slice(0, 10_000)}</Button>,
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link');
    await expect(link.getBoundingClientRect().right).toBeLessThanOrEqual(link.parentElement!.getBoundingClientRect().right + 0.5);
  },
};

/** A right-to-left override pasted into the text stays inside the button. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { children: 'Send \u202Eevil\u202C now' },
};

export const DarkTheme: Story = {
  ...Default,
  globals: { theme: 'dark' },
};

export const HighContrastTheme: Story = {
  ...Default,
  globals: { theme: 'high-contrast' },
};
