import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Details, type DetailsProps } from './index.js';

const body = 'Civil servants from five Mainland cities and the Greater Bay Area.';

describe('Details', () => {
  it('is a native disclosure: the summary, then the content, closed by default', () => {
    const { container } = render(
      <Details summary="Who can take part?">
        <p>{body}</p>
      </Details>,
    );
    const details = container.querySelector('details')!;
    expect(details).toHaveClass('bh-component', 'bh-details');
    expect(details.open).toBe(false);
    expect(details.hasAttribute('open')).toBe(false);
    const summary = details.firstElementChild!;
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary).toHaveClass('bh-details__summary');
    // The summary's text alone: the chevron is drawn by CSS, not written.
    expect(summary.textContent).toBe('Who can take part?');
    expect(summary.firstElementChild).toHaveClass('bh-details__summary-text');
    const content = details.lastElementChild!;
    expect(content).toHaveClass('bh-details__content');
    expect(content.innerHTML).toBe(`<p>${body}</p>`);
  });

  it('opens at first with `open`, and sets lang from `locale`', () => {
    const { container } = render(
      <Details summary="誰可以參加？" open locale="tc">
        {body}
      </Details>,
    );
    const details = container.querySelector('details')!;
    expect(details.open).toBe(true);
    expect(details).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByText(body)).toBeVisible();
  });

  it('trims the summary, and treats only `true` as open', () => {
    const { container } = render(
      <Details summary="  Who can take part?  " open={'true' as never}>
        {body}
      </Details>,
    );
    expect(container.querySelector('summary')!.textContent).toBe('Who can take part?');
    expect(container.querySelector('details')!.open).toBe(false);
  });

  it('renders nothing without a summary or content, and says why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cases: DetailsProps[] = [
      { summary: ' \u200b ', children: body },
      { children: body } as DetailsProps,
      { summary: 'Who?', children: '  ' },
      { summary: 'Who?' },
    ];
    for (const props of cases) {
      const { container, unmount } = render(<Details {...props} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    // Each message once (development warnings are said once per page).
    expect(warn.mock.calls.map(([text]) => String(text))).toEqual([
      expect.stringMatching(/Details: `summary` shows nothing/),
      expect.stringMatching(/Details: rendered nothing: it needs a `summary`/),
      expect.stringMatching(/Details: `children` shows nothing/),
      expect.stringMatching(/Details: rendered nothing: it needs content/),
    ]);
    warn.mockRestore();
  });

  it('never throws on wrong-typed input from JavaScript callers, and keeps markup as text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const props of [{ summary: 42, children: 7 }, { summary: { text: 'x' }, children: 'ok' }, { summary: ['a'], children: [null, false] }, { summary: null, open: 'yes', locale: 12 }]) {
      const { unmount } = render(<Details {...(props as unknown as DetailsProps)} />);
      unmount();
    }
    const { container } = render(<Details summary="<b>Who?</b>">{'<script>alert(1)</script>'}</Details>);
    expect(container.querySelector('summary')!.textContent).toBe('<b>Who?</b>');
    expect(container.querySelector('b, script')).toBeNull();
    warn.mockRestore();
  });
});
