/**
 * Demo content for the page-structure components (Section, ContentsList, TeaserList, Pagination,
 * PageLayout) and the two reference pages: the article page and the issue index. The facts come
 * from shared/content/exchange-programme.md, retold in our own words in three languages; the
 * newsletter and its archive are plainly fictional.
 */
import type { Locale } from '../i18n/locale.js';
import { articleDate, exchangeProgramme } from './exchangeProgramme.js';

/** One section of the reference article, with the id ContentsList links to. */
export interface DemoSection {
  id: string;
  heading: string;
  description?: string;
}

/** A teaser of another article in the same issue. */
export interface DemoTeaser {
  kicker: string;
  title: string;
  lead: string;
  date: string;
  href: string;
}

export interface DemoIssue {
  /** The newsletter's name, the issue index page's heading. */
  newsletter: string;
  /** The line under it. */
  issueLine: string;
  /** The heading of the list of articles on the index page. */
  articlesHeading: string;
  /** The article page's sections, in order: the participant, the reflection, the partner cities. */
  sections: { participant: DemoSection; reflection: DemoSection; partners: DemoSection };
  /** The articles of the issue, the reference article first. */
  teasers: DemoTeaser[];
  /** The neighbours of the reference article, for previous / next links. */
  previous: { title: string; href: string };
  next: { title: string; href: string };
}

const hrefs = {
  feature: '/newsletter/2025-01/exchange-programme',
  profile: '/newsletter/2025-01/meet-a-participant',
  reflection: '/newsletter/2025-01/three-months-in-hong-kong',
  partners: '/newsletter/2025-01/partner-cities',
} as const;

/** The archive of issues: the index page shows page 3 of 12. */
export const issueArchive = { currentPage: 3, pageCount: 12, hrefTemplate: '/newsletter/issues?page={page}' } as const;

function teasers(locale: Locale, texts: Array<Pick<DemoTeaser, 'kicker' | 'title' | 'lead'>>): DemoTeaser[] {
  const { article } = exchangeProgramme[locale];
  const [profile, reflection, partners] = texts;
  return [
    { kicker: article.kicker, title: article.title, lead: article.lead, date: articleDate, href: hrefs.feature },
    { ...profile!, date: '2025-02-06', href: hrefs.profile },
    { ...reflection!, date: '2025-02-20', href: hrefs.reflection },
    { ...partners!, date: '2025-03-03', href: hrefs.partners },
  ];
}

export const newsletterIssue: Record<Locale, DemoIssue> = {
  en: {
    newsletter: 'Exchange Newsletter',
    issueLine: 'Issue 1, 2025: the 2024 Civil Service Exchange Programme',
    articlesHeading: 'In this issue',
    sections: {
      participant: { id: 'participant', heading: 'Meet a participant', description: 'One of the thirty officials, and the office that hosted him.' },
      reflection: { id: 'reflection', heading: 'In his own words' },
      partners: { id: 'partners', heading: 'Where the participants came from', description: 'Five Mainland cities and the Mainland cities of the Greater Bay Area.' },
    },
    teasers: teasers('en', [
      { kicker: 'Profile', title: 'Three months in the Greater Bay Area Development Office', lead: 'Mr Terence Wang of Shenzhen on the work plan his host office shaped for him.' },
      { kicker: 'Reflection', title: 'Three months that changed how one visitor sees Hong Kong', lead: 'Research, finance and the civil service, seen from inside a bureau.' },
      { kicker: 'Partners', title: 'Six partner cities took part in the 2024 programme', lead: 'Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and Shenzhen.' },
    ]),
    previous: { title: 'Six partner cities took part in the 2024 programme', href: hrefs.partners },
    next: { title: 'Three months that changed how one visitor sees Hong Kong', href: hrefs.reflection },
  },
  'zh-Hant': {
    newsletter: '交流通訊',
    issueLine: '2025年第1期：2024年公務員交流計劃',
    articlesHeading: '本期內容',
    sections: {
      participant: { id: 'participant', heading: '參加者簡介', description: '三十位參加者之一，以及接待他的辦公室。' },
      reflection: { id: 'reflection', heading: '參加者感想' },
      partners: { id: 'partners', heading: '參加者來自哪裏', description: '五個內地城市，以及大灣區的內地城市。' },
    },
    teasers: teasers('zh-Hant', [
      { kicker: '人物', title: '在粵港澳大灣區發展辦公室的三個月', lead: '來自深圳的王先生談接待部門為他度身訂造的工作計劃。' },
      { kicker: '感想', title: '三個月，重新認識香港', lead: '從政府部門內部看科研、金融和公務員隊伍。' },
      { kicker: '合作城市', title: '六個城市參與2024年計劃', lead: '北京、上海、重慶、武漢、杭州和深圳。' },
    ]),
    previous: { title: '六個城市參與2024年計劃', href: hrefs.partners },
    next: { title: '三個月，重新認識香港', href: hrefs.reflection },
  },
  'zh-Hans': {
    newsletter: '交流通讯',
    issueLine: '2025年第1期：2024年公务员交流计划',
    articlesHeading: '本期内容',
    sections: {
      participant: { id: 'participant', heading: '参加者简介', description: '三十位参加者之一，以及接待他的办公室。' },
      reflection: { id: 'reflection', heading: '参加者感想' },
      partners: { id: 'partners', heading: '参加者来自哪里', description: '五个内地城市，以及大湾区的内地城市。' },
    },
    teasers: teasers('zh-Hans', [
      { kicker: '人物', title: '在粤港澳大湾区发展办公室的三个月', lead: '来自深圳的王先生谈接待部门为他量身定制的工作计划。' },
      { kicker: '感想', title: '三个月，重新认识香港', lead: '从政府部门内部看科研、金融和公务员队伍。' },
      { kicker: '合作城市', title: '六个城市参与2024年计划', lead: '北京、上海、重庆、武汉、杭州和深圳。' },
    ]),
    previous: { title: '六个城市参与2024年计划', href: hrefs.partners },
    next: { title: '三个月，重新认识香港', href: hrefs.reflection },
  },
};
