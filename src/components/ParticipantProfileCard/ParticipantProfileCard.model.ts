// What ParticipantProfileCard's macro (ParticipantProfileCard.njk) writes, decided by the rules
// ParticipantProfileCard.tsx uses. No React here.
import { rootProps } from '../../contract/rootProps.js';
import type { TemplateInput } from '../../contract/template.js';
import { formatDate } from '../../i18n/dates.js';
import { labelFor } from '../../i18n/labels.js';
import { resolveLocale, scriptLang, validLanguageTag } from '../../i18n/locale.js';
import { headingTag } from '../../internal/headingLevel.js';
import { monogram } from '../../internal/monogram.js';
import { gatedUrl, hrefSchemes, srcSchemes } from '../../internal/safeUrl.js';
import { textOrUndefined } from '../../internal/text.js';
import { profileLabels } from './ParticipantProfileCard.definition.js';
import * as styles from './ParticipantProfileCard.css.js';
import type { ParticipantProfileCardProps } from './ParticipantProfileCard.js';
import { periodFacts } from './period.js';
import { displayName, withHonorific } from './personName.js';

/** A fact's value, in pieces: text, or a date written as `<time datetime>`. */
export type FactSegment = string | { dateTime: string; text: string };

/** The macro's model: the biography is the macro's children, by the fixture contract. */
export function template(
  { name, nameLang, honorific, localName, localNameLang, role, homeCity, homeOrganisation, hostOrganisation, period, photo, href, headingLevel, headingId, locale, labels }: ParticipantProfileCardProps,
  { content, id }: TemplateInput,
) {
  const resolvedLocale = resolveLocale(locale);
  const text = (key: keyof (typeof profileLabels)['en']) => labelFor(resolvedLocale, profileLabels, labels, key);
  const baseName = displayName(name);
  const heading = baseName && withHonorific(baseName, textOrUndefined(honorific));
  const labelId = heading && id('bh-profile', headingId, heading);
  const derivedNameLang = baseName && scriptLang(baseName, resolvedLocale);
  const local = displayName(localName);
  const photoSrc = gatedUrl(photo?.src, srcSchemes);

  const [periodParts, durationText] = periodFacts(period, resolvedLocale, text, (date): FactSegment => ({ dateTime: date.machine, text: formatDate(date, resolvedLocale, true) }));
  const values = {
    role: textOrUndefined(role),
    homeCity: textOrUndefined(homeCity),
    homeOrganisation: textOrUndefined(homeOrganisation),
    hostOrganisation: textOrUndefined(hostOrganisation),
    period: periodParts,
    duration: durationText,
  };
  const nameAt = heading ? heading.indexOf(baseName!) : 0;
  return {
    root: rootProps({}, { className: styles.root, locale, labelledBy: labelId }),
    content,
    /** The portrait, or else the monogram's initials (or neither, for a name without letters). */
    portrait: photoSrc && { src: photoSrc, alt: textOrUndefined(photo?.alt) ?? '' },
    monogram: baseName && monogram(baseName),
    /** The name heading: its tag and id, the name, the honorific's text around it (the name isolated in a `<bdi>`), the profile link. */
    heading: heading && {
      tag: headingTag(headingLevel, 3),
      id: labelId,
      name: baseName!,
      honorific: heading === baseName ? undefined : { before: heading.slice(0, nameAt), after: heading.slice(nameAt + baseName!.length) },
      href: gatedUrl(href, hrefSchemes),
    },
    /** The `lang` of the name (heading and monogram): an explicit one always, a derived one where it differs from the card's. */
    nameLang: validLanguageTag(nameLang) ?? (derivedNameLang === resolvedLocale ? undefined : derivedNameLang),
    localName: local && { text: local, lang: validLanguageTag(localNameLang) ?? scriptLang(local, resolvedLocale) },
    /** The facts with a value, in order: a `<dl>` only when there is one. */
    facts: Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => ({ label: text(key as keyof typeof values), value: typeof value === 'string' ? [value] : value! })),
  };
}
