import { validLanguageTag, type Locale } from '../../i18n/locale.js';
import { scriptLang } from '../../internal/script.js';
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

/**
 * Keeps the entries that have a usable name; the rest are counted in `skipped`, so the component
 * can warn once. A local name's `lang` is the caller's tag when valid, else guessed from its
 * script (see `scriptLang`).
 */
export function normalisePartners(input: unknown, locale: Locale): { partners: NormalisedPartner[]; skipped: number } {
  if (!Array.isArray(input)) return { partners: [], skipped: 0 };
  const partners = input.flatMap((entry: unknown, index): NormalisedPartner[] => {
    const record = ((typeof entry === 'object' && entry) || {}) as Record<string, unknown>;
    const name = textOrUndefined(record.name);
    const localName = textOrUndefined(record.localName);
    return name === undefined
      ? []
      : [
          {
            index,
            name,
            localName,
            localNameLang: localName && (validLanguageTag(record.localNameLang) ?? scriptLang(localName, locale)),
            href: record.href,
            current: record.current === true,
            region: textOrUndefined(record.region),
          },
        ];
  });
  return { partners, skipped: input.length - partners.length };
}

/** Groups partners by region in first-appearance order; partners without a region come last. */
export function groupPartnersByRegion(partners: readonly NormalisedPartner[]): PartnerGroup[] {
  const byRegion = new Map<string | undefined, NormalisedPartner[]>();
  for (const partner of partners) byRegion.set(partner.region, [...(byRegion.get(partner.region) ?? []), partner]);
  const withoutRegion = byRegion.get(undefined);
  // Re-inserted, so it comes last.
  if (byRegion.delete(undefined)) byRegion.set(undefined, withoutRegion!);
  return Array.from(byRegion, ([region, members]) => ({ region, partners: members }));
}
