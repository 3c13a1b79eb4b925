import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { formatDate } from '../../i18n/dates.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, scriptLang, validLanguageTag, type LocaleInput } from '../../i18n/locale.js';
import { warnDev } from '../../internal/devWarning.js';
import { headingTag, type HeadingLevel } from '../../internal/headingLevel.js';
import { monogram } from '../../internal/monogram.js';
import { rootProps } from '../../contract/rootProps.js';
import { hrefSchemes, gatedUrl, srcSchemes } from '../../internal/safeUrl.js';
import { useLabelId } from '../../internal/ids.js';
import { hasContent, textOrUndefined } from '../../internal/text.js';
import { link } from '../../styles/base.css.js';
import { displayName, withHonorific, type PersonName } from './personName.js';
import { profileLabels } from './ParticipantProfileCard.definition.js';
import * as styles from './ParticipantProfileCard.css.js';
import { periodFacts } from './period.js';

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

export interface ParticipantProfileCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children' | 'role'> {
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
  /** A short biography, one or two sentences. */
  children?: ReactNode;
}

/**
 * Renders an `<article>` labelled by the person's name, a heading; the facts of the placement are a
 * definition list.
 */
export const ParticipantProfileCard = forwardRef<HTMLElement, ParticipantProfileCardProps>(function ParticipantProfileCard(
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
    children,
    ...rest
  },
  ref,
) {
  const resolvedLocale = resolveLocale(locale);
  const text = (key: ProfileLabel) => labelFor(resolvedLocale, profileLabels, labels, key);

  const baseName = displayName(name, __DEV__ ? [componentName, 'name'] : undefined);
  if (__DEV__ && !baseName) warnDev(componentName, '`name` is required: pass a non-empty string or `{ family, given }`.');
  const heading = baseName && withHonorific(baseName, textOrUndefined(honorific, __DEV__ ? [componentName, 'honorific'] : undefined));
  // With an honorific, the name is isolated (<bdi>): a right-to-left override pasted into it then
  // leaves the honorific where it belongs.
  const nameAt = heading ? heading.indexOf(baseName!) : 0;
  const headingContent = heading && heading !== baseName ? (
    <>
      {heading.slice(0, nameAt)}
      <bdi>{baseName}</bdi>
      {heading.slice(nameAt + baseName!.length)}
    </>
  ) : (
    heading
  );
  // A derived language is written only where it differs from the card's; an explicit one always.
  const derivedNameLang = baseName && scriptLang(baseName, resolvedLocale);
  const headingLang = validLanguageTag(nameLang) ?? (derivedNameLang === resolvedLocale ? undefined : derivedNameLang);
  const Heading = headingTag(headingLevel, 3);
  const city = textOrUndefined(homeCity, __DEV__ ? [componentName, 'homeCity'] : undefined);
  const id = useLabelId('bh-profile', headingId);
  const profileHref = gatedUrl(href, hrefSchemes, __DEV__ ? [componentName, 'href'] : undefined);

  const local = displayName(localName, __DEV__ ? [componentName, 'localName'] : undefined);
  if (__DEV__ && localName != null && !local) warnDev(componentName, '`localName` names nobody; left out.');
  const localLang = local && (validLanguageTag(localNameLang) ?? scriptLang(local, resolvedLocale));

  const photoSrc = gatedUrl(photo?.src, srcSchemes, __DEV__ ? [componentName, 'photo.src'] : undefined);
  if (__DEV__ && photo != null && photo.src == null) warnDev(componentName, '`photo` has no `src`; the monogram shows instead.');
  const initials = baseName && monogram(baseName);

  // The period's dates differ (one date when they are the same), so each is its own key.
  const [periodParts, durationText] = periodFacts(
    period,
    resolvedLocale,
    text,
    (date) => (
      <time key={date.machine} dateTime={date.machine}>
        {formatDate(date, resolvedLocale, true)}
      </time>
    ),
    true,
  );
  const fact = (key: ProfileLabel, value: ReactNode) =>
    value != null && (
      <div key={key} className={styles.fact}>
        <dt className={styles.factLabel}>{text(key)}</dt>
        <dd>{value}</dd>
      </div>
    );
  const facts = [
    fact('role', textOrUndefined(role, __DEV__ ? [componentName, 'role'] : undefined)),
    fact('homeCity', city),
    fact('homeOrganisation', textOrUndefined(homeOrganisation, __DEV__ ? [componentName, 'homeOrganisation'] : undefined)),
    fact('hostOrganisation', textOrUndefined(hostOrganisation, __DEV__ ? [componentName, 'hostOrganisation'] : undefined)),
    fact('period', periodParts),
    fact('duration', durationText),
  ];

  return (
    <article ref={ref} {...rootProps(rest, { className: styles.root, locale, labelledBy: heading && id })}>
      <div className={styles.identity}>
        {photoSrc ? (
          <img className={styles.portrait} src={photoSrc} alt={textOrUndefined(photo?.alt) ?? ''} loading="lazy" decoding="async" />
        ) : initials ? (
          <span className={styles.monogram} aria-hidden="true" lang={headingLang}>
            {initials}
          </span>
        ) : null}
        {heading && (
          <Heading id={id} className={styles.name} lang={headingLang}>
            {profileHref ? (
              <a className={link} href={profileHref}>
                {headingContent}
              </a>
            ) : (
              headingContent
            )}
          </Heading>
        )}
        {local && (
          <p className={styles.localName} lang={localLang}>
            {local}
          </p>
        )}
      </div>
      {facts.some(Boolean) && <dl>{facts}</dl>}
      {hasContent(children, __DEV__ ? [componentName, 'children'] : undefined) && <div className={styles.bio}>{children}</div>}
    </article>
  );
});
