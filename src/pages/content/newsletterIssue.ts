/**
 * Demo content for the page-structure components (Section, ContentsList, TeaserList, Pagination,
 * PageLayout) and the two reference pages: the article page and the issue index. The facts come
 * from shared/content/exchange-programme.md, retold in our own words in three languages; the
 * newsletter and its archive are plainly fictional.
 */
import type { Locale } from 'bauhinia-ui';
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
  /** The article page's sections, in order: the programme's facts, the participant, the reflection, the partner cities. */
  sections: { programme: DemoSection; participant: DemoSection; reflection: DemoSection; partners: DemoSection };
  /** The articles of the issue, the reference article first. */
  teasers: DemoTeaser[];
  /** More articles of the issue, for the issue page's list. */
  moreTeasers: DemoTeaser[];
  /** The notice on the issue page. */
  notice: { heading: string; text: string };
  /** The neighbours of the reference article, for previous / next links. */
  previous: { title: string; href: string };
  next: { title: string; href: string };
}

const hrefs = {
  feature: '/newsletter/2025-01/exchange-programme',
  profile: '/newsletter/2025-01/meet-a-participant',
  reflection: '/newsletter/2025-01/three-months-in-hong-kong',
  partners: '/newsletter/2025-01/partner-cities',
  research: '/newsletter/2025-01/a-third-research-cluster',
  hetao: '/newsletter/2025-01/hetao-hong-kong-park',
} as const;

const more = (texts: Array<Pick<DemoTeaser, 'kicker' | 'title' | 'lead'>>): DemoTeaser[] => [
  { ...texts[0]!, date: '2025-01-22', href: hrefs.research },
  { ...texts[1]!, date: '2025-01-29', href: hrefs.hetao },
];

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
      programme: { id: 'programme', heading: 'The programme at a glance' },
      participant: { id: 'participant', heading: 'Meet a participant', description: 'One of the thirty officials, and the office that hosted him.' },
      reflection: { id: 'reflection', heading: 'In his own words' },
      partners: { id: 'partners', heading: 'Where the participants came from', description: 'Five Mainland cities and the Mainland cities of the Greater Bay Area.' },
    },
    teasers: teasers('en', [
      { kicker: 'Profile', title: 'Three months in the Greater Bay Area Development Office', lead: 'Mr Terence Wang of Shenzhen on the work plan his host office shaped for him.' },
      { kicker: 'Reflection', title: 'Three months that changed how one visitor sees Hong Kong', lead: 'Research, finance and the civil service, seen from inside a bureau.' },
      { kicker: 'Partners', title: 'Fourteen Mainland cities took part in the 2024 programme', lead: 'Beijing, Shanghai, Chongqing, Wuhan and Hangzhou, and the nine Mainland cities of the Greater Bay Area.' },
    ]),
    moreTeasers: more([
      { kicker: 'Innovation', title: 'A third InnoHK research cluster, and a fund to match', lead: 'What the Policy Address proposes, and the HK$10 billion I&T Industry-Oriented Fund behind it.' },
      { kicker: 'Co-operation', title: 'Planning the Hong Kong Park of the Hetao zone', lead: 'A development outline for the Shenzhen-Hong Kong science and technology co-operation zone.' },
    ]),
    notice: {
      heading: 'About this newsletter',
      text: 'The Exchange Newsletter follows the Civil Service Exchange Programme: a new issue each month while the programme runs, and the archive of every earlier issue below.',
    },
    previous: { title: 'Fourteen Mainland cities took part in the 2024 programme', href: hrefs.partners },
    next: { title: 'Three months that changed how one visitor sees Hong Kong', href: hrefs.reflection },
  },
  'zh-Hant': {
    newsletter: '交流通訊',
    issueLine: '2025年第1期：2024年公務員交流計劃',
    articlesHeading: '本期內容',
    sections: {
      programme: { id: 'programme', heading: '計劃概覽' },
      participant: { id: 'participant', heading: '參加者簡介', description: '三十位參加者之一，以及接待他的辦公室。' },
      reflection: { id: 'reflection', heading: '參加者感想' },
      partners: { id: 'partners', heading: '參加者來自哪裏', description: '五個內地城市，以及大灣區的內地城市。' },
    },
    teasers: teasers('zh-Hant', [
      { kicker: '人物', title: '在粵港澳大灣區發展辦公室的三個月', lead: '來自深圳的王先生談接待部門為他度身訂造的工作計劃。' },
      { kicker: '感想', title: '三個月，重新認識香港', lead: '從政府部門內部看科研、金融和公務員隊伍。' },
      { kicker: '合作城市', title: '十四個內地城市參與2024年計劃', lead: '北京、上海、重慶、武漢、杭州，以及大灣區九個內地城市。' },
    ]),
    moreTeasers: more([
      { kicker: '創新科技', title: '第三個InnoHK研發平台', lead: '《施政報告》的建議，以及100億港元的「產業引導基金」。' },
      { kicker: '合作', title: '規劃河套深港科技創新合作區香港園區', lead: '香港園區的發展綱要。' },
    ]),
    notice: {
      heading: '關於本通訊',
      text: '《交流通訊》報道公務員交流計劃，計劃進行期間每月出版一期，以往各期載於下方。',
    },
    previous: { title: '十四個內地城市參與2024年計劃', href: hrefs.partners },
    next: { title: '三個月，重新認識香港', href: hrefs.reflection },
  },
  'zh-Hans': {
    newsletter: '交流通讯',
    issueLine: '2025年第1期：2024年公务员交流计划',
    articlesHeading: '本期内容',
    sections: {
      programme: { id: 'programme', heading: '计划概览' },
      participant: { id: 'participant', heading: '参加者简介', description: '三十位参加者之一，以及接待他的办公室。' },
      reflection: { id: 'reflection', heading: '参加者感想' },
      partners: { id: 'partners', heading: '参加者来自哪里', description: '五个内地城市，以及大湾区的内地城市。' },
    },
    teasers: teasers('zh-Hans', [
      { kicker: '人物', title: '在粤港澳大湾区发展办公室的三个月', lead: '来自深圳的王先生谈接待部门为他量身定制的工作计划。' },
      { kicker: '感想', title: '三个月，重新认识香港', lead: '从政府部门内部看科研、金融和公务员队伍。' },
      { kicker: '合作城市', title: '十四个内地城市参与2024年计划', lead: '北京、上海、重庆、武汉、杭州，以及大湾区九个内地城市。' },
    ]),
    moreTeasers: more([
      { kicker: '创新科技', title: '第三个InnoHK研发平台', lead: '《施政报告》的建议，以及100亿港元的“产业引导基金”。' },
      { kicker: '合作', title: '规划河套深港科技创新合作区香港园区', lead: '香港园区的发展纲要。' },
    ]),
    notice: {
      heading: '关于本通讯',
      text: '《交流通讯》报道公务员交流计划，计划进行期间每月出版一期，以往各期载于下方。',
    },
    previous: { title: '十四个内地城市参与2024年计划', href: hrefs.partners },
    next: { title: '三个月，重新认识香港', href: hrefs.reflection },
  },
};
