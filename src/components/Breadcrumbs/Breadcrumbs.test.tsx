import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dataImageUrl, unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { fixtureProps } from '../../fixtures/fixture.js';
import { Breadcrumbs, type BreadcrumbsProps } from './index.js';
import { fixtures } from './Breadcrumbs.fixtures.js';

const trail = fixtureProps(fixtures, 'breadcrumbs-en').items;

describe('Breadcrumbs: semantics', () => {
  it('is a navigation named "Breadcrumb" holding an ordered list, one item per step', () => {
    render(<Breadcrumbs items={trail} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(trail.map((step) => step.label));
  });

  it('links every step above the current page', () => {
    render(<Breadcrumbs items={trail} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(trail.slice(0, 3).map((step) => [step.label, step.href]));
    for (const a of links) expect(a).not.toHaveAttribute('aria-current');
  });

  it('shows the last step as the current page: text, not a link, with aria-current="page"', () => {
    render(<Breadcrumbs items={[...trail.slice(0, 3), { label: 'This page', href: '/en/this-page' }]} />);
    expect(screen.queryByRole('link', { name: 'This page' })).toBeNull();
    const items = screen.getAllByRole('listitem');
    expect(items.at(-1)).toHaveTextContent('This page');
    expect(items.at(-1)).toHaveAttribute('aria-current', 'page');
    for (const li of items.slice(0, -1)) expect(li).not.toHaveAttribute('aria-current');
  });

  it('draws no separator text: the list holds only the labels', () => {
    render(<Breadcrumbs items={trail} />);
    expect(screen.getByRole('list').textContent).toBe(trail.map((step) => step.label).join(''));
    expect(screen.getByRole('navigation').querySelectorAll('svg, [aria-hidden]')).toHaveLength(0);
  });

  it('renders a single step as the current page', () => {
    render(<Breadcrumbs items={[{ label: 'Home', href: '/' }]} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('listitem')).toHaveAttribute('aria-current', 'page');
  });
});

describe('Breadcrumbs: languages', () => {
  it.each([
    ['en', 'Breadcrumb'],
    ['zh-Hant', '導覽路徑'],
    ['zh-HK', '導覽路徑'],
    ['zh-Hans', '导览路径'],
    ['zh-CN', '导览路径'],
  ])('%s: the navigation is named %s and carries lang', (locale, name) => {
    render(<Breadcrumbs locale={locale} items={[{ label: '首頁', href: '/tc/' }, { label: '通訊' }]} />);
    expect(screen.getByRole('navigation', { name })).toHaveAttribute('lang', locale);
  });

  it('takes a label override, and keeps the built-in label for a blank one', () => {
    const { rerender } = render(<Breadcrumbs items={trail} labels={{ breadcrumb: 'You are here' }} />);
    expect(screen.getByRole('navigation', { name: 'You are here' })).toBeInTheDocument();
    rerender(<Breadcrumbs items={trail} labels={{ breadcrumb: '\u200b' }} />);
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument();
  });
});

describe('Breadcrumbs: bad content', () => {
  it('shows a step without a URL as plain text', () => {
    render(<Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'January 2025 issue' }, { label: 'Article' }]} />);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Home']);
    expect(screen.getByText('January 2025 issue').tagName).toBe('LI');
  });

  it.each([...unsafeUrls, dataImageUrl])('shows a step with an unsafe URL as plain text: %j', (href) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Breadcrumbs items={[{ label: 'Home', href }, { label: 'News', href: '/news/' }, { label: 'Article' }]} />);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['News']);
    expect(screen.getByText('Home').tagName).toBe('LI');
    warn.mockRestore();
  });

  it('skips steps without a usable label, trims the rest, and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Breadcrumbs items={[null, { label: ' Home ', href: '/' }, { label: '  ', href: '/x' }, 'News', { href: '/y' }, { label: 'Article' }] as never} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Home', 'Article']);
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Breadcrumbs: skipped'));
    warn.mockRestore();
  });

  it('renders nothing for no usable steps', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const items of [[], [{ label: '' }], null, undefined, 'Home', { label: 'Home' }]) {
      const { container, unmount } = render(<Breadcrumbs items={items as never} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    warn.mockRestore();
  });

  it('never throws on wrong-typed input from JavaScript callers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { items: [{ label: 42, href: 7 }, { label: ['x'], href: {} }, { label: 'Last', href: null }], locale: 12, labels: 'x' },
      { items: [() => 'x', Symbol('y'), 10n, { label: { toString: () => '<b>x</b>' } }, { label: 'Ok' }], locale: null, labels: { breadcrumb: 3 } },
    ];
    for (const props of hostile) {
      const { unmount } = render(<Breadcrumbs {...(props as unknown as BreadcrumbsProps)} />);
      unmount();
    }
    render(<Breadcrumbs {...(hostile[0] as unknown as BreadcrumbsProps)} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['42', 'Last']);
    expect(screen.queryByRole('link')).toBeNull();
    warn.mockRestore();
  });

  it('keeps 10,000-character labels intact', () => {
    const long = 'Civil Service Exchange Programme '.repeat(400).slice(0, 10_000).trim();
    const longChinese = '公務員交流計劃'.repeat(1500).slice(0, 10_000);
    render(<Breadcrumbs items={[{ label: long, href: '/a' }, { label: longChinese }]} />);
    expect(screen.getByRole('link', { name: long })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[1]!.textContent).toHaveLength(10_000);
  });
});
