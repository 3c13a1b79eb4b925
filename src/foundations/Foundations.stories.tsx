import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ThemeName } from '../tokens/themes.js';
import { ColourSwatches, ContrastPairs, Radius, Spacing, TypeScale } from './Foundations.js';

const meta = {
  title: 'Foundations/Tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const activeTheme = (globals: Record<string, unknown>) => (globals.theme as ThemeName | undefined) ?? 'default';

export const Colour: Story = { render: (_args, { globals }) => <ColourSwatches theme={activeTheme(globals)} /> };
export const Contrast: Story = { render: (_args, { globals }) => <ContrastPairs theme={activeTheme(globals)} /> };
export const Typography: Story = { render: () => <TypeScale /> };
export const Space: Story = { render: () => <Spacing /> };
export const Radii: Story = { name: 'Radius', render: () => <Radius /> };
export const DarkColour: Story = { name: 'Colour (dark)', globals: { theme: 'dark' }, render: () => <ColourSwatches theme="dark" /> };
export const HighContrastColour: Story = {
  name: 'Colour (high contrast)',
  globals: { theme: 'high-contrast' },
  render: () => <ContrastPairs theme="high-contrast" />,
};
