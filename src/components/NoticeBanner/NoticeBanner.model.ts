// NoticeBanner's rules, once, for both renderers: the React component (NoticeBanner.tsx) and the
// Nunjucks macro (NoticeBanner.njk) render exactly what this model says. No React here.
import type { TemplateInput } from '../../contract/template.js';
import { labelFor } from '../../i18n/labels.js';
import { formatDateTime, parseDate } from '../../i18n/dates.js';
import { resolveLocale, type LocaleInput } from '../../i18n/locale.js';
import { rootProps } from '../../contract/rootProps.js';
import { quotedValue, warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel, type HeadingTag } from '../../internal/headingLevel.js';
import { optionValue } from '../../internal/option.js';
import { gatedUrl, hrefSchemes } from '../../internal/safeUrl.js';
import { cx, textOrUndefined } from '../../internal/text.js';
import { noticeBannerLabels, noticeBannerVariants, weatherSignalLabels, weatherSignals } from './NoticeBanner.definition.js';
import * as styles from './NoticeBanner.css.js';

const componentName = 'NoticeBanner';

export type NoticeBannerVariant = (typeof noticeBannerVariants)[number];
export type WeatherSignal = (typeof weatherSignals)[number];
type Labels = (typeof noticeBannerLabels)['en'] & (typeof weatherSignalLabels)['en'];

/** NoticeBanner's content props: everything but the message itself (`children`). */
export interface NoticeBannerContent {
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
  labels?: Partial<Labels>;
}

/** What a NoticeBanner renders: the decisions its props lead to. */
export interface NoticeBannerModel {
  /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by `rootProps`. */
  root: ReturnType<typeof rootProps>;
  headingTag: HeadingTag;
  headingId: string;
  /**
   * `important`: the kind shown first in the heading with its separator ("Important:", 「重要：」),
   * and the space after it (English), outside the kind's element.
   */
  kind?: { text: string; space: string };
  /** The heading's text; in `<bdi>` when `kind` stands beside it. */
  heading: string;
  /** Weather: the box before the content, a swatch of colour (`modifier`) or a number (`text`). */
  mark?: { modifier?: 'amber' | 'red' | 'black'; text?: string };
  /** Weather: the issued line, the `<time>` between `before` and `after`. */
  issued?: { dateTime: string; text: string; before: string; after: string };
  link?: { href: string; text: string };
}

const rainstorm = { WRAINA: 'amber', WRAINR: 'red', WRAINB: 'black' } as const;

/**
 * What a NoticeBanner renders, from its props and the heading's id (the renderer's: React's
 * `useId`, or the caller's `headingId`); the message (children) is the view's. Undefined, so
 * nothing renders, without a heading (information, important) or a known signal (weather).
 */
export function noticeBannerModel<Rest extends object>(
  { variant, heading, signal, issued, link, headingLevel, headingId: _given, locale, labels, ...rest }: NoticeBannerContent & Rest,
  headingId: string,
): NoticeBannerModel | undefined {
  const lang = resolveLocale(locale);
  // Each key is in one of the two label sections; a site's `labels` may replace any.
  const label = (key: keyof Labels) => labelFor(lang, (key in noticeBannerLabels.en ? noticeBannerLabels : weatherSignalLabels) as never, labels, key as never);
  const kindOf = optionValue(noticeBannerVariants, variant);
  const weather = kindOf === 'weather';
  const known = weatherSignals.includes(signal as WeatherSignal) ? (signal as WeatherSignal) : undefined;

  let headingText: string | undefined;
  let mark: NoticeBannerModel['mark'];
  let issuedLine: NoticeBannerModel['issued'];
  if (weather) {
    if (__DEV__ && heading !== undefined) warnDev(componentName, 'a weather notice names its signal itself: `heading` is ignored.');
    if (!known) {
      if (__DEV__) warnDev(componentName, `rendered nothing: \`signal\` ${quotedValue(signal)} is not one of ${weatherSignals.join(', ')}.`);
      return undefined;
    }
    // The four No. 8 signals share one name, their direction in it.
    const name = known.startsWith('TC8') ? label('TC8').split('{direction}').join(label(known.slice(3) as 'NE')) : label(known as keyof Labels);
    headingText = label('inForce').split('{signal}').join(name);
    const colour = rainstorm[known as keyof typeof rainstorm];
    mark = colour ? { modifier: colour } : { text: known === 'EXTREME' ? '!' : (/\d+/.exec(known)?.[0] ?? '') };
    const parsed = parseDate(issued);
    if (parsed) {
      if (__DEV__ && parsed.dateOnly) warnDev(componentName, '`issued` has no time of day: a weather notice should say when it was issued.');
      const words = label(known === 'EXTREME' ? 'announced' : 'issued');
      const at = words.indexOf('{dateTime}');
      issuedLine = { dateTime: parsed.machine, text: formatDateTime(parsed, lang), before: at < 0 ? `${words} ` : words.slice(0, at), after: at < 0 ? '' : words.slice(at + 10) };
    } else if (__DEV__) warnDev(componentName, issued === undefined ? 'a weather notice without `issued`: say when the signal was issued.' : `\`issued\` ${quotedValue(issued)} is not a valid ISO 8601 date and time; the issued line is left out.`);
  } else {
    headingText = textOrUndefined(heading, __DEV__ ? [componentName, 'heading'] : undefined);
    if (__DEV__ && (signal !== undefined || issued !== undefined)) warnDev(componentName, '`signal` and `issued` belong to the weather variant; ignored.');
    if (!headingText) {
      if (__DEV__) warnDev(componentName, `rendered nothing: an ${kindOf} notice needs a \`heading\`.`);
      return undefined;
    }
  }

  let linkModel: NoticeBannerModel['link'];
  if (link !== undefined) {
    const { href, text } = typeof link === 'object' && link !== null ? link : ({} as { href?: unknown; text?: unknown });
    const url = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'link.href'] : undefined);
    if (url) linkModel = { href: url, text: textOrUndefined(text, __DEV__ ? [componentName, 'link.text'] : undefined) ?? label(weather ? 'arrangements' : 'more') };
    else if (__DEV__ && href === undefined) warnDev(componentName, '`link` has no `href`; no link is shown.');
  }

  const severe = weather && !['TC1', 'TC3', 'WRAINA'].includes(known!);
  return {
    root: rootProps(rest, { className: cx(styles.root, styles.variant[kindOf], severe && styles.severe), locale, labelledBy: headingId }),
    headingTag: headingTag(headingLevel, 2),
    headingId,
    kind: kindOf === 'important' ? { text: `${label('important')}${lang === 'en' ? ':' : '：'}`, space: lang === 'en' ? ' ' : '' } : undefined,
    heading: headingText,
    mark,
    issued: issuedLine,
    link: linkModel,
  };
}

/**
 * The macro's model, with the message. The heading's id (the caller's `headingId`, or one made from
 * the heading's text) is asked for once the model has decided that text; the macro writes it on the
 * heading and as the region's `aria-labelledby`.
 */
export function template(params: NoticeBannerContent, { content, id }: TemplateInput) {
  const model = noticeBannerModel(params, '');
  return model && { ...model, headingId: id('bh-notice', params.headingId, model.heading), content };
}
