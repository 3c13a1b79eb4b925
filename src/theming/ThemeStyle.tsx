import { warnDev } from '../internal/devWarning.js';
import type { ThemeCss } from './themeCss.js';

export interface ThemeStyleProps {
  /** The theme, as `createThemeCss` returned it (for example `createThemeCss(createBrandTheme({ primary: '#006a4e' }))`). */
  css: ThemeCss;
  /** A nonce for a Content Security Policy that allows `style-src 'nonce-…'`. */
  nonce?: string;
}

/**
 * A site's theme as one `<style>` element, for the `<head>` of a server-rendered page or layout: a
 * Server Component (no hooks, no client code) that renders the same HTML on React 18.3 and 19, in
 * Server Components, `renderToString` and streaming.
 *
 * The CSS goes in as it is (React 18 would escape the quotes of `[data-theme="dark"]` in text
 * children, and the browser would then drop the rules): the library's one `dangerouslySetInnerHTML`,
 * fed only CSS that `createThemeCss` checked. Text that could end the element (`<`) is refused:
 * nothing is rendered, with a warning in development.
 */
export function ThemeStyle({ css, nonce }: ThemeStyleProps) {
  if (typeof css !== 'string' || css.includes('<')) {
    if (__DEV__) warnDev('ThemeStyle', 'css must be what createThemeCss returned; this text is not, so no <style> was rendered.');
    return null;
  }
  // eslint-disable-next-line no-restricted-syntax -- the one allowed use: CSS written and checked by createThemeCss, with no "<".
  return <style nonce={nonce} dangerouslySetInnerHTML={{ __html: css }} />;
}
