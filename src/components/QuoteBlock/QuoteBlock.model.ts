// QuoteBlock's rules, once, for both renderers: the React component (QuoteBlock.tsx) and the
// Nunjucks macro (QuoteBlock.njk) render exactly what this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { labelFor } from '../../i18n/labels.js';
import { langAttribute, resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { optionValue } from '../../internal/option.js';
import { citeSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { quoteLabels, quoteVariants } from './QuoteBlock.definition.js';
import * as styles from './QuoteBlock.css.js';

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

/** QuoteBlock's content props: everything but the quotation itself (`children`). */
export interface QuoteBlockContent {
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
 * QuoteBlock's model, from its props (content and, for React, the root's DOM props); undefined when
 * there is nothing to quote (`hasQuote` false), so nothing renders. It holds the decisions the props
 * lead to; which documented class each element wears is the markup's own (QuoteBlock.css.ts).
 */
export function quoteBlockModel<Rest extends object>(
  { attribution, cite, variant, collapsible, excerpt, defaultOpen, quoteLang, locale, labels, ...rest }: QuoteBlockContent & Rest,
  hasQuote: boolean,
) {
  if (!hasQuote) {
    if (__DEV__) warnDev('QuoteBlock', 'rendered nothing: `children` (the quotation) is empty.');
    return undefined;
  }
  const resolvedVariant = optionValue(quoteVariants, variant);
  const resolvedLocale = resolveLocale(locale);
  // Chinese uses the full-width comma: the middle dot "・" is Japanese, and "·" joins parts of a name.
  const separator = resolvedLocale === 'en' ? ', ' : '，';
  const citeUrl = gatedUrl(cite, citeSchemes, __DEV__ ? ['QuoteBlock', 'cite'] : undefined);
  // Wrong-typed input (a string, null) shows no attribution.
  const { name, role, organisation, city }: QuoteAttribution = typeof attribution === 'object' && attribution !== null ? attribution : {};
  const [speaker, ...details] = Object.entries({ name, role, organisation, city }).map(([field, value]) =>
    textOrUndefined(value, __DEV__ ? ['QuoteBlock', `attribution.${field}`] : undefined),
  );
  // "Name, role, organisation, city": the speaker (when named) comes first, and a separator goes
  // before every part but the first.
  const others = details.filter((detail) => detail !== undefined).map((text, index) => ({ before: speaker || index ? separator : '', text }));
  const excerptText = textOrUndefined(excerpt, __DEV__ ? ['QuoteBlock', 'excerpt'] : undefined);

  const collapsed = collapsible === true && resolvedVariant === 'reflection';
  if (__DEV__ && collapsible === true && !collapsed) {
    warnDev('QuoteBlock', `\`collapsible\` applies to the reflection variant only; ignored for "${resolvedVariant}".`);
  }
  if (__DEV__ && collapsed && !excerptText) {
    warnDev('QuoteBlock', 'a collapsible reflection without `excerpt` shows only the disclosure label while closed.');
  }

  return {
    /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by rootProps. */
    root: rootProps(rest, { className: cx(styles.root, styles.variant[resolvedVariant]), locale }),
    /** The `<blockquote>`'s `cite` and `lang` (both of them, when collapsed). */
    cite: citeUrl,
    lang: textOrUndefined(quoteLang) && langAttribute(quoteLang),
    /** Collapsed: the excerpt, quoted on its own while the disclosure is closed. */
    excerpt: collapsed ? excerptText : undefined,
    /** Collapsed: the `<details>` that holds the full text, and its summary's text. */
    details: collapsed ? { open: defaultOpen === true, summary: labelFor(resolvedLocale, quoteLabels, labels, 'readFullReflection') } : undefined,
    /**
     * The `<figcaption>`, when there is an attribution or a source: the speaker (emphasised), the
     * other parts of the attribution (each isolated, a `<bdi>`, after its separator), the source link.
     */
    caption:
      speaker || others[0] || citeUrl
        ? { speaker, others, source: citeUrl && { href: citeUrl, text: labelFor(resolvedLocale, quoteLabels, labels, 'source') } }
        : undefined,
  };
}

/** Plain text as quote paragraphs: one per string that shows something, trimmed; numbers become text. */
export const textParagraphs = (nodes: readonly unknown[]): string[] => nodes.map((node) => textOrUndefined(node)).filter((text) => text !== undefined);

/**
 * The macro's model. Its children follow the fixture contract: a string is the quotation's text,
 * one paragraph as QuoteBlock makes of a string; an array is one `<p>` per string, kept as given,
 * as React keeps `<p>` elements; `{% call %}` markup is the quotation's blocks.
 */
export function template(params: QuoteBlockContent, { content }: TemplateInput) {
  const { markup, paragraphs = textParagraphs([content.text]) } = content;
  const model = quoteBlockModel(params, markup === undefined ? paragraphs.length > 0 : content.present);
  return model && { ...model, content: markup === undefined ? { paragraphs } : { markup } };
}
