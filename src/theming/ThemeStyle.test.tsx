import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createBrandTheme } from './brand.js';
import { createThemeCss, type ThemeCss } from './themeCss.js';
import { ThemeStyle } from './ThemeStyle.js';

const css = createThemeCss(createBrandTheme({ primary: '#006a4e' }), { selector: '[data-site="x"]' });

describe('ThemeStyle', () => {
  it('renders one <style> with the CSS exactly as createThemeCss wrote it, quotes included', () => {
    const html = renderToStaticMarkup(<ThemeStyle css={css} />);
    expect(html).toBe(`<style>${css}</style>`);
    expect(html).toContain('[data-theme="dark"]');
    expect(html).not.toContain('&quot;');
  });

  it('passes a nonce for a Content Security Policy', () => {
    expect(renderToStaticMarkup(<ThemeStyle css={css} nonce="r4nd0m" />)).toBe(`<style nonce="r4nd0m">${css}</style>`);
  });

  it('renders nothing, with a warning in development, for text that could leave the element', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const text of [`${css}</style><script>alert(1)</script>`, 42, undefined]) {
      expect(renderToStaticMarkup(<ThemeStyle css={text as ThemeCss} />)).toBe('');
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/ThemeStyle: css must be what createThemeCss returned/);
    warn.mockRestore();
  });

  it('takes only ThemeCss in its type; at run time it refuses only "<"', () => {
    // @ts-expect-error a plain string is not what createThemeCss returned (tsc checks this line)
    expect(renderToStaticMarkup(<ThemeStyle css=":root{}" />)).toBe('<style>:root{}</style>');
  });
});
