import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { unsafeUrls } from '../../../tests/support/unsafeUrls.js';
import { SearchForm, type SearchFormProps } from './index.js';

// Every development warning, each time (warnDev itself says each message once per page).
const warned = vi.hoisted(() => [] as string[]);
vi.mock('../../internal/devWarning.js', () => ({ warnDev: (component: string, message: string) => void warned.push(`${component}: ${message}`) }));
beforeEach(() => {
  warned.length = 0;
});
/** Props a JavaScript caller may pass, whatever the types say. */
const loose = (props: Record<string, unknown>) => props as unknown as SearchFormProps;

describe('SearchForm', () => {
  it('is a search landmark sending a labelled search field with GET to the search page', () => {
    render(<SearchForm action="/en/search/" />);
    const form = screen.getByRole('search', { name: 'Search this site' });
    expect(form.tagName).toBe('FORM');
    expect(form).toHaveAttribute('action', '/en/search/');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveClass('bh-component', 'bh-search-form');
    expect(form).not.toHaveClass('bh-search-form--compact');
    const field = within(form).getByRole('searchbox', { name: 'Search this site' });
    expect(field).toHaveAttribute('type', 'search');
    expect(field).toHaveAttribute('name', 'q');
    expect(field).toHaveAttribute('enterkeyhint', 'search');
    expect(field).not.toHaveAttribute('placeholder');
    expect(field).not.toHaveAttribute('value');
    const button = within(form).getByRole('button', { name: 'Search' });
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveClass('bh-button', 'bh-button--primary', 'bh-search-form__submit');
    expect(screen.getByText('Search this site')).not.toHaveClass('bh-visually-hidden');
    expect(warned).toEqual([]);
  });

  it('names the landmark by its label, whose id follows the field’s', () => {
    render(<SearchForm action="/en/search/" id="site-search" />);
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('aria-labelledby', 'site-search-label');
    expect(screen.getByText('Search this site')).toHaveAttribute('id', 'site-search-label');
    expect(screen.getByRole('searchbox')).toHaveAttribute('id', 'site-search');
  });

  it('gives two forms on one page their own ids', () => {
    render(
      <>
        <SearchForm action="/en/search/" variant="compact" />
        <SearchForm action="/en/search/" />
      </>,
    );
    const [first, second] = screen.getAllByRole('searchbox');
    expect(first!.id).not.toBe(second!.id);
  });

  it.each([
    ['zh-Hant', '搜尋本網站', '搜尋', 'zh-Hant'],
    ['tc', '搜尋本網站', '搜尋', 'zh-Hant'],
    ['zh-Hans', '搜索本网站', '搜索', 'zh-Hans'],
  ])('speaks %s and sets lang', (locale, label, submit, lang) => {
    render(<SearchForm action="/search/" locale={locale} />);
    const form = screen.getByRole('search', { name: label });
    expect(form).toHaveAttribute('lang', lang);
    expect(within(form).getByRole('button')).toHaveTextContent(submit);
  });

  it('takes its own label and button text', () => {
    render(<SearchForm action="/en/search/" labels={{ label: 'Search the newsletters', submit: 'Find' }} />);
    expect(screen.getByRole('search', { name: 'Search the newsletters' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Find' })).toBeInTheDocument();
  });

  it('hides the label but keeps it read in the compact form', () => {
    render(<SearchForm action="/tc/search/" locale="zh-Hant" variant="compact" />);
    const form = screen.getByRole('search', { name: '搜尋本網站' });
    expect(form).toHaveClass('bh-search-form--compact');
    expect(screen.getByText('搜尋本網站')).toHaveClass('bh-visually-hidden');
    expect(screen.getByRole('searchbox', { name: '搜尋本網站' })).toBeInTheDocument();
  });

  it('sends the query under its name with the hidden fields, the query filled in', () => {
    render(<SearchForm action="/sc/search/" locale="zh-Hans" name="query" value="大湾区" hiddenFields={{ lang: 'sc', scope: 'newsletter' }} />);
    const form = screen.getByRole<HTMLFormElement>('search');
    expect([...new FormData(form)]).toEqual([
      ['lang', 'sc'],
      ['scope', 'newsletter'],
      ['query', '大湾区'],
    ]);
    expect(form.querySelectorAll('input[type="hidden"]')).toHaveLength(2);
  });

  it('leaves out an unusable field name and hidden field, and a query that is not text, and says so', () => {
    render(<SearchForm {...loose({ action: '/en/search/', name: 'my query', value: 42, hiddenFields: { 'bad name': 'x', ok: 'y', n: {} } })} />);
    expect(screen.getByRole('searchbox')).toHaveAttribute('name', 'q');
    expect(screen.getByRole('searchbox')).not.toHaveAttribute('value');
    expect([...new FormData(screen.getByRole<HTMLFormElement>('search'))]).toEqual([
      ['ok', 'y'],
      ['q', ''],
    ]);
    expect(warned).toContainEqual(expect.stringContaining('SearchForm: `name` must be a form field name'));
    expect(warned).toContainEqual(expect.stringContaining('SearchForm: `value` must be a string'));
    expect(warned).toContainEqual(expect.stringContaining('SearchForm: `hiddenFields`: left out the field "bad name"'));
    expect(warned).toContainEqual(expect.stringContaining('SearchForm: `hiddenFields`: left out the field "n"'));
  });

  it('falls back to the default variant for an unknown one', () => {
    render(<SearchForm {...loose({ action: '/en/search/', variant: 'huge' })} />);
    expect(screen.getByRole('search')).not.toHaveClass('bh-search-form--compact');
  });

  it.each([...unsafeUrls, 'mailto:search@example.gov.hk'])('renders nothing for the unusable action %j, and says so', (action) => {
    const { container } = render(<SearchForm action={action} />);
    expect(container).toBeEmptyDOMElement();
    expect(warned).toContainEqual(expect.stringContaining('SearchForm: rendered nothing: `action`'));
  });

  it('renders nothing for a missing or wrong-typed action', () => {
    for (const action of [undefined, '', '  ', 42]) {
      const { container, unmount } = render(<SearchForm {...loose({ action })} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
  });

  it('passes DOM props through and forwards its ref; method and role stay its own', () => {
    const ref = createRef<HTMLFormElement>();
    render(<SearchForm ref={ref} action="https://search.example.gov.hk/" className="site-search" data-scope="all" {...({ method: 'post', role: 'form' } as object)} />);
    const form = screen.getByRole('search');
    expect(ref.current).toBe(form);
    expect(form).toHaveClass('bh-search-form', 'site-search');
    expect(form).toHaveAttribute('data-scope', 'all');
    expect(form).toHaveAttribute('method', 'get');
  });

  it('renders on the server with the query as the field’s value', () => {
    const html = renderToStaticMarkup(<SearchForm action="/en/search/" id="s" value="Greater Bay Area" />);
    expect(html).toContain('<form');
    expect(html).toContain('role="search"');
    expect(html).toContain('value="Greater Bay Area"');
    expect(html).toContain('for="s"');
  });
});
