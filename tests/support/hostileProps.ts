// Per-component arbitraries of whole prop objects, every optional field sometimes missing.
import fc from 'fast-check';
import { createElement, type ReactElement } from 'react';
import {
  ArticleHighlight,
  articleHighlightVariants,
  CityPartnerBadgeStrip,
  labelCatalogue,
  ParticipantProfileCard,
  QuoteBlock,
  quoteVariants,
} from '../../src/index.js';
import {
  booleanProp,
  checkedLangProp,
  childrenProp,
  dateProp,
  enumProp,
  headingLevelProp,
  hostileText,
  idProp,
  labelsProp,
  localeProp,
  textProp,
  urlProp,
  wrongTyped,
} from './arbitraries.js';

const labelKeys = (section: 'article' | 'quote' | 'profile' | 'partners') => Object.keys(labelCatalogue.en[section]);
const optional = { requiredKeys: [] as never[] };

/** One generated render: which component, the props as a caller would pass them. */
export interface HostileCase {
  component: string;
  props: Record<string, unknown>;
}

const articleProps = fc.record(
  {
    title: textProp,
    kicker: textProp,
    lead: textProp,
    children: childrenProp,
    date: dateProp,
    image: fc.oneof(
      { weight: 4, arbitrary: fc.record({ src: urlProp, alt: textProp, caption: textProp }, optional) },
      { weight: 1, arbitrary: wrongTyped },
    ),
    href: urlProp,
    headingLevel: headingLevelProp,
    variant: enumProp(articleHighlightVariants),
    locale: localeProp,
    labels: labelsProp(labelKeys('article')),
    headingId: idProp,
  },
  optional,
);

const quoteProps = fc.record(
  {
    children: childrenProp,
    attribution: fc.oneof(
      { weight: 4, arbitrary: fc.record({ name: textProp, role: textProp, organisation: textProp, city: textProp }, optional) },
      { weight: 1, arbitrary: wrongTyped },
    ),
    cite: urlProp,
    variant: enumProp(quoteVariants),
    collapsible: booleanProp,
    excerpt: textProp,
    defaultOpen: booleanProp,
    quoteLang: localeProp,
    locale: localeProp,
    labels: labelsProp(labelKeys('quote')),
  },
  optional,
);

const personName = fc.oneof(
  { weight: 3, arbitrary: textProp },
  { weight: 1, arbitrary: fc.record({ family: textProp, given: textProp }, optional) },
);

const period = fc.oneof(
  { weight: 4, arbitrary: fc.record({ start: dateProp, end: dateProp }, optional) },
  { weight: 1, arbitrary: wrongTyped },
);

const profileProps = fc.record(
  {
    name: personName,
    nameLang: checkedLangProp,
    honorific: textProp,
    localName: personName,
    localNameLang: checkedLangProp,
    role: textProp,
    homeCity: textProp,
    homeOrganisation: textProp,
    hostOrganisation: textProp,
    period,
    photo: fc.oneof({ weight: 4, arbitrary: fc.record({ src: urlProp, alt: textProp }, optional) }, { weight: 1, arbitrary: wrongTyped }),
    href: urlProp,
    headingLevel: headingLevelProp,
    headingId: idProp,
    locale: localeProp,
    labels: labelsProp(labelKeys('profile')),
    children: childrenProp,
  },
  optional,
);

const partner = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      { name: textProp, localName: textProp, localNameLang: localeProp, href: urlProp, current: booleanProp, region: textProp },
      optional,
    ),
  },
  { weight: 1, arbitrary: wrongTyped },
  { weight: 1, arbitrary: hostileText },
);

const partnerProps = fc.record(
  {
    partners: fc.oneof({ weight: 8, arbitrary: fc.array(partner, { maxLength: 8 }) }, { weight: 1, arbitrary: wrongTyped }),
    label: textProp,
    locale: localeProp,
    labels: labelsProp(labelKeys('partners')),
    groupByRegion: booleanProp,
    headingLevel: headingLevelProp,
  },
  optional,
);

// Components take `unknown` here on purpose: the point is what a JavaScript caller can pass.
const components: Record<string, (props: Record<string, unknown>) => ReactElement> = {
  ArticleHighlight: (props) => createElement(ArticleHighlight as never, props),
  QuoteBlock: (props) => createElement(QuoteBlock as never, props),
  ParticipantProfileCard: (props) => createElement(ParticipantProfileCard as never, props),
  CityPartnerBadgeStrip: (props) => createElement(CityPartnerBadgeStrip as never, props),
};

export const hostilePropsByComponent: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  ArticleHighlight: articleProps,
  QuoteBlock: quoteProps,
  ParticipantProfileCard: profileProps,
  CityPartnerBadgeStrip: partnerProps,
};

/** The element for a case. */
export function elementFor({ component, props }: HostileCase): ReactElement {
  const make = components[component];
  if (!make) throw new Error(`no component ${component}`);
  return make(props);
}
