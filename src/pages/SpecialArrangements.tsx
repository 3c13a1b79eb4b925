/**
 * The demo site's "Special arrangements in bad weather" page, in the site shell with the notices a
 * No. 8 signal or the Black Rainstorm Warning Signal brings: built from the package's public exports
 * alone and no CSS of its own.
 */
import { NoticeBanner, PageLayout, Prose, Section, type Locale } from 'bauhinia-ui';
import { notices } from './content/notices.js';
import { SiteShell } from './SiteShell.js';

export interface SpecialArrangementsProps {
  /** @default 'en' */
  locale?: Locale;
  /** The signals in force: each gets its notice, in this order. */
  signals: readonly ('TC8NE' | 'WRAINB')[];
}

export const specialArrangementsPath = '/arrangements/';

/** When each demo signal was issued (demo times). */
const issued = { TC8NE: '2025-07-20T09:40+08:00', WRAINB: '2025-07-29T09:10+08:00' } as const;

export function SpecialArrangements({ locale = 'en', signals }: SpecialArrangementsProps) {
  const content = notices[locale];
  const notice = signals.map((signal) => (
    <NoticeBanner key={signal} locale={locale} variant="weather" signal={signal} issued={issued[signal]} link={{ href: content.arrangementsHref }}>
      <p>{signal === 'WRAINB' ? content.blackRainstorm : content.signal8}</p>
    </NoticeBanner>
  ));
  const { title, paragraphs } = content.arrangementsPage;
  return (
    <SiteShell locale={locale} path={specialArrangementsPath} trail={[{ label: title }]} notice={notice}>
      <PageLayout locale={locale}>
        <Section heading={title} headingLevel={1}>
          <Prose locale={locale}>
            {paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </Prose>
        </Section>
      </PageLayout>
    </SiteShell>
  );
}
