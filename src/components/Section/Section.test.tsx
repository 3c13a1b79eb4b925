import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Section, type SectionProps } from './index.js';

describe('Section', () => {
  it('is a region named by its heading, a level-2 heading by default', () => {
    render(
      <Section heading="Meet a participant">
        <p>Content.</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'Meet a participant' });
    expect(region.tagName).toBe('SECTION');
    const heading = within(region).getByRole('heading', { level: 2, name: 'Meet a participant' });
    expect(region).toHaveAttribute('aria-labelledby', heading.id);
    expect(within(region).getByText('Content.')).toBeInTheDocument();
  });

  it('renders the heading at the given level, and level 2 for an invalid one', () => {
    const { rerender } = render(<Section heading="Partners" headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Partners' })).toBeInTheDocument();
    rerender(<Section heading="Partners" headingLevel={9 as never} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Partners' })).toBeInTheDocument();
  });

  it('shows the description under the heading, after it in reading order', () => {
    render(<Section heading="Where the participants came from" description="Five Mainland cities." />);
    const heading = screen.getByRole('heading');
    const description = screen.getByText('Five Mainland cities.');
    expect(description.tagName).toBe('P');
    expect(heading.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('leaves out a blank description', () => {
    const { container } = render(<Section heading="Partners" description="   " />);
    expect(container.querySelectorAll('p')).toHaveLength(0);
  });

  it('takes an id for in-page links and drops one with white space', () => {
    const { rerender } = render(<Section heading="Partners" id="partners" />);
    expect(screen.getByRole('region')).toHaveAttribute('id', 'partners');
    rerender(<Section heading="Partners" id="two words" />);
    expect(screen.getByRole('region')).not.toHaveAttribute('id');
  });

  it('gives the heading an id unique on the page, or the one passed', () => {
    const { rerender } = render(<Section heading="Partners" id="partners" />);
    const generated = screen.getByRole('heading').id;
    expect(generated).toMatch(/^bh-section-[\w-]+$/);
    rerender(<Section heading="Partners" id="partners" />);
    expect(screen.getByRole('heading').id).toBe(generated);
    rerender(<Section heading="Partners" headingId="my-heading" />);
    expect(screen.getByRole('heading')).toHaveAttribute('id', 'my-heading');
    expect(screen.getByRole('region')).toHaveAttribute('aria-labelledby', 'my-heading');
    rerender(<Section heading="Partners" headingId="not usable" />);
    expect(screen.getByRole('heading').id).toBe(generated);
  });

  it('gives two sections with the same heading different ids, each labelling its own', () => {
    render(
      <>
        <Section heading="Partners" />
        <Section heading="Partners" />
      </>,
    );
    const [first, second] = screen.getAllByRole('region');
    expect(first!.getAttribute('aria-labelledby')).not.toBe(second!.getAttribute('aria-labelledby'));
    for (const region of [first!, second!]) expect(region.querySelector(`#${region.getAttribute('aria-labelledby')}`)).toBe(within(region).getByRole('heading'));
  });

  it('sets lang from locale and keeps a caller aria-labelledby', () => {
    render(<Section heading="合作城市" locale="zh-HK" aria-labelledby="page-title" />);
    const section = document.querySelector('section')!;
    expect(section).toHaveAttribute('lang', 'zh-HK');
    expect(section).toHaveAttribute('aria-labelledby', 'page-title');
  });

  it('without a heading renders an unnamed section and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Section heading="  ">Body.</Section>);
    const section = container.querySelector('section')!;
    expect(section).not.toHaveAttribute('aria-labelledby');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(section).toHaveTextContent('Body.');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Section'));
    warn.mockRestore();
  });

  it('never throws on wrong-typed input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const props of [
      { heading: 42, headingLevel: 'h2', description: {}, id: 7, headingId: null },
      { heading: null, description: ['x'], id: {}, locale: 12 },
    ]) {
      const { unmount } = render(<Section {...(props as unknown as SectionProps)} />);
      unmount();
    }
    render(<Section {...({ heading: 42 } as unknown as SectionProps)} />);
    expect(screen.getByRole('heading', { name: '42' })).toBeInTheDocument();
    warn.mockRestore();
  });
});
