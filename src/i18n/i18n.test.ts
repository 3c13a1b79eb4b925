import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, parseDate, periodDuration, sameMonth } from './dates.js';
import { durationLabels, labelFor } from './labels.js';
import { langAttribute, resolveLocale, validLanguageTag } from './locale.js';

describe('resolveLocale', () => {
  it.each([
    [undefined, 'en'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['zh', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    // `_` separates subtags as `-` does.
    ['zh_SG', 'zh-Hans'],
    ['zh_HK', 'zh-Hant'],
    ['zh_Hans_CN', 'zh-Hans'],
    ['zh_Hant_CN', 'zh-Hant'],
    ['zh_Hansx', 'zh-Hant'],
    ['en_GB', 'en'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['ZH-HANS', 'zh-Hans'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh-cmn-Hans-CN', 'zh-Hans'],
    ['zh-MO', 'zh-Hant'],
    // Whole subtags only.
    ['zhx', 'en'],
    ['zh-CNX', 'zh-Hant'],
    ['zh-Hansx-CN', 'zh-Hans'],
    ['zh-Hansx', 'zh-Hant'],
    ['zh-MY', 'zh-Hans'],
    ['x-zh', 'en'],
    ['misc', 'en'],
    [42, 'en'],
    // The codes of Hong Kong government URLs (/tc/, /sc/, /en/).
    ['tc', 'zh-Hant'],
    ['sc', 'zh-Hans'],
    ['TC', 'zh-Hant'],
    [' sc ', 'zh-Hans'],
    ['tc-HK', 'en'],
  ])('%s -> %s', (input, expected) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveLocale(input)).toBe(expected);
    warn.mockRestore();
  });

  it('warns in development, once per value, when it falls back to English from a language it does not know', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const known of [undefined, null, 'en', 'en-GB', 'en_GB', 'EN', 'tc', 'sc', 'zh-HK', 'zh-Hans']) resolveLocale(known);
    expect(warn).not.toHaveBeenCalled();
    resolveLocale('hk-fallback-probe');
    resolveLocale('hk-fallback-probe');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[bauhinia-ui\] locale: "hk-fallback-probe" is not a language .*tc and sc.*English/));
    resolveLocale(['zh-Hant']);
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('an object is not a language'));
    warn.mockRestore();
  });

  it('names what it did not know: a string quoted and cut at 40 characters, anything else by its type', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveLocale('english')).toBe('en'); // a whole subtag `en` only
    expect(resolveLocale(`fr-${'x'.repeat(60)}`)).toBe('en');
    expect(resolveLocale(true)).toBe('en');
    expect(warn.mock.calls.map(([text]) => String(text).split(' is not a language')[0])).toEqual([
      '[bauhinia-ui] locale: "english"',
      `[bauhinia-ui] locale: "fr-${'x'.repeat(37)}"`,
      '[bauhinia-ui] locale: a boolean',
    ]);
    warn.mockRestore();
  });
});

describe('langAttribute', () => {
  it('keeps valid tags in canonical form and replaces invalid ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(langAttribute('zh-hk')).toBe('zh-HK');
    expect(langAttribute('zh-hant')).toBe('zh-Hant');
    expect(langAttribute('not a tag!')).toBe('en');
    expect(langAttribute(undefined)).toBe('en');
    expect(langAttribute(' zh-hk ')).toBe('zh-HK');
    expect(langAttribute(42)).toBe('en');
    warn.mockRestore();
  });

  it('writes a Hong Kong URL code as the BCP 47 tag it stands for', () => {
    expect(langAttribute('tc')).toBe('zh-Hant');
    expect(langAttribute('sc')).toBe('zh-Hans');
    expect(langAttribute('Tc')).toBe('zh-Hant');
    expect(langAttribute('en')).toBe('en');
  });

  it('reads a URL code as the locale it stands for in every language prop', () => {
    expect(validLanguageTag(' TC ')).toBe('zh-Hant');
    expect(validLanguageTag('sc')).toBe('zh-Hans');
    expect(validLanguageTag('zh-hant')).toBe('zh-Hant');
    expect(validLanguageTag('yue-HK')).toBe('yue-HK');
    expect(validLanguageTag('not a tag')).toBeUndefined();
  });

  // Our locales and the URL codes skip Intl's check; whatever their case, the tag is canonical.
  it('writes our own locales in canonical form, in any case', () => {
    for (const [input, tag] of [['EN', 'en'], ['ZH-HANT', 'zh-Hant'], ['zh-hans', 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['SC', 'zh-Hans'], ['en-GB', 'en-GB'], ['zh-Hant-HK', 'zh-Hant-HK']]) {
      expect(langAttribute(input), input).toBe(tag);
    }
  });
});

