// What QuoteBlock's macro (QuoteBlock.njk) writes, decided by the rules QuoteBlock.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { labelFor } from '../../i18n/labels.js';
import { langAttribute, resolveLocale } from '../../i18n/locale.js';
import { optionValue } from '../../internal/option.js';
import { citeSchemes, gatedUrl } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { quoteLabels, quoteVariants } from './QuoteBlock.definition.js';
import * as styles from './QuoteBlock.css.js';
import type { QuoteBlockProps } from './QuoteBlock.js';
import { attributionSeparator } from './attributionSeparator.js';

/**
 * The macro's model; undefined when there is nothing to quote. Its children follow the fixture
 * contract: a string is one paragraph, trimmed, as QuoteBlock makes of text; an array is one `<p>`
 * per string, kept as given, as QuoteBlock keeps `<p>` elements; `{% call %}` markup is the
 * quotation's blocks.
 */
export function template(
  { attribution, cite, variant, collapsible, excerpt, defaultOpen, quoteLang, locale, labels }: QuoteBlockProps,
  { content }: TemplateInput,
) {
  const { markup, paragraphs = [textOrUndefined(content.text)].filter((text) => text !== undefined) } = content;
  if (markup === undefined ? paragraphs.length === 0 : !content.present) return undefined;
  const resolvedVariant = optionValue(quoteVariants, variant);
  const resolvedLocale = resolveLocale(locale);
  const citeUrl = gatedUrl(cite, citeSchemes);
  // Wrong-typed input (a string, null) shows no attribution.
  const { name, role, organisation, city } = typeof attribution === 'object' && attribution !== null ? attribution : {};
  const [speaker, ...details] = [name, role, organisation, city].map((value) => textOrUndefined(value));
  const separator = attributionSeparator(resolvedLocale);
  // A separator goes before every part but the first: the speaker, when named, comes first.
  const others = details.filter((detail) => detail !== undefined).map((text, index) => ({ before: speaker || index ? separator : '', text }));
  const source = citeUrl && labelFor(resolvedLocale, quoteLabels, labels, 'source');
  const collapsed = collapsible === true && resolvedVariant === 'reflection';
  return {
    root: rootProps({}, { className: cx(styles.root, styles.variant[resolvedVariant]), locale }),
    content: markup === undefined ? { paragraphs } : { markup },
    /** The `<blockquote>`'s `cite` and `lang` (on both quotes, when collapsed). */
    cite: citeUrl,
    lang: textOrUndefined(quoteLang) && langAttribute(quoteLang),
    /** Collapsed: the excerpt, quoted on its own while the disclosure is closed. */
    excerpt: collapsed ? textOrUndefined(excerpt) : undefined,
    /** Collapsed: the `<details>` that holds the full text, and its summary's text. */
    details: collapsed ? { open: defaultOpen === true, summary: labelFor(resolvedLocale, quoteLabels, labels, 'readFullReflection') } : undefined,
    /** The `<figcaption>`, when there is an attribution or a source. */
    caption: Boolean(speaker || others.length > 0 || source),
    /** The attribution: the speaker (emphasised) and the other parts that show something, each after its separator. */
    speaker,
    others,
    /** The source link's text. */
    source,
  };
}
