// ParticipantProfileCard's rules, once, for both renderers: the React component and the Nunjucks
// macro (ParticipantProfileCard.njk) render exactly what this model says. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { formatDate, parseDate, periodDuration, sameMonth, type ParsedDate } from '../../i18n/dates.js';
import { durationLabels, labelFor } from '../../i18n/labels.js';
import { resolveLocale, scriptLang, validLanguageTag, type Locale, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { monogram } from '../../internal/monogram.js';
import { hrefSchemes, gatedUrl, srcSchemes } from '../../internal/safeUrl.js';
import { textOrUndefined } from '../../internal/text.js';
import { displayName, withHonorific, type PersonName } from './personName.js';
import { profileLabels } from './ParticipantProfileCard.definition.js';
import * as styles from './ParticipantProfileCard.css.js';

const componentName = 'ParticipantProfileCard';
type ProfileLabel = keyof (typeof profileLabels)['en'];

/** A programme period as ISO 8601 dates (`2024-12-02`) or Date objects. */
export interface ParticipantProfilePeriod {
  /** First day of the period. */
  start: string | Date;
  /** Last day of the period (inclusive). Leave out for an open-ended period. */
  end?: string | Date;
}

export interface ParticipantProfilePhoto {
  /** Image URL: http(s), relative or `data:image/*`. Anything else is dropped and the monogram shows. */
  src: string;
  /**
   * Text alternative. The name is already the card's heading, so a portrait is decorative.
   * @default ""
   */
  alt?: string;
}

/** ParticipantProfileCard's content props: everything but the biography (`children`). */
export interface ParticipantProfileCardContent {
  /**
   * The person's name. A string is shown exactly as given (write Chinese names family name first);
   * `{ family, given }` is ordered for you: family + given for Han script, given + family otherwise.
   */
  name: string | PersonName;
  /** The language of `name` when it differs from the card's, e.g. `'zh-Hant'` for 陳小明 on an English card. Derived from the script when left out. */
  nameLang?: string;
  /** A courtesy title such as "Mr", "Dr" or 先生, shown as part of the name heading: after a Han-script name (王先生), before any other (Mr Terence Wang). */
  honorific?: string;
  /** The name in a second language, shown under the heading, e.g. the Chinese name beside the English one. */
  localName?: string | PersonName;
  /**
   * The `lang` of `localName`. By default: Han script is `'zh-Hans'` on a zh-Hans card and `'zh-Hant'`
   * otherwise; Latin script is `'en'`; any other script inherits.
   */
  localNameLang?: string;
  /** The person's role in the programme, e.g. "Exchange participant". */
  role?: string;
  /** The city the person comes from. */
  homeCity?: string;
  /** The organisation the person comes from. */
  homeOrganisation?: string;
  /** The office that hosts the person during the programme. */
  hostOrganisation?: string;
  /** The programme period. Shown by month and year, with its length in words when it has an end. */
  period?: ParticipantProfilePeriod;
  /** A portrait, shown in a circle. Without one (or if its URL is dropped) a monogram of the name shows. */
  photo?: ParticipantProfilePhoto;
  /** Makes the name a link to the person's full profile. Unsafe URLs are dropped. */
  href?: string;
  /**
   * The level of the name heading. Cards usually sit inside a page section headed by an h2.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * The id of the name heading, which labels the card. By default one unique on the page (from
   * React's `useId`, the same on the server and in the browser); pass one when a link targets it.
   */
  headingId?: string;
  /**
   * Language of the built-in labels and dates: `en`, `zh-Hant`, `zh-Hans` or a BCP 47 tag such as `zh-HK`.
   * When set, the card also carries `lang`.
   * @default 'en'
   */
  locale?: LocaleInput;
  /** Replaces built-in labels, e.g. `{ hostOrganisation: 'Host bureau' }`. */
  labels?: Partial<(typeof profileLabels)['en']>;
}

/** A fact's value, in pieces: text, or a date written as `<time datetime>`. */
export type FactSegment = string | { dateTime: string; text: string };

// Development only: every call is behind `__DEV__`, so production bundles drop it.
const warnInvalidDate = (prop: string, value: unknown) =>
  warnDev(componentName, `\`${prop}\` is not a valid ISO 8601 date (got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : typeof value}); it is not shown.`);

/** The period (text and dates) and the duration in words; either is undefined when it cannot be shown. */
function periodFacts(period: unknown, locale: Locale, text: (key: ProfileLabel) => string): [period?: FactSegment[], duration?: string] {
  // Destructuring reads nothing from a wrong-typed period; only null and undefined need the fallback.
  const { start, end } = (period ?? {}) as Partial<ParticipantProfilePeriod>;
  const startDate = parseDate(start);
  if (!startDate) {
    if (__DEV__ && period != null) {
      if (typeof period === 'object') warnInvalidDate('period.start', start);
      else warnDev(componentName, '`period` must be an object `{ start, end? }`; it is not shown.');
    }
    return [];
  }
  const time = (date: ParsedDate) => ({ dateTime: date.machine, text: formatDate(date, locale, true) });

  if (end == null || end === '') {
    // `{start}` marks where the date goes; a template without it gets the date after a space.
    const [before = '', after = ''] = text('periodFrom').split('{start}');
    return [[text('periodFrom').includes('{start}') ? before : `${before} `, time(startDate), after]];
  }
  const endDate = parseDate(end);
  if (!endDate) {
    if (__DEV__) warnInvalidDate('period.end', end);
    return [[time(startDate)]];
  }
  const duration = periodDuration(startDate, endDate);
  if (__DEV__ && !duration) warnDev(componentName, '`period.end` is before `period.start`; the duration is not shown.');
  // A period within one month reads better as that month and its length than as "January to January".
  return [
    duration && sameMonth(startDate, endDate) ? [time(startDate)] : [time(startDate), text('periodSeparator'), time(endDate)],
    duration && durationLabels[locale](duration),
  ];
}

/**
 * ParticipantProfileCard's model, from its props (content and, for React, the root's DOM props).
 * `hasBio`: whether the biography (children) shows anything; `labelId`: the heading's id, from
 * `headingId` and the heading's text (React's `useLabelId`, or the macro's id source). Which documented class each
 * element wears is the markup's own (ParticipantProfileCard.css.ts).
 */
export function participantProfileCardModel<Rest extends object>(
  {
    name,
    nameLang,
    honorific,
    localName,
    localNameLang,
    role,
    homeCity,
    homeOrganisation,
    hostOrganisation,
    period,
    photo,
    href,
    headingLevel,
    headingId,
    locale,
    labels,
    ...rest
  }: ParticipantProfileCardContent & Rest,
  hasBio: boolean,
  labelId: (given: unknown, heading: string) => string,
) {
  const resolvedLocale = resolveLocale(locale);
  const text = (key: ProfileLabel) => labelFor(resolvedLocale, profileLabels, labels, key);

  const baseName = displayName(name, __DEV__ ? [componentName, 'name'] : undefined);
  if (__DEV__ && !baseName) warnDev(componentName, '`name` is required: pass a non-empty string or `{ family, given }`.');
  const heading = baseName && withHonorific(baseName, textOrUndefined(honorific, __DEV__ ? [componentName, 'honorific'] : undefined));
  // A derived language is written only where it differs from the card's; an explicit one always.
  const derivedNameLang = baseName && scriptLang(baseName, resolvedLocale);
  const headingLang = validLanguageTag(nameLang) ?? (derivedNameLang === resolvedLocale ? undefined : derivedNameLang);
  const id = heading && labelId(headingId, heading);
  const profileHref = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'href'] : undefined);

  const local = displayName(localName, __DEV__ ? [componentName, 'localName'] : undefined);
  if (__DEV__ && localName != null && !local) warnDev(componentName, '`localName` names nobody; left out.');

  const photoSrc = gatedUrl(photo?.src, srcSchemes, __DEV__ ? [componentName, 'photo.src'] : undefined);
  if (__DEV__ && photo != null && photo.src == null) warnDev(componentName, '`photo` has no `src`; the monogram shows instead.');

  const [periodValue, durationText] = periodFacts(period, resolvedLocale, text);
  const facts: Array<{ key: ProfileLabel; label: string; value: FactSegment[] }> = [];
  const fact = (key: ProfileLabel, value: string | FactSegment[] | undefined) => {
    if (value !== undefined) facts.push({ key, label: text(key), value: typeof value === 'string' ? [value] : value });
  };
  fact('role', textOrUndefined(role, __DEV__ ? [componentName, 'role'] : undefined));
  fact('homeCity', textOrUndefined(homeCity, __DEV__ ? [componentName, 'homeCity'] : undefined));
  fact('homeOrganisation', textOrUndefined(homeOrganisation, __DEV__ ? [componentName, 'homeOrganisation'] : undefined));
  fact('hostOrganisation', textOrUndefined(hostOrganisation, __DEV__ ? [componentName, 'hostOrganisation'] : undefined));
  fact('period', periodValue);
  fact('duration', durationText);

  // With an honorific, the name is isolated (<bdi>) between the text before and after it: a
  // right-to-left override pasted into the name then leaves the honorific where it belongs.
  const nameAt = heading ? heading.indexOf(baseName!) : 0;
  return {
    /** The root's props: the caller's DOM props (`rest`) and the component's own, merged by rootProps. */
    root: rootProps(rest, { className: styles.root, locale, labelledBy: id }),
    /** The portrait, or else the monogram's initials (or neither, for a name without letters). */
    portrait: photoSrc ? { src: photoSrc, alt: textOrUndefined(photo?.alt) ?? '' } : undefined,
    monogram: photoSrc ? undefined : baseName && monogram(baseName),
    /** The name heading: its tag and id (which labels the card), the name, the honorific's text around it, the profile link. */
    heading: heading
      ? {
          tag: headingTag(headingLevel, 3),
          id,
          name: baseName!,
          honorific: heading === baseName ? undefined : { before: heading.slice(0, nameAt), after: heading.slice(nameAt + baseName!.length) },
          href: profileHref,
        }
      : undefined,
    /** The `lang` of the name (heading and monogram), where it differs from the card's. */
    nameLang: headingLang,
    localName: local && { text: local, lang: validLanguageTag(localNameLang) ?? scriptLang(local, resolvedLocale) },
    /** The facts in order, only those with a value; a `<dl>` only when there is one. */
    facts,
    /** Whether the biography's `<div>` is there. */
    bio: hasBio,
  };
}

/** The macro's model: the biography is the macro's children, by the fixture contract. */
export function template(params: ParticipantProfileCardContent, { content, id }: TemplateInput) {
  return { ...participantProfileCardModel(params, content.present, (given, heading) => id('bh-profile', given, heading)), content };
}
