import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Locale } from '../../i18n/locale.js';
import type { ThemeName } from '../../tokens/themes.js';
import { ThemePlayground } from './ThemePlayground.js';

/** Build a brand theme, watch the newsletter re-render, copy the CSS. Runs entirely in the browser. */
const meta = {
  title: 'Guides/Theme playground',
  component: ThemePlayground,
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
  // Keyed by theme so switching the toolbar starts again from that theme's colours.
  render: (_args, { globals }) => {
    const theme = (globals.theme as ThemeName | undefined) ?? 'default';
    const locale = (globals.locale as Locale | undefined) ?? 'en';
    return <ThemePlayground key={theme} theme={theme} locale={locale} />;
  },
} satisfies Meta<typeof ThemePlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const brandHex = canvas.getByRole('textbox', { name: 'Brand colour: hex value' });

    await step('a too-light brand colour is flagged in text', async () => {
      await userEvent.clear(brandHex);
      await userEvent.type(brandHex, '#9fd3ea');
      await waitFor(() => expect(canvas.getByText(/contrast pairs are below WCAG AA/)).toBeVisible());
      expect(canvas.getAllByText(/Below AA: needs 4\.5:1/).length).toBeGreaterThan(0);
      const css = canvas.getByRole('textbox', { name: /CSS overrides/ });
      expect((css as HTMLTextAreaElement).value).toContain('--bh-color-brand-primary: #9fd3ea;');
    });

    await step('the suggested shade passes again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /Use the nearest accessible shade/ }));
      await waitFor(() => expect(canvas.getByText(/contrast pairs meet WCAG AA/)).toBeVisible());
      expect(canvas.queryByText(/Below AA/)).toBeNull();
    });
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrastChinese: Story = { name: 'High contrast, 繁體中文', globals: { theme: 'high-contrast', locale: 'zh-Hant' } };
