/**
 * The body of the reference article as a CMS would emit it (paragraphs and a list), in our own words,
 * and the photographer of its feature image. Facts only come from shared/content/exchange-programme.md.
 */
import type { ReactNode } from 'react';
import type { Locale } from 'bauhinia-ui';
import { exchangeProgramme } from './exchangeProgramme.js';

const attachment: Record<Locale, { intro: string; items: string[] }> = {
  en: {
    intro: 'Each host office planned its attachment around the person it received:',
    items: [
      'a work plan drawn up for the participant, not a standard timetable;',
      'duty visits to other bureaux and departments, to see how policy becomes service;',
      'time with the colleagues who would carry the contacts forward once the exchange ended.',
    ],
  },
  'zh-Hant': {
    intro: '各接待部門都按參加者的情況安排交流：',
    items: ['為參加者度身訂造工作計劃，而非一套劃一的時間表；', '到其他決策局及部門進行職務探訪，了解政策如何化為服務；', '與日後繼續保持聯繫的同事共事。'],
  },
  'zh-Hans': {
    intro: '各接待部门都按参加者的情况安排交流：',
    items: ['为参加者量身定制工作计划，而非一套划一的时间表；', '到其他决策局及部门进行职务探访，了解政策如何化为服务；', '与日后继续保持联系的同事共事。'],
  },
};

/** The article's body for Prose: its opening paragraphs and how the attachments were planned. */
export function articleBody(locale: Locale): ReactNode {
  const { intro, items } = attachment[locale];
  return (
    <>
      {exchangeProgramme[locale].article.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>{intro}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** The photographer, plainly fictional (Figure adds "Photo:"). */
export const photographer: Record<Locale, string> = { en: 'Chan Tai-man', 'zh-Hant': '陳大文', 'zh-Hans': '陈大文' };
