import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { FeedbackPrompt, type FeedbackPromptProps } from './index.js';

// Every development warning, each time (warnDev itself says each message once per page).
const warned = vi.hoisted(() => [] as string[]);
vi.mock('../../internal/devWarning.js', () => ({ warnDev: (component: string, message: string) => void warned.push(`${component}: ${message}`) }));
beforeEach(() => {
  warned.length = 0;
});
const loose = (props: Record<string, unknown>) => props as unknown as FeedbackPromptProps;

describe('FeedbackPrompt', () => {
  it('asks with a fieldset and sends useful=yes or useful=no with POST, with the hidden fields', () => {
    render(<FeedbackPrompt action="/en/feedback/" hiddenFields={{ page: '/en/a.html' }} reportHref="/en/contact/" />);
    const group = screen.getByRole('group', { name: 'Is this page useful?' });
    expect(group.tagName).toBe('FIELDSET');
    const form = group.closest('form')!;
    expect(form).toHaveAttribute('action', '/en/feedback/');
    expect(form).toHaveAttribute('method', 'post');
    const [yes, no] = within(group).getAllByRole('button');
    expect(yes).toHaveTextContent('Yes');
    expect(no).toHaveTextContent('No');
    for (const button of [yes!, no!]) {
      expect(button).toHaveAttribute('type', 'submit');
      expect(button).toHaveClass('bh-button', 'bh-button--secondary', 'bh-feedback-prompt__answer');
    }
    expect([...new FormData(form, yes)]).toEqual([
      ['page', '/en/a.html'],
      ['useful', 'yes'],
    ]);
    expect([...new FormData(form, no)]).toEqual([
      ['page', '/en/a.html'],
      ['useful', 'no'],
    ]);
    expect(screen.getByRole('link', { name: 'Report a problem with this page' })).toHaveAttribute('href', '/en/contact/');
    expect(form.parentElement).toHaveClass('bh-component', 'bh-feedback-prompt');
    expect(form.parentElement!.tagName).toBe('DIV');
    expect(warned).toEqual([]);
  });

  it.each([
    ['zh-Hant', '本網頁對你有用嗎？', '有用', '沒有用', '報告本網頁的問題'],
    ['zh-Hans', '本网页对你有用吗？', '有用', '没有用', '报告本网页的问题'],
  ])('speaks %s', (locale, question, yes, no, report) => {
    render(<FeedbackPrompt action="/feedback/" reportHref="/contact/" locale={locale} />);
    const group = screen.getByRole('group', { name: question });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual([yes, no]);
    expect(screen.getByRole('link')).toHaveTextContent(report);
    expect(group.closest('.bh-feedback-prompt')).toHaveAttribute('lang', locale);
  });

  it('takes its own method, field name and labels', () => {
    render(<FeedbackPrompt action="/feedback/" method="get" fieldName="helpful" labels={{ question: 'Did this help?', yes: 'It did' }} />);
    const button = screen.getByRole('button', { name: 'It did' });
    const form = button.closest('form')!;
    expect(form).toHaveAttribute('method', 'get');
    expect([...new FormData(form, button)]).toEqual([['helpful', 'yes']]);
    expect(screen.getByRole('group', { name: 'Did this help?' })).toBeInTheDocument();
  });

  it('shows the thanks instead of the form once submitted, and keeps the report link', () => {
    render(<FeedbackPrompt action="/sc/feedback/" locale="zh-Hans" submitted reportHref="/sc/contact/" />);
    expect(document.querySelector('form')).toBeNull();
    expect(screen.getByText('谢谢你的意见。')).toHaveClass('bh-feedback-prompt__thanks');
    expect(screen.getByRole('link')).toHaveAttribute('href', '/sc/contact/');
  });

  it('leaves out bad field names, hidden fields, method and submitted, and says so', () => {
    render(<FeedbackPrompt {...loose({ action: '/feedback/', fieldName: 'is useful', method: 'delete', submitted: 'yes', hiddenFields: { 'bad name': 'x', page: '/a' } })} />);
    const [yes] = screen.getAllByRole('button');
    const form = yes!.closest('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect([...new FormData(form, yes)]).toEqual([
      ['page', '/a'],
      ['useful', 'yes'],
    ]);
    expect(warned).toContainEqual(expect.stringContaining('FeedbackPrompt: `fieldName` must be a form field name'));
    expect(warned).toContainEqual(expect.stringContaining('FeedbackPrompt: `submitted` must be true or false'));
    expect(warned).toContainEqual(expect.stringContaining('FeedbackPrompt: `hiddenFields`: left out the field "bad name"'));
  });

  it.each([...unsafeUrls, 'mailto:feedback@example.gov.hk'])('has no form for the unusable action %j, and keeps the report link', (action) => {
    render(<FeedbackPrompt action={action} reportHref="mailto:web@example.gov.hk" />);
    expect(document.querySelector('form')).toBeNull();
    expect(screen.getByRole('link')).toHaveAttribute('href', 'mailto:web@example.gov.hk');
    expect(warned).toContainEqual(expect.stringContaining('FeedbackPrompt: no form: `action`'));
  });

  it.each(unsafeUrls)('drops the unusable report link %j', (reportHref) => {
    render(<FeedbackPrompt action="/feedback/" reportHref={reportHref} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('renders nothing with neither a usable action nor a report link, and says so', () => {
    const { container } = render(<FeedbackPrompt action="javascript:void 0" reportHref="javascript:void 0" />);
    expect(container).toBeEmptyDOMElement();
    expect(warned).toContainEqual(expect.stringContaining('FeedbackPrompt: rendered nothing'));
  });
});
