import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextSizeControl, textSizeAttribute, textSizeStorageKey } from './index.js';

const html = document.documentElement;

afterEach(() => {
  html.removeAttribute(textSizeAttribute);
  localStorage.clear();
  vi.restoreAllMocks();
});

const pressed = () => screen.getAllByRole('button').filter((b) => b.getAttribute('aria-pressed') === 'true');

describe('TextSizeControl: semantics', () => {
  it('is a named group of three toggle buttons, normal pressed by default', () => {
    render(<TextSizeControl />);
    const group = screen.getByRole('group', { name: 'Text size' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['ANormal text size', 'ALarge text size', 'ALarger text size']);
    expect(buttons.map((b) => b.getAttribute('type'))).toEqual(['button', 'button', 'button']);
    expect(pressed()).toEqual([screen.getByRole('button', { name: 'Normal text size', pressed: true })]);
    expect(screen.getByRole('button', { name: 'Large text size', pressed: false })).toBeInTheDocument();
  });

  it.each([
    ['zh-Hant', '字體大小', ['正常字體', '較大字體', '特大字體']],
    ['zh-HK', '字體大小', ['正常字體', '較大字體', '特大字體']],
    ['zh-Hans', '字体大小', ['正常字体', '较大字体', '特大字体']],
    ['zh-CN', '字体大小', ['正常字体', '较大字体', '特大字体']],
  ])('names the group and buttons in %s', (locale, label, names) => {
    render(<TextSizeControl locale={locale} />);
    expect(screen.getByRole('group', { name: label })).toHaveAttribute('lang', locale);
    for (const name of names) expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('hides the "A" glyphs from screen readers', () => {
    render(<TextSizeControl />);
    for (const button of screen.getAllByRole('button')) expect(within(button).getByText('A')).toHaveAttribute('aria-hidden', 'true');
  });

  it('lets labels override the built-in names, but never with blank text', () => {
    render(<TextSizeControl labels={{ label: 'Font size', larger: 'Largest', normal: '  ' }} />);
    expect(screen.getByRole('group', { name: 'Font size' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Largest' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Normal text size' })).toBeInTheDocument();
  });
});

describe('TextSizeControl: choosing a size', () => {
  it('sets one attribute on <html>, presses the button and remembers the choice', () => {
    render(<TextSizeControl />);
    fireEvent.click(screen.getByRole('button', { name: 'Large text size' }));
    expect(html).toHaveAttribute(textSizeAttribute, 'large');
    expect(localStorage.getItem(textSizeStorageKey)).toBe('large');
    expect(pressed()).toEqual([screen.getByRole('button', { name: 'Large text size' })]);

    fireEvent.click(screen.getByRole('button', { name: 'Larger text size' }));
    expect(html).toHaveAttribute(textSizeAttribute, 'larger');

    // Normal is the browser's own size: no attribute at all.
    fireEvent.click(screen.getByRole('button', { name: 'Normal text size' }));
    expect(html).not.toHaveAttribute(textSizeAttribute);
    expect(localStorage.getItem(textSizeStorageKey)).toBe('normal');
    expect(pressed()).toEqual([screen.getByRole('button', { name: 'Normal text size' })]);
  });

  it('restores the remembered size on the next page', () => {
    localStorage.setItem(textSizeStorageKey, 'larger');
    render(<TextSizeControl />);
    expect(html).toHaveAttribute(textSizeAttribute, 'larger');
    expect(screen.getByRole('button', { name: 'Larger text size' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps a size the site set on <html> over the remembered one', () => {
    localStorage.setItem(textSizeStorageKey, 'larger');
    html.setAttribute(textSizeAttribute, 'large');
    render(<TextSizeControl />);
    expect(html).toHaveAttribute(textSizeAttribute, 'large');
    expect(screen.getByRole('button', { name: 'Large text size' })).toHaveAttribute('aria-pressed', 'true');
  });

  it.each([['huge'], ['<b>'], ['']])('ignores a stored value it does not know (%j)', (value) => {
    localStorage.setItem(textSizeStorageKey, value);
    render(<TextSizeControl />);
    expect(html).not.toHaveAttribute(textSizeAttribute);
    expect(screen.getByRole('button', { name: 'Normal text size' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('still changes the page when storage fails', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<TextSizeControl />);
    fireEvent.click(screen.getByRole('button', { name: 'Larger text size' }));
    expect(html).toHaveAttribute(textSizeAttribute, 'larger');
    expect(screen.getByRole('button', { name: 'Larger text size' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps every control on the page in step', async () => {
    render(
      <>
        <TextSizeControl data-testid="top" />
        <TextSizeControl data-testid="bottom" locale="zh-Hant" />
      </>,
    );
    fireEvent.click(within(screen.getByTestId('top')).getByRole('button', { name: 'Larger text size' }));
    await vi.waitFor(() => expect(within(screen.getByTestId('bottom')).getByRole('button', { name: '特大字體' })).toHaveAttribute('aria-pressed', 'true'));
    // A change made by other code is followed too.
    await act(async () => html.setAttribute(textSizeAttribute, 'large'));
    await vi.waitFor(() => expect(within(screen.getByTestId('top')).getByRole('button', { name: 'Large text size' })).toHaveAttribute('aria-pressed', 'true'));
  });

  it('follows a choice made in another tab of the site', async () => {
    render(<TextSizeControl />);
    const fromOtherTab = (newValue: string | null, key: string | null = textSizeStorageKey) => act(async () => void window.dispatchEvent(new StorageEvent('storage', { key, newValue })));
    await fromOtherTab('larger');
    expect(html).toHaveAttribute(textSizeAttribute, 'larger');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Larger text size' })).toHaveAttribute('aria-pressed', 'true'));
    await fromOtherTab('normal');
    expect(html).not.toHaveAttribute(textSizeAttribute);
    await fromOtherTab('large', 'some-other-key');
    expect(html).not.toHaveAttribute(textSizeAttribute);
    await fromOtherTab('huge');
    expect(html).not.toHaveAttribute(textSizeAttribute);
    await fromOtherTab('large');
    await fromOtherTab(null, null); // the other tab cleared its storage
    expect(html).not.toHaveAttribute(textSizeAttribute);
  });

  it('stops watching <html> and the other tabs when unmounted', async () => {
    const { unmount } = render(<TextSizeControl />);
    const reads = vi.spyOn(html, 'getAttribute');
    // Mounted, a change to <html> is read back.
    await act(async () => html.setAttribute(textSizeAttribute, 'large'));
    expect(reads).toHaveBeenCalledWith(textSizeAttribute);
    unmount();
    reads.mockClear();
    await act(async () => html.setAttribute(textSizeAttribute, 'larger'));
    expect(reads).not.toHaveBeenCalled();
    await act(async () => void window.dispatchEvent(new StorageEvent('storage', { key: textSizeStorageKey, newValue: 'normal' })));
    expect(html).toHaveAttribute(textSizeAttribute, 'larger');
  });
});

describe('TextSizeControl: without JavaScript', () => {
  it('renders a hidden placeholder on the server, with no buttons, carrying its labels for the browser', () => {
    const markup = renderToString(<TextSizeControl locale="zh-Hant" labels={{ large: '大', larger: '  ' }} />);
    expect(markup).toMatch(/^<div hidden="" class="[^"]*bh-text-size-control--pending[^"]*" lang="zh-Hant" data-labels="[^"]*"><\/div>$/);
    expect(markup).not.toContain('button');
    // Resolved for the locale, with the site's overrides (a blank one does not override).
    const labels = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild!.getAttribute('data-labels');
    expect(JSON.parse(labels!)).toEqual({ label: '字體大小', normal: '正常字體', large: '大', larger: '特大字體' });
  });

  it('drops data-labels once running', () => {
    render(<TextSizeControl />);
    expect(screen.getByRole('group')).not.toHaveAttribute('data-labels');
  });
});

describe('TextSizeControl: root', () => {
  it('forwards a ref to the root and passes className and DOM attributes through', () => {
    const ref = createRef<HTMLDivElement>();
    render(<TextSizeControl ref={ref} className="site-tools" data-testid="size" id="text-size" />);
    const root = screen.getByTestId('size');
    expect(ref.current).toBe(root);
    expect(root).toBe(screen.getByRole('group'));
    expect(root).toHaveClass('site-tools');
    expect(root).toHaveAttribute('id', 'text-size');
    expect(root).not.toHaveAttribute('hidden');
  });

  it('survives wrong-typed props', () => {
    render(<TextSizeControl locale={42 as never} labels={'x' as never} />);
    expect(screen.getByRole('group', { name: 'Text size' })).toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(3);
  });

  it('names its render function, which React DevTools shows', () => {
    expect((TextSizeControl as unknown as { render: { name: string } }).render.name).toBe('TextSizeControl');
  });
});
