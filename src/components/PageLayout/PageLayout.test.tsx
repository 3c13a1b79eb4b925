import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageLayout, type PageLayoutProps } from './index.js';

const children = (
  <>
    <p>First part.</p>
    <p>Second part.</p>
  </>
);

describe('PageLayout', () => {
  it('renders its children in one column and no landmark of its own', () => {
    const { container } = render(<PageLayout data-testid="page">{children}</PageLayout>);
    const page = screen.getByTestId('page');
    expect(page.tagName).toBe('DIV');
    expect(page.children).toHaveLength(1);
    expect(page.firstElementChild).toHaveTextContent('First part.Second part.');
    expect(container.querySelectorAll('main, aside, section, nav, [role]')).toHaveLength(0);
  });

  it('puts the aside after the content by default, and before it at the start', () => {
    const { rerender } = render(
      <PageLayout data-testid="page" aside={<nav aria-label="Contents">Contents</nav>}>
        {children}
      </PageLayout>,
    );
    const order = () => [...screen.getByTestId('page').children].map((column) => column.textContent);
    expect(order()).toEqual(['First part.Second part.', 'Contents']);
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
    rerender(
      <PageLayout data-testid="page" aside={<nav aria-label="Contents">Contents</nav>} asidePlacement="start">
        {children}
      </PageLayout>,
    );
    expect(order()).toEqual(['Contents', 'First part.Second part.']);
  });

  it('falls back to the defaults for unknown options', () => {
    render(
      <PageLayout data-testid="page" aside="Aside" asidePlacement={'top' as never} width={'huge' as never}>
        Content
      </PageLayout>,
    );
    const page = screen.getByTestId('page');
    expect([...page.children].map((column) => column.textContent)).toEqual(['Content', 'Aside']);
    expect(page.className).toContain('bh-page-layout--readable');
  });

  it('draws no aside column for blank or empty aside content', () => {
    for (const aside of [undefined, null, '', '  ', false, []]) {
      const { unmount } = render(
        <PageLayout data-testid="page" aside={aside as never}>
          Content
        </PageLayout>,
      );
      expect(screen.getByTestId('page').children).toHaveLength(1);
      expect(screen.getByTestId('page').className).not.toContain('with-aside');
      unmount();
    }
  });

  it('marks the page wide, and as having an aside, through its classes', () => {
    render(
      <PageLayout data-testid="page" width="wide" aside="Aside">
        Content
      </PageLayout>,
    );
    expect(screen.getByTestId('page')).toHaveClass('bh-page-layout--wide', 'bh-page-layout--with-aside');
  });

  it('never throws on wrong-typed input', () => {
    for (const props of [{ aside: 42, width: {}, asidePlacement: null, locale: 12 }, { children: 0, aside: [null, 'x'] }]) {
      const { unmount } = render(<PageLayout {...(props as unknown as PageLayoutProps)} />);
      unmount();
    }
    // Values React cannot render are left out, not thrown on.
    for (const aside of [{}, new Date(0), Object.create(null), () => 'x', Symbol('x')]) {
      const { unmount } = render(<PageLayout {...({ aside, 'data-testid': 'page' } as unknown as PageLayoutProps)}>Content</PageLayout>);
      expect(screen.getByTestId('page').children).toHaveLength(1);
      unmount();
    }
  });
});
