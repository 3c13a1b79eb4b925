import type { Locale } from '../../i18n/locale.js';
import { textOrUndefined } from '../../internal/text.js';

/** One partner city as it is rendered: sanitised text, the raw href still to be checked by safeUrl. */
export interface NormalisedPartner {
  /** Position in the caller's array, for keys and warnings. */
  index: number;
  name: string;
  localName: string | undefined;
  localNameLang: string | undefined;
  href: unknown;
  current: boolean;
  region: string | undefined;
}

export interface PartnerGroup {
  /** Undefined for the group of partners without a region. */
  region: string | undefined;
  partners: NormalisedPartner[];
}

const han = /\p{Script=Han}/u;
const latinOnly = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u;

/** A valid BCP 47 tag in canonical form, or undefined. */
export function validLanguageTag(value: unknown): string | undefined {
  const text = textOrUndefined(value);
  if (!text) return undefined;
  try {
    return Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
}

/**
 * The `lang` of a local name: the caller's tag when valid; else Han text is Chinese in the page's
 * script (Traditional unless the locale is Simplified), Latin text is English, and anything else
 * gets no `lang` (it inherits the page's language).
 */
export function localNameLanguage(localName: string, explicit: unknown, locale: Locale): string | undefined {
  const tag = validLanguageTag(explicit);
  if (tag) return tag;
  if (han.test(localName)) return locale === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant';
  if (latinOnly.test(localName) && /\p{Script=Latin}/u.test(localName)) return 'en';
  return undefined;
}

/**
 * Keeps the entries that have a usable name. Anything else (null, strings, objects without a
 * name) is counted in `skipped`, so the component can warn once.
 */
export function normalisePartners(input: unknown, locale: Locale): { partners: NormalisedPartner[]; skipped: number } {
  if (!Array.isArray(input)) return { partners: [], skipped: 0 };
  const partners: NormalisedPartner[] = [];
  let skipped = 0;
  input.forEach((entry: unknown, index) => {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
    const name = textOrUndefined(record?.name);
    if (!record || !name) {
      skipped += 1;
      return;
    }
    const localName = textOrUndefined(record.localName);
    partners.push({
      index,
      name,
      localName,
      localNameLang: localName ? localNameLanguage(localName, record.localNameLang, locale) : undefined,
      href: record.href,
      current: record.current === true,
      region: textOrUndefined(record.region),
    });
  });
  return { partners, skipped };
}

/** Groups partners by region in first-appearance order; partners without a region come last. */
export function groupPartnersByRegion(partners: readonly NormalisedPartner[]): PartnerGroup[] {
  const byRegion = new Map<string, NormalisedPartner[]>();
  const withoutRegion: NormalisedPartner[] = [];
  for (const partner of partners) {
    if (partner.region === undefined) {
      withoutRegion.push(partner);
      continue;
    }
    const group = byRegion.get(partner.region);
    if (group) group.push(partner);
    else byRegion.set(partner.region, [partner]);
  }
  const groups: PartnerGroup[] = Array.from(byRegion, ([region, members]) => ({ region, partners: members }));
  if (withoutRegion.length > 0) groups.push({ region: undefined, partners: withoutRegion });
  return groups;
}
