// What NoticeBanner's macro (NoticeBanner.njk) writes, decided by the rules NoticeBanner.tsx uses
// (the weather notice's in weather.ts, shared). No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { formatDateTime } from '../../i18n/dates.js';
import { resolveLocale } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { noticeBannerVariants } from './NoticeBanner.definition.js';
import * as styles from './NoticeBanner.css.js';
import type { NoticeBannerProps } from './NoticeBanner.js';
import { noticeLabel, weatherNotice } from './weather.js';

/**
 * The macro's model, with the message; undefined, so nothing renders, without a heading
 * (information, important) or a known signal (weather). The heading's id (the caller's `headingId`,
 * or one made from the heading's text) is asked for once the heading's text is decided; the macro
 * writes it on the heading and as the region's `aria-labelledby`.
 */
export function template({ variant, heading, signal, issued, link, headingLevel, headingId, locale, labels }: NoticeBannerProps, { content, id }: TemplateInput) {
  const lang = resolveLocale(locale);
  const label = noticeLabel(lang, labels);
  const kind = optionValue(noticeBannerVariants, variant);
  const weather = kind === 'weather';
  if (__DEV__ && weather && heading !== undefined) warnDev('NoticeBanner', 'a weather notice names its signal itself: `heading` is ignored.');
  if (__DEV__ && !weather && (signal !== undefined || issued !== undefined)) warnDev('NoticeBanner', '`signal` and `issued` belong to the weather variant; ignored.');
  const [text, markText, severe, issuedLine] = weather ? (weatherNotice(signal, issued, label) ?? []) : [textOrUndefined(heading, __DEV__ ? ['NoticeBanner', 'heading'] : undefined)];
  if (!text) {
    if (__DEV__ && !weather) warnDev('NoticeBanner', `rendered nothing: an ${kind} notice needs a \`heading\`.`);
    return undefined;
  }
  // Wrong-typed input (a string, null) shows no link.
  const { href, text: linkText } = (typeof link === 'object' && link) || {};
  const url = gatedUrl(href, hrefSchemes, __DEV__ ? ['NoticeBanner', 'link.href'] : undefined);
  if (__DEV__ && link !== undefined && href === undefined) warnDev('NoticeBanner', '`link` has no `href`; no link is shown.');
  const headingIdValue = id('bh-notice', headingId, text);
  return {
    root: rootProps({}, { className: cx(styles.root, styles.variant[kind], severe && styles.severe), locale, labelledBy: headingIdValue }),
    headingTag: headingTag(headingLevel),
    headingId: headingIdValue,
    /** `important`: the kind shown first in the heading with its separator ("Important:", 「重要：」), and the space after it (English). */
    kind: kind === 'important' ? { text: `${label('important')}${lang === 'en' ? ':' : '：'}`, space: lang === 'en' ? ' ' : '' } : undefined,
    /** The heading's text; in `<bdi>` when `kind` stands beside it. */
    heading: text,
    /** Weather: the box before the content, a rainstorm's swatch of colour (its class, `colour`) or a number (`text`). */
    mark: weather ? { colour: styles.markColor[signal as keyof typeof styles.markColor], text: markText } : undefined,
    /** Weather: the issued line, the `<time>` between `before` and `after`. */
    issued: issuedLine && { dateTime: issuedLine[0].machine, text: formatDateTime(issuedLine[0], lang), before: issuedLine[1], after: issuedLine[2] },
    link: url && { href: url, text: textOrUndefined(linkText, __DEV__ ? ['NoticeBanner', 'link.text'] : undefined) ?? label(weather ? 'arrangements' : 'more') },
    content,
  };
}
