/** The article's "Questions about the programme": facts from the programme, in our own words. */
import type { Locale } from 'bauhinia-ui';

export interface DemoQuestions {
  id: string;
  heading: string;
  questions: { heading: string; content: string[] }[];
}

export const programmeQuestions: Record<Locale, DemoQuestions> = {
  en: {
    id: 'questions',
    heading: 'Questions about the programme',
    questions: [
      { heading: 'Who takes part?', content: ['Civil servants from Beijing, Shanghai, Chongqing, Wuhan and Hangzhou, and from the Mainland cities of the Greater Bay Area.'] },
      { heading: 'How long does an attachment last?', content: ['Between four weeks and three months. The 2024 attachments began in early December.'] },
      { heading: 'Where do participants work?', content: ['In HKSAR Government bureaux and departments, each with a work plan made for them by the host office.'] },
    ],
  },
  'zh-Hant': {
    id: 'questions',
    heading: '有關交流計劃的問題',
    questions: [
      { heading: '哪些人參加？', content: ['來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員。'] },
      { heading: '每段交流為期多久？', content: ['由四星期至三個月不等。2024年的交流由12月初開始。'] },
      { heading: '參加者在哪裏工作？', content: ['在香港特區政府的決策局及部門，接待部門會為每位參加者訂定工作計劃。'] },
    ],
  },
  'zh-Hans': {
    id: 'questions',
    heading: '有关交流计划的问题',
    questions: [
      { heading: '哪些人参加？', content: ['来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员。'] },
      { heading: '每段交流为期多久？', content: ['由四周至三个月不等。2024年的交流由12月初开始。'] },
      { heading: '参加者在哪里工作？', content: ['在香港特区政府的决策局及部门，接待部门会为每位参加者订定工作计划。'] },
    ],
  },
};
