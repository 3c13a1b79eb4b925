import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { weatherSignals } from './NoticeBanner.definition.js';
import { NoticeBanner, type NoticeBannerProps } from './NoticeBanner.js';

// The fictional Example Exchange Office's notices, in our own words.
const copy: Record<Locale, { heading: string; body: string; important: string; importantBody: string; signal8: string; rainstorm: string; arrangements: string }> = {
  en: {
    heading: 'Online forms unavailable on Sunday 2 February 2025, 8 am to 10 am',
    body: 'We are upgrading the forms. Please submit your application before or after these hours.',
    important: 'Counters closed on 1 July',
    importantBody: 'Our counters are closed on HKSAR Establishment Day. Online services remain open.',
    signal8: 'Our counters are closed while the signal is in force. Online services remain open.',
    rainstorm: 'Stay indoors. Appointments today will be rearranged; we will contact you.',
    arrangements: '/en/arrangements/',
  },
  'zh-Hant': {
    heading: '2025年2月2日（星期日）上午8時至10時暫停網上表格服務',
    body: '我們正在更新網上表格，請於上述時間以外遞交申請。',
    important: '7月1日櫃位暫停服務',
    importantBody: '香港特別行政區成立紀念日當天，本處櫃位暫停服務，網上服務照常運作。',
    signal8: '信號生效期間，本處櫃位暫停服務，網上服務照常運作。',
    rainstorm: '請留在安全地方。今日的預約將會另行安排，我們會與你聯絡。',
    arrangements: '/tc/arrangements/',
  },
  'zh-Hans': {
    heading: '2025年2月2日（星期日）上午8时至10时暂停网上表格服务',
    body: '我们正在更新网上表格，请于上述时间以外递交申请。',
    important: '7月1日柜位暂停服务',
    importantBody: '香港特别行政区成立纪念日当天，本处柜位暂停服务，网上服务照常运作。',
    signal8: '信号生效期间，本处柜位暂停服务，网上服务照常运作。',
    rainstorm: '请留在安全地方。今日的预约将会另行安排，我们会与你联络。',
    arrangements: '/sc/arrangements/',
  },
};
const text = (args: NoticeBannerProps) => copy[resolveLocale(args.locale)];

const meta = {
  title: 'Components/NoticeBanner',
  component: NoticeBanner,
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['information', 'important', 'weather'] },
    signal: { control: 'select', options: weatherSignals },
    children: { control: false },
  },
} satisfies Meta<typeof NoticeBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A service notice, in the language of the toolbar. */
export const Default: Story = {
  render: (args) => (
    <NoticeBanner {...args} heading={text(args).heading} link={{ href: text(args).arrangements.replace('arrangements', 'notices') }}>
      <p>{text(args).body}</p>
    </NoticeBanner>
  ),
};

export const Important: Story = {
  render: (args) => (
    <NoticeBanner {...args} variant="important" heading={text(args).important}>
      <p>{text(args).importantBody}</p>
    </NoticeBanner>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: /^(Important: |重要：)/ })).toBeVisible();
  },
};

const weather = (signal: NoticeBannerProps['signal'], issued: string, message?: 'signal8' | 'rainstorm'): Story => ({
  render: (args) => (
    <NoticeBanner {...args} variant="weather" signal={signal} issued={issued} link={{ href: text(args).arrangements }}>
      {message && <p>{text(args)[message]}</p>}
    </NoticeBanner>
  ),
});

/** No. 8 Northeast: a severe notice, an inverted strip. */
export const Signal8: Story = weather('TC8NE', '2025-07-20T09:40+08:00', 'signal8');
export const BlackRainstorm: Story = weather('WRAINB', '2025-07-29T09:10+08:00', 'rainstorm');
export const AmberRainstorm: Story = weather('WRAINA', '2025-07-29T07:45+08:00');
export const Standby: Story = weather('TC1', '2025-07-19T18:00+08:00');
export const ExtremeConditions: Story = weather('EXTREME', '2025-07-20T15:45+08:00', 'signal8');

/** Every signal in the toolbar's language: the reference for the names, marks and colours. */
export const EverySignal: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {weatherSignals.map((signal) => (
        <NoticeBanner key={signal} locale={args.locale} variant="weather" signal={signal} issued="2025-07-20T09:40+08:00" />
      ))}
    </div>
  ),
};

/** A `javascript:` link is dropped: no link. */
export const UnsafeLink: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', variant: 'weather', signal: 'TC3', issued: '2025-07-20T09:40+08:00', link: { href: 'javascript:alert(1)' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('a')).toBeNull();
  },
};

/** An invalid time (30 February) leaves out the issued line. */
export const InvalidIssued: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', variant: 'weather', signal: 'TC3', issued: '2025-02-30T09:40' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')).toBeNull();
  },
};

/** A date without a time shows the date alone. */
export const DateOnlyIssued: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hant', variant: 'weather', signal: 'WRAINA', issued: '2025-07-29' },
};

/** An unknown code is not guessed at: nothing is rendered (the empty canvas is the point). */
export const UnknownSignal: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', variant: 'weather', signal: 'TC11' as never, issued: '2025-07-20T09:40+08:00' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('section')).toBeNull();
  },
};

export const LongText: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', variant: 'important', heading: 'Counters closed on 1 July for HKSAR Establishment Day '.repeat(185).slice(0, 10_000), children: <p>{'櫃位暫停服務'.repeat(1700).slice(0, 10_000)}</p> },
};

/** A right-to-left override in an important heading reorders the heading's own text only: the kind stays first. */
export const BidiOverride: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', variant: 'important', heading: '\u202eCounters closed on 1 July' },
};

export const Narrow320: Story = {
  ...Signal8,
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'zh-Hant' },
  parameters: { narrow: true },
};

/** No. 8 and Black Rainstorm together: two regions, each named by its own heading. */
export const TwoNotices: Story = {
  tags: ['edge-case', '!autodocs'],
  render: (args) => (
    <>
      {Signal8.render!(args, {} as never)}
      {BlackRainstorm.render!(args, {} as never)}
    </>
  ),
  play: async ({ canvasElement }) => {
    const regions = within(canvasElement).getAllByRole('region');
    await expect(regions).toHaveLength(2);
    const names = regions.map((region) => document.getElementById(region.getAttribute('aria-labelledby')!)!.textContent);
    await expect(new Set(names).size).toBe(2);
  },
};
