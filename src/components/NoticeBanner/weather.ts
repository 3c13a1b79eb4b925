// How a weather notice reads, in both renderers: NoticeBanner.tsx and the macro's model.
import { parseDate, type ParsedDate } from '../../i18n/dates.js';
import { labelFor } from '../../i18n/labels.js';
import type { Locale } from '../../i18n/locale.js';
import { quotedValue, warnDev } from '../../internal/devWarning.js';
import { noticeBannerLabels, weatherSignalLabels, weatherSignals } from './NoticeBanner.definition.js';

export type WeatherSignal = (typeof weatherSignals)[number];
export type NoticeBannerLabels = (typeof noticeBannerLabels)['en'] & (typeof weatherSignalLabels)['en'];

/** One of the notice's labels in its locale, or the site's; each key is in one of the two tables. */
export const noticeLabel = (locale: Locale, labels: unknown) => (key: keyof NoticeBannerLabels) =>
  labelFor(locale, (key in noticeBannerLabels.en ? noticeBannerLabels : weatherSignalLabels) as never, labels, key as never) as string;

/**
 * A weather notice's heading (the signal's official name, in force), the text of its mark (the
 * signal's number, `!` for extreme conditions; none for a rainstorm, whose mark is a swatch of its
 * colour), whether it is severe (No. 8 and above, Red, Black, extreme conditions), and when it was
 * issued: the date and the words before and after it. Undefined for an unknown signal; no date when
 * `issued` is missing or invalid. In development, says what it leaves out.
 */
export function weatherNotice(
  signal: unknown,
  issued: unknown,
  label: ReturnType<typeof noticeLabel>,
): [heading: string, mark: string | undefined, severe: boolean, issued?: [date: ParsedDate, before: string, after?: string]] | undefined {
  if (!weatherSignals.includes(signal as WeatherSignal)) {
    if (__DEV__) warnDev('NoticeBanner', `rendered nothing: \`signal\` ${quotedValue(signal)} is not one of ${weatherSignals.join(', ')}.`);
    return undefined;
  }
  const known = signal as WeatherSignal;
  // The four No. 8 signals share one name, their direction in it.
  const name = known.startsWith('TC8') ? label('TC8').split('{direction}').join(label(known.slice(3) as 'NE')) : label(known as 'TC1');
  const notice: ReturnType<typeof weatherNotice> = [
    label('inForce').split('{signal}').join(name),
    known === 'EXTREME' ? '!' : /\d+/.exec(known)?.[0],
    !['TC1', 'TC3', 'WRAINA'].includes(known),
  ];
  const date = parseDate(issued);
  if (date) {
    if (__DEV__ && date.dateOnly) warnDev('NoticeBanner', '`issued` has no time of day: a weather notice should say when it was issued.');
    // `{dateTime}` marks where the time goes; words without it get the time after a space.
    const [before, after] = label(known === 'EXTREME' ? 'announced' : 'issued').split('{dateTime}');
    notice.push([date, after === undefined ? `${before} ` : before!, after]);
  } else if (__DEV__) {
    warnDev('NoticeBanner', issued === undefined ? 'a weather notice without `issued`: say when the signal was issued.' : `\`issued\` ${quotedValue(issued)} is not a valid ISO 8601 date and time; the issued line is left out.`);
  }
  return notice;
}