describe('dates', () => {
  it('parses ISO dates and rejects everything else', () => {
    expect(parseDate('2025-07-14')?.machine).toBe('2025-07-14');
    expect(parseDate('2025-02-30')).toBeUndefined();
    expect(parseDate('2025-02-30T10:00')).toBeUndefined();
    expect(parseDate('2025-02-29T10:00+08:00')).toBeUndefined(); // not a leap year
    expect(parseDate('2024-02-29T10:00+08:00')?.machine).toBe('2024-02-29T10:00+08:00');
    expect(parseDate('2025-07-14T24:00')).toBeUndefined();
    expect(parseDate('2025-07-14T23:59Z')?.dateOnly).toBe(false);
    expect(parseDate('14/07/2025')).toBeUndefined();
    expect(parseDate('2025-07-14T09:30:00+08:00')?.dateOnly).toBe(false);
    expect(parseDate(new Date('nope'))).toBeUndefined();
    expect(parseDate(20250714)).toBeUndefined();
    expect(parseDate(null)).toBeUndefined();
  });

  it('reads a Date as the instant it holds, and the same text as the same date every time', () => {
    const instant = new Date(Date.UTC(2025, 6, 14, 1, 30));
    expect(parseDate(instant)).toMatchObject({ machine: '2025-07-14T01:30:00.000Z', dateOnly: false });
    expect(parseDate(instant)!.time).toBe(instant.getTime());
    expect(parseDate(new Date(Date.UTC(10000, 0, 1)))).toBeUndefined(); // no four-digit year, as in text
    expect(parseDate(' 2025-07-14 ')).toEqual(parseDate('2025-07-14'));
    expect(new Date(parseDate('2025-07-14T09:30')!.time).toISOString()).toBe('2025-07-14T01:30:00.000Z'); // Hong Kong wall-clock time
  });

  it('formats for each locale', () => {
    const day = parseDate('2025-07-14')!;
    expect(formatDate(day, 'en')).toBe('14 July 2025');
    expect(formatDate(day, 'zh-Hant')).toBe('2025年7月14日');
    expect(formatDate(day, 'zh-Hans')).toBe('2025年7月14日');
    expect(formatDate(parseDate('2024-12-02')!, 'en', true)).toBe('December 2024');
    expect(formatDate(parseDate('2024-12-02')!, 'zh-Hant', true)).toBe('2024年12月');
  });

  // An expectation written without Intl: the long dates of Hong Kong's English pages ("14 July
  // 2025") and Chinese pages ("2025年7月14日"), for every day of three years (a leap day included),
  // date-only values on their calendar day and instants on their day in Hong Kong (UTC+8).
  it('writes every day of 2023-2025 as Hong Kong pages write dates', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const written = (day: Date, locale: 'en' | 'zh-Hant' | 'zh-Hans', monthOnly: boolean) => {
      const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
      if (locale === 'en') return monthOnly ? `${months[month]} ${year}` : `${date} ${months[month]} ${year}`;
      return monthOnly ? `${year}年${month + 1}月` : `${year}年${month + 1}月${date}日`;
    };
    let checked = 0;
    for (let time = Date.UTC(2023, 0, 1); time <= Date.UTC(2025, 11, 31); time += 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      // 20:30 UTC is already the next day in Hong Kong.
      for (const [value, day] of [[iso, new Date(time)], [`${iso}T20:30:00Z`, new Date(time + 86_400_000)]] as const) {
        const date = parseDate(value)!;
        for (const locale of ['en', 'zh-Hant', 'zh-Hans'] as const) {
          for (const monthOnly of [false, true]) {
            expect(formatDate(date, locale, monthOnly), `${value} ${locale}`).toBe(written(day, locale, monthOnly));
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(1096 * 2 * 3 * 2);
    expect(formatDate(parseDate('2024-02-29')!, 'en')).toBe('29 February 2024');
  });

  // formatDate writes the dates by hand; Intl is the oracle: calendar dates across the years the
  // grammar accepts (day and month styles), and instants since 1980 (Hong Kong kept UTC+8 with no
  // summer time from 1979) in Hong Kong time.
  it('writes what Intl writes for en-GB, zh-Hant-HK and zh-Hans-CN', () => {
    const intl = { en: 'en-GB', 'zh-Hant': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-CN' } as const;
    const styles = (timeZone: string) =>
      (['en', 'zh-Hant', 'zh-Hans'] as const).flatMap((locale) =>
        [false, true].map((monthOnly) => ({ locale, monthOnly, intl: new Intl.DateTimeFormat(intl[locale], { timeZone, year: 'numeric', month: 'long', day: monthOnly ? undefined : 'numeric' }) })),
      );
    const [calendar, hongKong] = [styles('UTC'), styles('Asia/Hong_Kong')];
    const check = (value: string, time: number, timeZone: typeof calendar) => {
      const date = parseDate(value)!;
      for (const { locale, monthOnly, intl: expected } of timeZone) expect(formatDate(date, locale, monthOnly), `${value} ${locale}`).toBe(expected.format(time));
    };
    for (let time = Date.parse('0001-01-01'); time < Date.parse('9999-12-31'); time += 997 * 86_400_000) {
      check(new Date(time).toISOString().slice(0, 10), time, calendar);
    }
    for (let time = Date.UTC(1980, 0, 1, 15, 59); time < Date.UTC(2100, 0, 1); time += 97 * 86_400_000 + 60_000) {
      check(new Date(time).toISOString(), time, hongKong);
    }
  });

  it('keeps only dates that exist, years 0001 to 9999, offsets within ±14:00', () => {
    for (const valid of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-04-30', '2025-07-14T09:30+14:00', '2025-07-14T09:30-12:00', '2025-07-14T23:59:59.123456789Z']) {
      expect(parseDate(valid), valid).toBeDefined();
    }
    for (const invalid of ['2025-02-29', '2100-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '0000-01-01', '2025-07-14T09:30+99:99', '2025-07-14T09:30+14:01', '2025-07-14T09:30-15:00', '2025-07-14T24:00', '2025-07-14T12:60']) {
      expect(parseDate(invalid), invalid).toBeUndefined();
    }
    expect(parseDate(new Date('0000-06-01T00:00:00Z'))).toBeUndefined(); // year 0, before year 1
  });

  it('knows leap years and keeps years before 100', () => {
    expect(parseDate('2000-02-29')).toBeDefined();
    expect(parseDate('1900-02-29')).toBeUndefined();
    expect(parseDate('0004-02-29')?.time).toBe(new Date('0004-02-29').getTime());
    expect(formatDate(parseDate('0050-03-01')!, 'en')).toBe('1 March 50');
  });

  it('tells whether two dates share a calendar month under the same rule', () => {
    expect(sameMonth(parseDate('2025-01-01')!, parseDate('2025-01-31')!)).toBe(true);
    expect(sameMonth(parseDate('2025-01-31')!, parseDate('2025-02-01')!)).toBe(false);
    expect(sameMonth(parseDate('2024-07-14')!, parseDate('2025-07-14')!)).toBe(false); // July, a year apart
    // 16:30Z on 31 January is 1 February in Hong Kong.
    expect(sameMonth(parseDate('2025-02-01')!, parseDate('2025-01-31T16:30:00Z')!)).toBe(true);
  });

  it('formats an instant in Hong Kong time whatever the machine zone', () => {
    // 16:30 UTC on 14 July is already 15 July in Hong Kong.
    expect(formatDate(parseDate('2025-07-14T16:30:00Z')!, 'en')).toBe('15 July 2025');
  });

  describe('formatDateTime', () => {
    const at = (value: string | Date, locale: 'en' | 'zh-Hant' | 'zh-Hans') => formatDateTime(parseDate(value)!, locale);

    it.each([
      ['2025-07-29T09:10+08:00', '9:10 am, 29 July 2025', '2025年7月29日上午9時10分', '2025年7月29日上午9时10分'],
      ['2025-07-29T08:05', '8:05 am, 29 July 2025', '2025年7月29日上午8時5分', '2025年7月29日上午8时5分'],
      ['2025-07-20T18:00+08:00', '6:00 pm, 20 July 2025', '2025年7月20日下午6時正', '2025年7月20日下午6时正'],
      ['2025-07-20T12:00', '12 noon, 20 July 2025', '2025年7月20日中午12時正', '2025年7月20日中午12时正'],
      ['2025-07-20T12:30', '12:30 pm, 20 July 2025', '2025年7月20日下午12時30分', '2025年7月20日下午12时30分'],
      ['2025-07-20T00:00', '12 midnight, 20 July 2025', '2025年7月20日午夜12時正', '2025年7月20日午夜12时正'],
      ['2025-07-20T00:45', '12:45 am, 20 July 2025', '2025年7月20日上午12時45分', '2025年7月20日上午12时45分'],
      ['2025-07-20T23:59:59', '11:59 pm, 20 July 2025', '2025年7月20日下午11時59分', '2025年7月20日下午11时59分'],
    ])('%s: %s, %s, %s', (value, en, hant, hans) => {
      expect([at(value, 'en'), at(value, 'zh-Hant'), at(value, 'zh-Hans')]).toEqual([en, hant, hans]);
    });

    it('shows an instant given in another zone on the Hong Kong clock, day included', () => {
      // 17:30 UTC on 19 July is 01:30 on 20 July in Hong Kong.
      expect(at('2025-07-19T17:30Z', 'en')).toBe('1:30 am, 20 July 2025');
      expect(at('2025-07-20T09:40+08:00', 'en')).toBe(at('2025-07-20T01:40Z', 'en'));
      expect(at(new Date(Date.UTC(2025, 6, 19, 16, 0)), 'zh-Hant')).toBe('2025年7月20日午夜12時正');
      // Before 1970 too (the epoch is no boundary of the arithmetic).
      expect(at('1969-12-31T23:00Z', 'en')).toBe('7:00 am, 1 January 1970');
    });

    it('gives a date without a time as the date alone', () => {
      expect(at('2025-07-29', 'en')).toBe('29 July 2025');
      expect(at('2025-07-29', 'zh-Hans')).toBe('2025年7月29日');
    });

    it('agrees with the Intl clock of Hong Kong at every quarter hour of a day', () => {
      const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Hong_Kong', hour: 'numeric', minute: '2-digit', hourCycle: 'h12', day: 'numeric', month: 'long', year: 'numeric' });
      for (let time = Date.UTC(2025, 6, 19, 16); time < Date.UTC(2025, 6, 20, 16); time += 15 * 60_000) {
        const parts = Object.fromEntries(intl.formatToParts(time).map(({ type, value }) => [type, value]));
        const [hour, minute] = [Number(parts.hour), parts.minute];
        const expected = `${hour}:${minute} ${parts.dayPeriod!.toLowerCase().replace(/\./g, '')}, ${parts.day} ${parts.month} ${parts.year}`;
        const written = formatDateTime(parseDate(new Date(time))!, 'en');
        expect(written.replace(/^12 noon/, '12:00 pm').replace(/^12 midnight/, '12:00 am'), new Date(time).toISOString()).toBe(expected);
      }
    });
  });

  it('measures inclusive periods', () => {
    const d = (s: string) => parseDate(s)!;
    expect(periodDuration(d('2024-12-02'), d('2025-03-01'))).toEqual({ unit: 'month', count: 3 });
    expect(periodDuration(d('2024-12-02'), d('2024-12-29'))).toEqual({ unit: 'week', count: 4 });
    expect(periodDuration(d('2024-12-02'), d('2024-12-04'))).toEqual({ unit: 'day', count: 3 });
    expect(periodDuration(d('2025-01-01'), d('2024-12-01'))).toBeUndefined();
  });

  it('shows days below four weeks unless they are whole weeks', () => {
    const d = (s: string) => parseDate(s)!;
    expect(periodDuration(d('2025-10-12'), d('2025-10-21'))).toEqual({ unit: 'day', count: 10 });
    expect(periodDuration(d('2025-10-01'), d('2025-10-14'))).toEqual({ unit: 'week', count: 2 });
    expect(periodDuration(d('2025-10-01'), d('2025-10-07'))).toEqual({ unit: 'week', count: 1 });
    expect(periodDuration(d('2025-10-01'), d('2025-10-08'))).toEqual({ unit: 'day', count: 8 });
    expect(periodDuration(d('2025-10-01'), d('2025-10-27'))).toEqual({ unit: 'day', count: 27 });
    expect(periodDuration(d('2025-02-01'), d('2025-02-28'))).toEqual({ unit: 'month', count: 1 });
    expect(periodDuration(d('2025-10-01'), d('2025-10-29'))).toEqual({ unit: 'week', count: 4 });
    // The month rule is kept: a month and a half or more rounds up.
    expect(periodDuration(d('2025-10-01'), d('2025-11-20'))).toEqual({ unit: 'month', count: 2 });
    expect(periodDuration(d('2025-10-01'), d('2025-11-10'))).toEqual({ unit: 'month', count: 1 });
  });

  it('rounds a month up from exactly half a month (15 days) past whole months', () => {
    const d = (s: string) => parseDate(s)!;
    expect(periodDuration(d('2025-10-01'), d('2025-11-15'))).toEqual({ unit: 'month', count: 2 });
    expect(periodDuration(d('2025-10-01'), d('2025-11-14'))).toEqual({ unit: 'month', count: 1 });
  });

  it('measures one day, and nothing for an end the day before the start', () => {
    const d = (s: string) => parseDate(s)!;
    expect(periodDuration(d('2025-10-01'), d('2025-10-01'))).toEqual({ unit: 'day', count: 1 });
    expect(periodDuration(d('2025-10-02'), d('2025-10-01'))).toBeUndefined();
  });

  it('counts an instant on its day in Hong Kong', () => {
    // 16:30Z on 7 October is 8 October in Hong Kong: eight days, not a week.
    expect(periodDuration(parseDate('2025-10-01')!, parseDate('2025-10-07T16:30:00Z')!)).toEqual({ unit: 'day', count: 8 });
    expect(periodDuration(parseDate('2025-10-01T00:30:00+08:00')!, parseDate('2025-10-07')!)).toEqual({ unit: 'week', count: 1 });
  });
});

describe('labels', () => {
  it('says durations in three languages', () => {
    const three = { unit: 'month', count: 3 } as const;
    expect(durationLabels.en(three)).toBe('3 months');
    expect(durationLabels.en({ unit: 'month', count: 1 })).toBe('1 month');
    expect(durationLabels['zh-Hant'](three)).toBe('3 個月');
    expect(durationLabels['zh-Hans'](three)).toBe('3 个月');
    const tenDays = periodDuration(parseDate('2025-10-12')!, parseDate('2025-10-21')!)!;
    expect(durationLabels.en(tenDays)).toBe('10 days');
    expect(durationLabels['zh-Hant'](tenDays)).toBe('10 天');
    expect(durationLabels['zh-Hans'](tenDays)).toBe('10 天');
  });

  it('applies string overrides only', () => {
    const tables = {
      en: { label: 'Partner cities', current: 'Current partner', source: 'Source' },
      'zh-Hant': { label: '合作城市', current: '本期合作城市', source: '來源' },
      'zh-Hans': { label: '合作城市', current: '本期合作城市', source: '来源' },
    };
    const overrides = { label: 'Sister cities', current: 42 };
    expect(labelFor('en', tables, overrides, 'label')).toBe('Sister cities');
    expect(labelFor('en', tables, overrides, 'current')).toBe('Current partner');
    expect(labelFor('zh-Hant', tables, overrides, 'current')).toBe('本期合作城市');
    expect(labelFor('en', tables, { source: '  ' }, 'source')).toBe('Source');
    expect(labelFor('en', tables, { source: '\u200b' }, 'source')).toBe('Source');
  });
});
