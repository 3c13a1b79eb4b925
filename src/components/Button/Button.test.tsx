import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { Button, buttonVariants, type ButtonProps } from './index.js';

// Every development warning, each time (warnDev itself says each message once per page).
const warned = vi.hoisted(() => [] as string[]);
vi.mock('../../internal/devWarning.js', () => ({ warnDev: (component: string, message: string) => void warned.push(`${component}: ${message}`) }));
beforeEach(() => {
  warned.length = 0;
});
/** Props a JavaScript caller may pass, whatever the types say. */
const loose = (props: Record<string, unknown>) => props as unknown as ButtonProps;

describe('Button as a <button>', () => {
  it('is a submit button by default, with its type written out', () => {
    render(<Button>Send</Button>);
    const button = screen.getByRole('button', { name: 'Send' });
    expect(button.tagName).toBe('BUTTON');
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveClass('bh-component', 'bh-button', 'bh-button--primary');
    expect(button).not.toHaveAttribute('lang');
    expect(button.querySelector('svg')).toBeNull();
  });

  it.each(['button', 'reset'] as const)('takes type="%s"', (type) => {
    render(<Button type={type}>Send</Button>);
    expect(screen.getByRole('button')).toHaveAttribute('type', type);
  });

  it('falls back to submit for an unknown type', () => {
    render(<Button {...loose({ type: 'menu' })}>Send</Button>);
    expect(screen.getByRole('button')).toHaveAttribute('type', 'submit');
  });

  it('sends its name and value with the form it submits', () => {
    render(
      <form>
        <Button name="useful" value="yes">
          Yes
        </Button>
        <Button name="useful" value="no">
          No
        </Button>
      </form>,
    );
    const [yes, no] = screen.getAllByRole('button');
    const form = yes!.closest('form')!;
    expect([...new FormData(form, yes)]).toEqual([['useful', 'yes']]);
    expect([...new FormData(form, no)]).toEqual([['useful', 'no']]);
  });

  it('leaves out a name no server reads as it is, and a value that is not text, and says so', () => {
    render(<Button {...loose({ name: 'use ful', value: 7 })}>Yes</Button>);
    const button = screen.getByRole('button');
    expect(button).not.toHaveAttribute('name');
    expect(button).not.toHaveAttribute('value');
    expect(warned).toContainEqual(expect.stringContaining('Button: `name` must be a form field name'));
    expect(warned).toContainEqual(expect.stringContaining('Button: `value` must be a string'));
  });

  it('passes DOM props through and forwards its ref', () => {
    const ref = createRef<HTMLElement>();
    const onClick = vi.fn();
    render(
      <Button ref={ref} className="site-cta" data-track="send" disabled onClick={onClick}>
        Send
      </Button>,
    );
    const button = screen.getByRole('button');
    expect(ref.current).toBe(button);
    expect(button).toHaveClass('bh-button', 'site-cta');
    expect(button).toHaveAttribute('data-track', 'send');
    expect(button).toBeDisabled();
  });
});

describe('Button as a link', () => {
  it('is a plain link with href: no role, no type', () => {
    const ref = createRef<HTMLElement>();
    render(
      <Button ref={ref} href="/en/programme/guide/">
        Read the programme guide
      </Button>,
    );
    const link = screen.getByRole('link', { name: 'Read the programme guide' });
    expect(ref.current).toBe(link);
    expect(link).toHaveAttribute('href', '/en/programme/guide/');
    expect(link).toHaveClass('bh-component', 'bh-button', 'bh-button--primary');
    for (const attribute of ['role', 'type', 'name', 'value']) expect(link).not.toHaveAttribute(attribute);
  });

  it('ignores a button’s type, name and value, and says so', () => {
    render(
      <Button href="/en/" type="button" name="x" value="y">
        Home
      </Button>,
    );
    const link = screen.getByRole('link');
    for (const attribute of ['type', 'name', 'value']) expect(link).not.toHaveAttribute(attribute);
    for (const prop of ['type', 'name', 'value']) expect(warned).toContainEqual(expect.stringContaining(`Button: \`${prop}\` is for a <button>`));
  });

  it.each(unsafeUrls)('renders nothing for the unusable href %j, and says so', (href) => {
    const { container } = render(<Button href={href}>Read the guide</Button>);
    expect(container).toBeEmptyDOMElement();
    expect(warned).toContainEqual(expect.stringContaining('Button: rendered nothing: `href`'));
  });

  it('renders nothing for a blank or wrong-typed href', () => {
    for (const href of ['', '  ', 42, {}]) {
      const { container, unmount } = render(<Button {...loose({ href })}>Read the guide</Button>);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
  });
});

describe('Button: looks and text', () => {
  it.each(buttonVariants)('marks the %s variant with its modifier class', (variant) => {
    render(<Button variant={variant}>Send</Button>);
    expect(screen.getByRole('button')).toHaveClass(`bh-button--${variant}`);
  });

  it('falls back to primary for an unknown variant', () => {
    render(<Button {...loose({ variant: 'danger' })}>Send</Button>);
    expect(screen.getByRole('button')).toHaveClass('bh-button--primary');
  });

  it('gives the start variant an arrow after the text, hidden from screen readers', () => {
    render(
      <Button variant="start" href="/sc/programme/">
        开始
      </Button>,
    );
    const link = screen.getByRole('link', { name: '开始' });
    const icon = link.lastElementChild!;
    expect(icon.tagName.toLowerCase()).toBe('svg');
    expect(icon).toHaveClass('bh-button__icon');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(link.firstChild).toHaveProperty('nodeType', Node.TEXT_NODE);
  });

  it.each([
    ['en', 'en'],
    ['zh-Hant', 'zh-Hant'],
    ['tc', 'zh-Hant'],
    ['zh-Hans', 'zh-Hans'],
  ])('sets lang for the locale %s', (locale, lang) => {
    render(<Button locale={locale}>傳送</Button>);
    expect(screen.getByRole('button')).toHaveAttribute('lang', lang);
  });

  it.each([undefined, null, '', '  ', '\u200b', false, []])('renders nothing without text (%j), and says so', (children) => {
    const { container } = render(<Button>{children as never}</Button>);
    expect(container).toBeEmptyDOMElement();
    expect(warned).toContainEqual(expect.stringContaining('Button: rendered nothing: `children`'));
  });
});
