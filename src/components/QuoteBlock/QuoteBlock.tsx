import { createElement, forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { labelFor } from '../../i18n/labels.js';
import { langAttribute, resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { rootProps } from '../../contract/rootProps.js';
import { citeSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { quoteLabels, quoteVariants } from './QuoteBlock.definition.js';
import * as styles from './QuoteBlock.css.js';
import { attributionSeparator } from './attributionSeparator.js';
import { quoteParagraphs } from './quoteParagraphs.js';

export type QuoteVariant = (typeof quoteVariants)[number];

/** Who said it. Every field is plain text; the name is emphasised, the rest follow in order. */
export interface QuoteAttribution {
  /** The speaker, as the page should name them, e.g. "Mr Terence Wang" or "王先生". */
  name?: string;
  /** Their role, e.g. "Exchange participant". */
  role?: string;
  /** Their organisation or office. */
  organisation?: string;
  /** Their city, in the page's language. */
  city?: string;
}

const attributionFields = ['name', 'role', 'organisation', 'city'] as const;

export interface QuoteBlockProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'children' | 'cite'> {
  /**
   * The quotation: a string, an array of strings (one paragraph each), or paragraphs as elements
   * (`<p>`). Text mixed with inline elements (`<em>`, `<a>`) becomes one paragraph. Nothing is
   * rendered when it is empty.
   */
  children?: ReactNode;
  /** Who said it, shown below the quote in the `<figcaption>`. Omit it for an anonymous quote. */
  attribution?: QuoteAttribution;
  /**
   * The source's URL: set as `cite` on the `<blockquote>` and shown as a visible "Source" link.
   * Only http(s) and relative URLs are kept; anything else is dropped.
   */
  cite?: string;
  /**
   * `reflection`: long first-person text with an accent rule, optionally collapsible;
   * `pull`: a short quote set large; `inline`: a quiet quote within body text.
   * @default 'reflection'
   */
  variant?: QuoteVariant;
  /**
   * Reflection only: show `excerpt` and hide the full text behind a native `<details>` disclosure
   * ("Read the full reflection"). Works without JavaScript.
   * @default false
   */
  collapsible?: boolean;
  /**
   * Reflection only: the text shown while the reflection is collapsed, typically its first
   * sentence. It is hidden once the full text is open, so it may repeat the opening words.
   */
  excerpt?: string;
  /**
   * Collapsible reflection only: render the full text open at first. Readers can still close it.
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * The language of the quotation when it differs from the page (BCP 47, e.g. `zh-Hant`), set as
   * `lang` on the `<blockquote>` so screen readers switch voice (WCAG 3.1.2). It also picks the
   * quotation marks.
   */
  quoteLang?: string;
  /**
   * The page language for built-in labels and attribution punctuation. When given, the root also
   * carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces built-in labels ("Read the full reflection", "Source"). */
  labels?: Partial<(typeof quoteLabels)['en']>;
}

/**
 * Renders a `<figure>`: the quotation in a `<blockquote>` (a collapsible reflection shows its excerpt
 * and keeps the full text in a native `<details>`), then the attribution and the source link in a
 * `<figcaption>`. An empty quotation renders nothing.
 */
export const QuoteBlock = forwardRef<HTMLElement, QuoteBlockProps>(function QuoteBlock(
  { children, attribution, cite, variant, collapsible, excerpt, defaultOpen, quoteLang, locale, labels, ...rest },
  ref,
) {
  const paragraphs = quoteParagraphs(children);
  if (!paragraphs[0]) {
    if (__DEV__) warnDev('QuoteBlock', 'rendered nothing: `children` (the quotation) is empty.');
    return null;
  }

  const resolvedVariant = optionValue(quoteVariants, variant);
  const resolvedLocale = resolveLocale(locale);
  const separator = attributionSeparator(resolvedLocale);
  const citeUrl = gatedUrl(cite, citeSchemes, __DEV__ ? ['QuoteBlock', 'cite'] : undefined);
  const lang = textOrUndefined(quoteLang) && langAttribute(quoteLang);
  // Wrong-typed input (a string, null) shows no attribution.
  const given: QuoteAttribution = typeof attribution === 'object' && attribution !== null ? attribution : {};
  // "Name, role, organisation, city": the speaker (when named) comes first and is emphasised. Each
  // part is isolated (<bdi>), so a right-to-left override pasted into one reorders no other. Parts
  // and separators are one flat list of children.
  const attributionParts: ReactNode[] = [];
  attributionFields.forEach((field, index) => {
    const part = textOrUndefined(given[field], __DEV__ ? ['QuoteBlock', `attribution.${field}`] : undefined);
    if (!part) return;
    if (attributionParts.length) attributionParts.push(separator);
    attributionParts.push(
      <bdi key={field} className={index ? undefined : styles.speaker}>
        {part}
      </bdi>,
    );
  });
  const excerptText = textOrUndefined(excerpt, __DEV__ ? ['QuoteBlock', 'excerpt'] : undefined);

  const collapsed = collapsible === true && resolvedVariant === 'reflection';
  if (__DEV__ && collapsible === true && !collapsed) {
    warnDev('QuoteBlock', `\`collapsible\` applies to the reflection variant only; ignored for "${resolvedVariant}".`);
  }
  if (__DEV__ && collapsed && !excerptText) {
    warnDev('QuoteBlock', 'a collapsible reflection without `excerpt` shows only the disclosure label while closed.');
  }

  // The paragraphs carry no keys, so they go in as separate children.
  const quote = (...content: ReactNode[]) => createElement('blockquote', { className: styles.quote, cite: citeUrl, lang }, ...content);

  return (
    <figure ref={ref} {...rootProps(rest, { className: cx(styles.root, styles.variant[resolvedVariant]), locale })}>
      {collapsed && excerptText && quote(<p>{excerptText}</p>)}
      {collapsed ? (
        <details className={styles.details} open={defaultOpen === true}>
          <summary className={styles.summary}>{labelFor(resolvedLocale, quoteLabels, labels, 'readFullReflection')}</summary>
          {quote(...paragraphs)}
        </details>
      ) : (
        quote(...paragraphs)
      )}
      {(attributionParts.length > 0 || citeUrl) && (
        <figcaption className={styles.caption}>
          {attributionParts}
          {citeUrl && (
            <a className={cx(link, styles.source)} href={citeUrl}>
              {labelFor(resolvedLocale, quoteLabels, labels, 'source')}
            </a>
          )}
        </figcaption>
      )}
    </figure>
  );
});
