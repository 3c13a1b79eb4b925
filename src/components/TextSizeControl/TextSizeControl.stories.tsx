import type { Meta, StoryObj } from '@storybook/react-vite';
import { renderToString } from 'react-dom/server';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TextSizeControl, textSizeAttribute, textSizeStorageKey } from './index.js';

const html = () => document.documentElement;

const meta = {
  title: 'Components/TextSizeControl',
  component: TextSizeControl,
  tags: ['!autodocs'],
  // The control changes <html> and remembers the choice: start and end every story without one,
  // so no other story is drawn at a larger size.
  beforeEach: () => {
    const reset = () => {
      html().removeAttribute(textSizeAttribute);
      localStorage.removeItem(textSizeStorageKey);
    };
    reset();
    return reset;
  },
} satisfies Meta<typeof TextSizeControl>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three buttons, "A A A", named in the page's language; normal is pressed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const group = await within(canvasElement).findByRole('group');
    await expect(within(group).getAllByRole('button')).toHaveLength(3);
    await expect(within(group).getAllByRole('button', { pressed: true })).toHaveLength(1);
  },
};

/** Pressing a button scales the whole page through one attribute on `<html>`; normal removes it. */
export const ChoosingASize: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const before = parseFloat(getComputedStyle(html()).fontSize);
    await userEvent.click(await canvas.findByRole('button', { name: 'Larger text size' }));
    await expect(html()).toHaveAttribute(textSizeAttribute, 'larger');
    await expect(parseFloat(getComputedStyle(html()).fontSize)).toBeCloseTo(before * 1.5, 1);
    await expect(localStorage.getItem(textSizeStorageKey)).toBe('larger');
    await userEvent.click(canvas.getByRole('button', { name: 'Large text size' }));
    await expect(parseFloat(getComputedStyle(html()).fontSize)).toBeCloseTo(before * 1.25, 1);
    await userEvent.click(canvas.getByRole('button', { name: 'Normal text size' }));
    await expect(html()).not.toHaveAttribute(textSizeAttribute);
    await expect(parseFloat(getComputedStyle(html()).fontSize)).toBeCloseTo(before, 1);
  },
};

/** Tab reaches each button; Enter and Space press it. */
export const Keyboard: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group');
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Large text size' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Large text size' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(html()).toHaveAttribute(textSizeAttribute, 'larger');
  },
};

/** The remembered size comes back on the next page. */
export const Remembered: Story = {
  args: { locale: 'en' },
  beforeEach: () => {
    localStorage.setItem(textSizeStorageKey, 'large');
  },
  play: async ({ canvasElement }) => {
    const large = await within(canvasElement).findByRole('button', { name: 'Large text size' });
    await waitFor(() => expect(large).toHaveAttribute('aria-pressed', 'true'));
    await expect(html()).toHaveAttribute(textSizeAttribute, 'large');
  },
};

export const TraditionalChinese: Story = {
  args: { locale: 'zh-Hant' },
  play: async ({ canvasElement }) => {
    const group = await within(canvasElement).findByRole('group', { name: '字體大小' });
    await expect(within(group).getByRole('button', { name: '特大字體' })).toBeVisible();
  },
};

export const SimplifiedChinese: Story = {
  args: { locale: 'zh-Hans' },
  play: async ({ canvasElement }) => {
    const group = await within(canvasElement).findByRole('group', { name: '字体大小' });
    await expect(within(group).getByRole('button', { name: '特大字体' })).toBeVisible();
  },
};

/** What the server (or a browser without JavaScript) gets: a hidden placeholder, no buttons. */
export const ServerHtml: Story = {
  args: { locale: 'en' },
  // The placeholder's labels are one long JSON attribute: it wraps anywhere, so a narrow column does not scroll sideways.
  render: (args) => <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{renderToString(<TextSizeControl {...args} />)}</pre>,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('pre')?.textContent).toMatch(/^<div hidden=""[^>]*--pending[^>]*><\/div>$/);
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  beforeEach: () => {
    localStorage.setItem(textSizeStorageKey, 'larger');
  },
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
};
