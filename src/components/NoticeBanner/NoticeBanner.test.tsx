import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../i18n/locale.js';
import { weatherSignals } from './NoticeBanner.definition.js';
import { NoticeBanner, type NoticeBannerProps, type WeatherSignal } from './index.js';

const loose = (props: unknown) => props as NoticeBannerProps;

// The official names, and each signal's mark and severity, written out here from the Observatory's
// names (the definition's tables build the No. 8 names from one template and a direction).
const names: Record<WeatherSignal, [en: string, tc: string, sc: string, mark: string, severe: boolean]> = {
  TC1: ['Standby Signal No. 1', '一號戒備信號', '一号戒备信号', '1', false],
  TC3: ['Strong Wind Signal No. 3', '三號強風信號', '三号强风信号', '3', false],
  TC8NE: ['No. 8 Northeast Gale or Storm Signal', '八號東北烈風或暴風信號', '八号东北烈风或暴风信号', '8', true],
  TC8NW: ['No. 8 Northwest Gale or Storm Signal', '八號西北烈風或暴風信號', '八号西北烈风或暴风信号', '8', true],
  TC8SE: ['No. 8 Southeast Gale or Storm Signal', '八號東南烈風或暴風信號', '八号东南烈风或暴风信号', '8', true],
  TC8SW: ['No. 8 Southwest Gale or Storm Signal', '八號西南烈風或暴風信號', '八号西南烈风或暴风信号', '8', true],
  TC9: ['Increasing Gale or Storm Signal No. 9', '九號烈風或暴風風力增強信號', '九号烈风或暴风风力增强信号', '9', true],
  TC10: ['Hurricane Signal No. 10', '十號颶風信號', '十号飓风信号', '10', true],
  WRAINA: ['Amber Rainstorm Warning Signal', '黃色暴雨警告信號', '黄色暴雨警告信号', 'amber', false],
  WRAINR: ['Red Rainstorm Warning Signal', '紅色暴雨警告信號', '红色暴雨警告信号', 'red', true],
  WRAINB: ['Black Rainstorm Warning Signal', '黑色暴雨警告信號', '黑色暴雨警告信号', 'black', true],
  EXTREME: ['Extreme conditions', '極端情況', '极端情况', '!', true],
};
const inForce: Record<Locale, (name: string) => string> = { en: (n) => `${n} in force`, 'zh-Hant': (n) => `${n}現正生效`, 'zh-Hans': (n) => `${n}现正生效` };

