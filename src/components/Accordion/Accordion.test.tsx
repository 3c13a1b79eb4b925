import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Accordion, type AccordionProps } from './index.js';

const sections = [
  { heading: 'Who takes part?', content: ['Civil servants from five Mainland cities.', 'And from the Greater Bay Area.'] },
  { heading: 'How long?', content: 'Four weeks to three months.' },
  { heading: 'Where?', content: <ul><li>Bureaux</li></ul> },
];

const loose = (props: unknown) => props as AccordionProps;

describe('Accordion', () => {
  it('renders one native disclosure per section, the question a heading inside the summary', () => {
    const { container } = render(<Accordion sections={sections} />);
    const root = container.firstElementChild!;
    expect(root.tagName).toBe('DIV');
    expect(root).toHaveClass('bh-component', 'bh-accordion');
    const details = [...root.children];
    expect(details.map((el) => el.tagName)).toEqual(['DETAILS', 'DETAILS', 'DETAILS']);
    for (const section of details) {
      expect(section).toHaveClass('bh-accordion__section');
      expect((section as HTMLDetailsElement).open).toBe(false);
      expect(section.hasAttribute('name')).toBe(false);
      const [summary, content] = section.children;
      expect(summary!.tagName).toBe('SUMMARY');
      expect(summary).toHaveClass('bh-accordion__summary');
      expect(summary!.firstElementChild!.tagName).toBe('H3');
      expect(summary!.firstElementChild).toHaveClass('bh-accordion__heading');
      expect(content).toHaveClass('bh-accordion__content');
    }
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Who takes part?', 'How long?', 'Where?']);
    // A list of strings is one paragraph each; text and elements are shown as they are.
    expect(details[0]!.lastElementChild!.innerHTML).toBe('<p>Civil servants from five Mainland cities.</p><p>And from the Greater Bay Area.</p>');
    expect(details[1]!.lastElementChild!.innerHTML).toBe('Four weeks to three months.');
    expect(details[2]!.lastElementChild!.innerHTML).toBe('<ul><li>Bureaux</li></ul>');
  });

  it('takes the heading level, opens sections given `open`, sets ids and lang', () => {
    const { container } = render(
      <Accordion
        locale="sc"
        headingLevel={2}
        sections={[
          { ...sections[0]!, open: true, id: 'who' },
          { ...sections[1]!, open: true },
        ]}
      />,
    );
    expect(container.firstElementChild).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    const [first, second] = container.querySelectorAll('details');
    expect([first!.open, second!.open]).toEqual([true, true]);
    expect(first).toHaveAttribute('id', 'who');
    expect(second!.hasAttribute('id')).toBe(false);
    render(<Accordion {...loose({ sections, headingLevel: 9 })} data-testid="fallback" />);
    expect(screen.getByTestId('fallback').querySelector('h3')).not.toBeNull();
  });

  it('writes a usable `name` on every section and opens only the first open one', () => {
    const { container } = render(<Accordion name="programme-faq" sections={sections.map((section) => ({ ...section, open: true }))} />);
    const details = [...container.querySelectorAll('details')];
    expect(details.map((el) => el.getAttribute('name'))).toEqual(['programme-faq', 'programme-faq', 'programme-faq']);
    expect(details.map((el) => el.open)).toEqual([true, false, false]);
  });

  it('ignores a name that is not a usable group name, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const name of ['programme faq', '1faq', '', 'faq"><script>']) {
      const { container, unmount } = render(<Accordion name={name} sections={sections.map((section) => ({ ...section, open: true }))} />);
      const details = [...container.querySelectorAll('details')];
      expect(details.every((el) => !el.hasAttribute('name') && el.open)).toBe(true);
      unmount();
    }
    expect(warn.mock.calls.some(([text]) => /Accordion: `name` "programme faq" is not a usable group name/.test(String(text)))).toBe(true);
    warn.mockRestore();
  });

  it('skips sections without a heading or content, and renders nothing when none is left', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <Accordion
        {...loose({
          sections: [{ heading: ' \u200b', content: ['x'] }, { heading: 'Blank', content: ['  ', '\u200b'] }, { heading: 'None' }, sections[1], { heading: 'Object', content: { text: 'x' } }, null, 'text'],
        })}
      />,
    );
    expect(container.querySelectorAll('details')).toHaveLength(1);
    expect(warn.mock.calls.map(([text]) => String(text))).toContainEqual(expect.stringMatching(/Accordion: skipped 6 of the `sections`/));
    for (const props of [{ sections: [] }, { sections: [{ heading: 'Blank', content: '' }] }, {}, { sections: 'x' }]) {
      const { container: empty, unmount } = render(<Accordion {...loose(props)} />);
      expect(empty).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn.mock.calls.map(([text]) => String(text))).toContainEqual(expect.stringMatching(/Accordion: rendered nothing/));
    warn.mockRestore();
  });

  it('warns about an unusable id and leaves it out', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Accordion sections={[{ ...sections[1]!, id: 'two words' }]} />);
    expect(container.querySelector('details')!.hasAttribute('id')).toBe(false);
    expect(warn.mock.calls.map(([text]) => String(text))).toContainEqual(expect.stringMatching(/`id` of "How long\?" is not a usable id/));
    warn.mockRestore();
  });

  it('forwards the ref, passes className and DOM attributes through, and keeps markup as text', () => {
    const ref = createRef<HTMLDivElement>();
    render(<Accordion ref={ref} className="site-faq" data-testid="faq" sections={[{ heading: '<b>Who?</b>', content: ['<script>alert(1)</script>'] }]} />);
    const root = screen.getByTestId('faq');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('bh-accordion', 'site-faq');
    expect(root.querySelector('h3')!.textContent).toBe('<b>Who?</b>');
    expect(root.querySelector('b, script')).toBeNull();
  });
});
