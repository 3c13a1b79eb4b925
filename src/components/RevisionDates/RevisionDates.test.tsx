import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RevisionDates } from './index.js';

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

// A description list has no ARIA role of its own: it is found through its terms.
const dateList = () => screen.getAllByRole('term')[0]!.closest('dl')!;

/** Each date as [label, shown text, datetime]: each term and the <time> in the definition after it. */
const shownDates = () =>
  within(dateList())
    .getAllByRole('term')
    .map((term) => {
      const definition = term.nextElementSibling!;
      expect(definition).toHaveRole('definition');
      const time = within(definition as HTMLElement).getByRole('time');
      return [term.textContent, time.textContent, time.getAttribute('datetime')];
    });

describe('RevisionDates: the dates', () => {
  it.each([
    ['en', 'Last revision date', '14 July 2025', 'Review date', '1 January 2026'],
    ['zh-Hant', '修訂日期', '2025年7月14日', '覆檢日期', '2026年1月1日'],
    ['zh-HK', '修訂日期', '2025年7月14日', '覆檢日期', '2026年1月1日'],
    ['zh-Hans', '修订日期', '2025年7月14日', '复检日期', '2026年1月1日'],
    ['zh-CN', '修订日期', '2025年7月14日', '复检日期', '2026年1月1日'],
  ])('writes them as <time> in a description list in %s', (locale, revisionLabel, revision, reviewLabel, review) => {
    // The review date is an instant: 16:30 UTC on 31 December is 1 January in Hong Kong.
    render(<RevisionDates locale={locale} revisionDate="2025-07-14" reviewDate="2025-12-31T16:30:00Z" />);
    const list = dateList();
    expect(list.tagName).toBe('DL');
    expect(list).toHaveAttribute('lang', locale);
    expect(shownDates()).toEqual([
      [revisionLabel, revision, '2025-07-14'],
      [reviewLabel, review, '2025-12-31T16:30:00Z'],
    ]);
    // One group per date: the <dt> and its <dd> in a <div>.
    expect([...list.children].map((group) => [group.tagName, [...group.children].map((c) => c.tagName)])).toEqual([
      ['DIV', ['DT', 'DD']],
      ['DIV', ['DT', 'DD']],
    ]);
  });

  it('is English without a locale', () => {
    render(<RevisionDates reviewDate="2025-07-31" />);
    expect(shownDates()).toEqual([['Review date', '31 July 2025', '2025-07-31']]);
  });

  it('accepts a Date, and reads a time without an offset as Hong Kong time', () => {
    render(<RevisionDates revisionDate={new Date(Date.UTC(2025, 6, 14, 2))} reviewDate="2025-07-31T23:30:00" />);
    expect(shownDates()).toEqual([
      ['Last revision date', '14 July 2025', '2025-07-14T02:00:00.000Z'],
      ['Review date', '31 July 2025', '2025-07-31T23:30:00'],
    ]);
  });

  it('lets labels reword the built-in ones, never with blank text', () => {
    render(<RevisionDates revisionDate="2025-07-14" reviewDate="2025-07-31" labels={{ revisionDate: 'Page last updated', reviewDate: ' \u200b' }} />);
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Page last updated', 'Review date']);
  });
});

describe('RevisionDates: bad input', () => {
  it.each([['14/07/2025'], ['2025-02-30'], [new Date('nope')], [20250714], [{}]])('leaves out an invalid date (%j)', (value) => {
    const warn = warnSpy();
    render(<RevisionDates revisionDate={value as never} reviewDate="2025-07-31" />);
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Review date']);
    warn.mockRestore();
  });

  it('warns about an invalid date, naming the prop', () => {
    const warn = warnSpy();
    // Each warning is shown once per page: this prop is the one no other test gets wrong.
    render(<RevisionDates revisionDate="2025-07-14" reviewDate="31.07.2025" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`reviewDate` is not a valid'));
    warn.mockRestore();
  });

  it('renders nothing, with a warning, without a valid date', () => {
    const warn = warnSpy();
    // The warning is shown once per page: this is the only test that renders nothing.
    for (const props of [{}, { revisionDate: '', reviewDate: '  ' }, { revisionDate: 'soon', reviewDate: new Date(Number.NaN) }]) {
      const { container, unmount } = render(<RevisionDates {...props} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered nothing'));
    warn.mockRestore();
  });

  it('survives wrong-typed props', () => {
    const warn = warnSpy();
    render(<RevisionDates revisionDate="2025-07-14" reviewDate={['2025-07-31'] as never} locale={{} as never} labels={7 as never} />);
    expect(shownDates()).toEqual([['Last revision date', '14 July 2025', '2025-07-14']]);
    warn.mockRestore();
  });
});
