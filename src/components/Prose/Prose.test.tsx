import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Prose, proseElements, type ProseProps } from './index.js';

describe('Prose', () => {
  it('renders the caller’s elements as they are, inside one div', () => {
    const { container } = render(
      <Prose>
        <h2>A winter inside Hong Kong’s bureaux</h2>
        <p>
          Thirty officials joined <a href="/news">bureaux and departments</a>.
        </p>
        <table>
          <caption>Partner cities</caption>
          <tbody>
            <tr>
              <th scope="row">Wuhan</th>
              <td>武漢</td>
            </tr>
          </tbody>
        </table>
      </Prose>,
    );
    const root = container.firstElementChild!;
    expect(root.tagName).toBe('DIV');
    expect(root.children).toHaveLength(3);
    expect(within(root as HTMLElement).getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'bureaux and departments' })).not.toHaveAttribute('class');
    expect(screen.getByRole('table', { name: 'Partner cities' })).toBeInTheDocument();
  });

  it('renders an article or a section with `as`, and a div for anything else', () => {
    for (const element of proseElements) {
      const { container, unmount } = render(<Prose as={element}>Text.</Prose>);
      expect(container.firstElementChild!.tagName).toBe(element.toUpperCase());
      unmount();
    }
    const { container } = render(<Prose as={'script' as never}>Text.</Prose>);
    expect(container.firstElementChild!.tagName).toBe('DIV');
  });

  it('names a section by its heading through aria-labelledby', () => {
    render(
      <Prose as="section" aria-labelledby="lessons">
        <h2 id="lessons">Three lessons</h2>
        <p>Research, finance and people.</p>
      </Prose>,
    );
    expect(screen.getByRole('region', { name: 'Three lessons' })).toBeInTheDocument();
  });

  it('renders nothing, with a development warning, for empty text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <>
        <Prose>{'   '}</Prose>
        <Prose>{[null, false]}</Prose>
        <Prose />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Prose: rendered nothing/));
    warn.mockRestore();
  });

  it('keeps markup in text as text, and never throws on wrong-typed input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const props of [{ children: 42, as: {}, locale: 7 }, { children: [null, 'text', 0], as: null }, { children: true }]) {
      const { unmount } = render(<Prose {...(props as unknown as ProseProps)} />);
      unmount();
    }
    const { container } = render(<Prose>{'<script>alert(1)</script>'}</Prose>);
    expect(container.querySelector('script')).toBeNull();
    expect(container.firstElementChild).toHaveTextContent('<script>alert(1)</script>');
    warn.mockRestore();
  });
});
