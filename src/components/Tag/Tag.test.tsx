import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { Tag, type TagProps } from './index.js';
import { tagModel } from './Tag.model.js';

describe('Tag', () => {
  it('is a plain span with the documented classes', () => {
    render(<Tag>Features</Tag>);
    const tag = screen.getByText('Features');
    expect(tag.tagName).toBe('SPAN');
    expect(tag).toHaveClass('bh-component', 'bh-tag');
    expect(tag).not.toHaveClass('bh-tag--link');
    expect(tag).not.toHaveClass('bh-tag--strong');
  });

  it('is a link with a usable href, with the link modifier and the focus ring', () => {
    render(<Tag href="/tc/topics/features/">專題</Tag>);
    const link = screen.getByRole('link', { name: '專題' });
    expect(link).toHaveAttribute('href', '/tc/topics/features/');
    expect(link).toHaveClass('bh-tag', 'bh-tag--link', 'bh-focusable');
  });

  it('stays plain text when the href is unsafe, with a warning in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const href of unsafeUrls) {
      const { unmount } = render(<Tag href={href}>Features</Tag>);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByText('Features').tagName).toBe('SPAN');
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Tag: `href` URL dropped/));
    warn.mockRestore();
  });

  it('takes the strong tone, and the default for an unknown one', () => {
    const { rerender } = render(<Tag tone="strong">New</Tag>);
    expect(screen.getByText('New')).toHaveClass('bh-tag--strong');
    rerender(<Tag tone={'loud' as 'strong'}>New</Tag>);
    expect(screen.getByText('New')).not.toHaveClass('bh-tag--strong');
  });

  it('renders nothing without text, and says so in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Tag>{'  '}</Tag>);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Tag: rendered nothing/));
    warn.mockRestore();
  });

  it('never throws on wrong-typed input', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const props of [{ href: 5, tone: {}, children: 'x' }, { href: null, locale: 7, children: ['a', null, 3] }, { children: undefined }]) {
      const { unmount } = render(<Tag {...(props as unknown as TagProps)} />);
      unmount();
    }
    warn.mockRestore();
  });
});

describe('tagModel', () => {
  it('decides the element, the classes and the URL without React', () => {
    const model = tagModel({ href: '/x/', tone: 'strong' }, true)!;
    expect(model.href).toBe('/x/');
    expect(model.root.className!.split(' ').sort()).toEqual(['bh-component', 'bh-focusable', 'bh-tag', 'bh-tag--link', 'bh-tag--strong']);
    expect(tagModel({}, true)?.href).toBeUndefined();
    expect(tagModel({ href: '/x/' }, false)).toBeUndefined();
  });
});
