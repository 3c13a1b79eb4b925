import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { resolveLocale } from '../../i18n/locale.js';
import { createBrandTheme } from '../../theming/brand.js';
import { createThemeCss } from '../../theming/themeCss.js';
import type { ThemeName } from '../../tokens/themes.js';
import { ThemePlayground } from './ThemePlayground.js';

/** Build a brand theme, watch the newsletter re-render, copy the CSS. Runs entirely in the browser. */
const meta = {
  title: 'Guides/Theme playground',
  component: ThemePlayground,
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
  // Keyed by theme so switching the toolbar starts again.
  render: ({ locale }, { globals }) => {
    const theme = (globals.theme as ThemeName | undefined) ?? 'default';
    return <ThemePlayground key={theme} theme={theme} locale={resolveLocale(locale)} />;
  },
} satisfies Meta<typeof ThemePlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens at the themes as shipped: nothing changed until a colour is picked. */
export const Playground: Story = {};

export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrastChinese: Story = { name: 'High contrast, 繁體中文', globals: { theme: 'high-contrast', locale: 'zh-Hant' } };

/**
 * The interaction check, kept out of the sidebar (`!dev`) so the playground itself opens untouched:
 * a too-light brand is flagged, the suggested shade passes, and the copied CSS is exactly what
 * `createThemeCss(createBrandTheme(…))` gives a site.
 */
export const FlagsAndFixesABrand: Story = {
  tags: ['!dev'],
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const brand = canvas.getByRole('textbox', { name: 'Brand colour: CSS colour' });
    const accent = canvas.getByRole('textbox', { name: 'Accent colour: CSS colour' });
    const cssBox = () => canvas.getByRole('textbox', { name: /^CSS/ }) as HTMLTextAreaElement;

    await step('it opens at the themes as shipped', async () => {
      expect(cssBox().value).toMatch(/Nothing changed yet/);
    });

    await step('a too-light brand colour is flagged in text', async () => {
      await userEvent.clear(brand);
      await userEvent.type(brand, '#9fd3ea');
      await waitFor(() => expect(canvas.getByText(/contrast pairs are below WCAG AA/)).toBeVisible());
      expect(canvas.getAllByText(/Below AA: needs 4\.5:1/).length).toBeGreaterThan(0);
    });

    await step('the suggested shades pass, and the copied CSS is createThemeCss(createBrandTheme(…))', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /Use the nearest accessible shade/ }));
      await waitFor(() => expect(canvas.getByText(/All contrast pairs meet WCAG AA/)).toBeVisible());
      expect(canvas.queryByText(/Below AA/)).toBeNull();
      const primary = (brand as HTMLInputElement).value;
      const accentValue = (accent as HTMLInputElement).value;
      expect(cssBox().value).toBe(createThemeCss(createBrandTheme({ primary, accent: accentValue })));
      expect(cssBox().value).toContain(`--bh-color-text-link: ${primary};`);
    });
  },
};
