import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { rootProps } from '../../contract/rootProps.js';
import { formatDateTime } from '../../i18n/dates.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { useLabelId } from '../../internal/ids.js';
import { optionValue } from '../../internal/option.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx, hasContent, textOrUndefined } from '../../internal/text.js';
import { link as linkClass } from '../../styles/base.css.js';
import { noticeBannerVariants } from './NoticeBanner.definition.js';
import * as styles from './NoticeBanner.css.js';
import { noticeLabel, weatherNotice, type NoticeBannerLabels, type WeatherSignal } from './weather.js';

export type NoticeBannerVariant = (typeof noticeBannerVariants)[number];
export type { WeatherSignal };

export interface NoticeBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'title'> {
  /**
   * `information`: a service notice; `important`: one readers must not miss ("Important: …");
   * `weather`: a typhoon or rainstorm signal, or extreme conditions (give `signal` and `issued`).
   * @default 'information'
   */
  variant?: NoticeBannerVariant;
  /** The notice's heading, plain text: required for `information` and `important`; a weather notice names its signal itself. */
  heading?: string;
  /**
   * The weather form's signal, by the Observatory's open-data code: `TC1`, `TC3`, `TC8NE`, `TC8NW`,
   * `TC8SE`, `TC8SW`, `TC9`, `TC10`, `WRAINA` (Amber), `WRAINR` (Red), `WRAINB` (Black), or
   * `EXTREME` (extreme conditions). An unknown code renders nothing.
   */
  signal?: WeatherSignal;
  /**
   * Weather: when the signal was issued (extreme conditions: announced), ISO 8601 with a time
   * (`2025-07-29T09:10+08:00`; without an offset, Hong Kong time) or a `Date`.
   */
  issued?: string | Date;
  /** A link after the message: to the site's arrangements (weather) or more information. Without `text`, a built-in one. */
  link?: { href: string; text?: string };
  /**
   * The level of the heading.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** The heading's id, which names the region; generated when not given. */
  headingId?: string;
  /**
   * The language of the built-in words and signal names; when given, the root carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces built-in labels ("Important", the signals' names: only if the official name changes). */
  labels?: Partial<NoticeBannerLabels>;
  /** The message: what the notice means for the site's services, in a sentence or two. */
  children?: ReactNode;
}

/**
 * Renders a `<section>` named by its heading (a region, not an alert): the heading, for a weather
 * notice its mark and the time it was issued, the message, and a link. Nothing is rendered
 * without a heading (information, important) or a known signal (weather).
 */
export const NoticeBanner = forwardRef<HTMLElement, NoticeBannerProps>(function NoticeBanner(
  { variant, heading, signal, issued, link, headingLevel, headingId, locale, labels, children, ...rest },
  ref,
) {
  const id = useLabelId('bh-notice', headingId);
  const lang = resolveLocale(locale);
  const label = noticeLabel(lang, labels);
  const kind = optionValue(noticeBannerVariants, variant);
  const weather = kind === 'weather';
  if (__DEV__ && weather && heading !== undefined) warnDev('NoticeBanner', 'a weather notice names its signal itself: `heading` is ignored.');
  if (__DEV__ && !weather && (signal !== undefined || issued !== undefined)) warnDev('NoticeBanner', '`signal` and `issued` belong to the weather variant; ignored.');
  const [text, markText, severe, issuedLine] = weather ? (weatherNotice(signal, issued, label) ?? []) : [textOrUndefined(heading, __DEV__ ? ['NoticeBanner', 'heading'] : undefined)];
  if (!text) {
    if (__DEV__ && !weather) warnDev('NoticeBanner', `rendered nothing: an ${kind} notice needs a \`heading\`.`);
    return null;
  }
  // Wrong-typed input (a string, null) shows no link.
  const { href, text: linkText } = (typeof link === 'object' && link) || {};
  const url = gatedUrl(href, hrefSchemes, __DEV__ ? ['NoticeBanner', 'link.href'] : undefined);
  if (__DEV__ && link !== undefined && href === undefined) warnDev('NoticeBanner', '`link` has no `href`; no link is shown.');
  const Heading = headingTag(headingLevel);

  return (
    <section ref={ref} {...rootProps(rest, { className: cx(styles.root, styles.variant[kind], severe && styles.severe), locale, labelledBy: id })}>
      <div className={styles.inner}>
        {weather && (
          <span className={cx(styles.mark, styles.markColor[signal as keyof typeof styles.markColor])} aria-hidden="true">
            {markText}
          </span>
        )}
        <div className={styles.content}>
          <Heading className={styles.heading} id={id}>
            {kind === 'important' ? (
              <>
                <span className={styles.kind}>{`${label('important')}${lang === 'en' ? ':' : '：'}`}</span>
                {lang === 'en' && ' '}
                <bdi>{text}</bdi>
              </>
            ) : (
              text
            )}
          </Heading>
          {issuedLine && (
            <p className={styles.issued}>
              {issuedLine[1]}
              <time dateTime={issuedLine[0].machine}>{formatDateTime(issuedLine[0], lang)}</time>
              {issuedLine[2]}
            </p>
          )}
          {hasContent(children, __DEV__ ? ['NoticeBanner', 'children'] : undefined) && <div className={styles.body}>{children}</div>}
          {url && (
            <p className={styles.more}>
              <a className={cx(linkClass, styles.link)} href={url}>
                {textOrUndefined(linkText, __DEV__ ? ['NoticeBanner', 'link.text'] : undefined) ?? label(weather ? 'arrangements' : 'more')}
              </a>
            </p>
          )}
        </div>
      </div>
    </section>
  );
});