describe('NoticeBanner', () => {
  it('is a region named by its heading, on the information variant by default; never an alert', () => {
    render(
      <NoticeBanner heading="Online forms unavailable on Sunday" link={{ href: '/en/notices/' }}>
        <p>We are upgrading the forms.</p>
      </NoticeBanner>,
    );
    const region = screen.getByRole('region', { name: 'Online forms unavailable on Sunday' });
    expect(region.tagName).toBe('SECTION');
    expect(region).toHaveClass('bh-component', 'bh-notice-banner', 'bh-notice-banner--information');
    expect(region).not.toHaveAttribute('role');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveClass('bh-notice-banner__heading');
    expect(region).toHaveAttribute('aria-labelledby', heading.id);
    expect(heading.id).toMatch(/^bh-notice-[\w-]+$/);
    expect(region.querySelector('.bh-notice-banner__mark, .bh-notice-banner__issued, time')).toBeNull();
    expect(region.querySelector('.bh-notice-banner__body')!.innerHTML).toBe('<p>We are upgrading the forms.</p>');
    const link = screen.getByRole('link', { name: 'More information' });
    expect(link).toHaveAttribute('href', '/en/notices/');
    expect(link).toHaveClass('bh-link', 'bh-notice-banner__link');
    expect(link.parentElement).toHaveClass('bh-notice-banner__more');
  });

  it('puts the kind first in an important heading, as text, with the separator of the language', () => {
    const { container, rerender } = render(<NoticeBanner variant="important" heading="Counters closed on 1 July" headingId="closure" />);
    expect(screen.getByRole('region', { name: 'Important: Counters closed on 1 July' })).toHaveClass('bh-notice-banner--important');
    expect(container.querySelector('h2')!.innerHTML).toBe('<span class="bh-notice-banner__kind">Important:</span> <bdi>Counters closed on 1 July</bdi>');
    expect(container.querySelector('h2')!.id).toBe('closure');
    rerender(<NoticeBanner variant="important" heading="7月1日櫃位暫停服務" locale="zh-Hant" headingLevel={3} />);
    expect(screen.getByRole('region', { name: '重要：7月1日櫃位暫停服務' })).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByRole('heading', { level: 3 })).toBeDefined();
  });

  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('names every signal officially, with its mark and severity (%s)', (locale) => {
    const column = { en: 0, 'zh-Hant': 1, 'zh-Hans': 2 }[locale];
    for (const signal of weatherSignals) {
      const [name, , , mark, severe] = [names[signal][column] as string, 0, 0, names[signal][3], names[signal][4]];
      const { container, unmount } = render(<NoticeBanner variant="weather" signal={signal} issued="2025-07-20T09:40+08:00" locale={locale} />);
      const region = screen.getByRole('region', { name: inForce[locale](name) });
      expect(region).toHaveClass('bh-notice-banner--weather');
      expect(region.classList.contains('bh-notice-banner--severe')).toBe(severe);
      const markElement = container.querySelector('.bh-notice-banner__mark')!;
      expect(markElement).toHaveAttribute('aria-hidden', 'true');
      if (['amber', 'red', 'black'].includes(mark)) {
        expect(markElement).toHaveClass(`bh-notice-banner__mark--${mark}`);
        expect(markElement.textContent).toBe('');
      } else expect(markElement.textContent).toBe(mark);
      unmount();
    }
  });

  it('says when a signal was issued, in a <time>, and when extreme conditions were announced', () => {
    const { container, rerender } = render(<NoticeBanner variant="weather" signal="WRAINB" issued="2025-07-29T09:10+08:00" />);
    const issued = container.querySelector('.bh-notice-banner__issued')!;
    expect(issued.innerHTML).toBe('Issued <time datetime="2025-07-29T09:10+08:00">9:10 am, 29 July 2025</time>');
    rerender(<NoticeBanner variant="weather" signal="WRAINB" issued="2025-07-29T01:10Z" locale="zh-Hant" />);
    expect(container.querySelector('.bh-notice-banner__issued')!.innerHTML).toBe('<time datetime="2025-07-29T01:10Z">2025年7月29日上午9時10分</time>發出');
    rerender(<NoticeBanner variant="weather" signal="EXTREME" issued="2025-07-20T18:00+08:00" locale="zh-Hans" />);
    expect(container.querySelector('.bh-notice-banner__issued')!.textContent).toBe('2025年7月20日下午6时正公布');
    rerender(<NoticeBanner variant="weather" signal="TC1" issued={new Date('2025-07-20T04:00:00Z')} />);
    expect(container.querySelector('.bh-notice-banner__issued')!.textContent).toBe('Issued 12 noon, 20 July 2025');
  });

  it('links to the arrangements by default, or with the site\'s words; a site may rename a label', () => {
    const { rerender } = render(<NoticeBanner variant="weather" signal="TC8SW" issued="2025-07-20T09:40" link={{ href: '/tc/arrangements/' }} locale="zh-Hant" />);
    expect(screen.getByRole('link', { name: '惡劣天氣下的特別安排' })).toHaveAttribute('href', '/tc/arrangements/');
    rerender(<NoticeBanner variant="weather" signal="TC8SW" issued="2025-07-20T09:40" link={{ href: '/en/arrangements/', text: 'What we do in bad weather' }} labels={{ SW: 'South-west' }} />);
    expect(screen.getByRole('link', { name: 'What we do in bad weather' })).toBeDefined();
    expect(screen.getByRole('heading').textContent).toBe('No. 8 South-west Gale or Storm Signal in force');
  });

  it('renders nothing without a heading or a known signal, and says why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const props of [{ heading: ' \u200b' }, { variant: 'important' }, { variant: 'weather', signal: 'TC8' }, { variant: 'weather', heading: 'Typhoon' }, {}]) {
      const { container, unmount } = render(<NoticeBanner {...loose(props)} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    const messages = warn.mock.calls.map(([text]) => String(text));
    expect(messages).toContainEqual(expect.stringMatching(/NoticeBanner: rendered nothing: an information notice needs a `heading`/));
    expect(messages).toContainEqual(expect.stringMatching(/NoticeBanner: rendered nothing: `signal` "TC8" is not one of/));
    expect(messages).toContainEqual(expect.stringMatching(/a weather notice names its signal itself/));
    warn.mockRestore();
  });

  it('drops what it cannot use, with a warning: an unsafe link, an invalid or missing time, weather fields on other notices', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<NoticeBanner variant="weather" signal="TC3" issued="2025-02-30T10:00" link={{ href: 'javascript:alert(1)' }} />);
    expect(container.querySelector('a, time, .bh-notice-banner__issued')).toBeNull();
    render(<NoticeBanner {...loose({ heading: 'Notice', signal: 'TC3', issued: '2025-07-01T10:00' })} data-testid="info" />);
    expect(screen.getByTestId('info').querySelector('time, .bh-notice-banner__mark')).toBeNull();
    const dateOnly = render(<NoticeBanner variant="weather" signal="TC3" issued="2025-07-01" />);
    expect(dateOnly.container.querySelector('time')!.textContent).toBe('1 July 2025');
    render(<NoticeBanner variant="weather" signal="TC3" />);
    const messages = warn.mock.calls.map(([text]) => String(text));
    for (const pattern of [/link\.href/, /`issued` "2025-02-30T10:00" is not a valid/, /`signal` and `issued` belong to the weather variant/, /`issued` has no time of day/, /a weather notice without `issued`/]) {
      expect(messages).toContainEqual(expect.stringMatching(pattern));
    }
    warn.mockRestore();
  });

  it('forwards the ref, passes className and DOM attributes through, a caller\'s aria-labelledby wins, markup stays text', () => {
    const ref = createRef<HTMLElement>();
    render(<NoticeBanner ref={ref} className="site-notice" data-testid="notice" aria-labelledby="elsewhere" variant="important" heading="<b>Closed</b>" />);
    const region = screen.getByTestId('notice');
    expect(ref.current).toBe(region);
    expect(region).toHaveClass('bh-notice-banner', 'site-notice');
    expect(region).toHaveAttribute('aria-labelledby', 'elsewhere');
    expect(region.querySelector('bdi')!.textContent).toBe('<b>Closed</b>');
    expect(region.querySelector('b')).toBeNull();
  });

  it('gives two notices on one page distinct heading ids', () => {
    const { container } = render(
      <>
        <NoticeBanner variant="weather" signal="TC8NE" issued="2025-07-20T09:40" />
        <NoticeBanner variant="weather" signal="WRAINB" issued="2025-07-29T09:10" />
      </>,
    );
    const ids = [...container.querySelectorAll('h2')].map((h) => h.id);
    expect(new Set(ids).size).toBe(2);
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual(ids);
  });
});
