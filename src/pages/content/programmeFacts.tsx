/** The programme's key facts, for the article page's SummaryList (and its stories). */
import type { Locale, SummaryListRow } from 'bauhinia-ui';

export const programmeFacts: Record<Locale, SummaryListRow[]> = {
  en: [
    {
      label: 'Programme period',
      value: (
        <>
          From <time dateTime="2024-12">December 2024</time> to <time dateTime="2025-03">March 2025</time>
        </>
      ),
    },
    { label: 'Duration', value: 'Four weeks to three months per attachment' },
    { label: 'Participants', value: 'Thirty Mainland civil servants' },
    { label: 'Host office', value: 'Greater Bay Area Development Office, Constitutional and Mainland Affairs Bureau' },
    { label: 'Partner cities', value: 'Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area' },
  ],
  'zh-Hant': [
    {
      label: '交流期間',
      value: (
        <>
          <time dateTime="2024-12">2024年12月</time>至<time dateTime="2025-03">2025年3月</time>
        </>
      ),
    },
    { label: '為期', value: '每段四星期至三個月' },
    { label: '參加人數', value: '三十位內地公務員' },
    { label: '接待部門', value: '政制及內地事務局粵港澳大灣區發展辦公室' },
    { label: '合作城市', value: '北京、上海、重慶、武漢、杭州及大灣區內地城市' },
  ],
  'zh-Hans': [
    {
      label: '交流期间',
      value: (
        <>
          <time dateTime="2024-12">2024年12月</time>至<time dateTime="2025-03">2025年3月</time>
        </>
      ),
    },
    { label: '为期', value: '每段四周至三个月' },
    { label: '参加人数', value: '三十位内地公务员' },
    { label: '接待部门', value: '政制及内地事务局粤港澳大湾区发展办公室' },
    { label: '合作城市', value: '北京、上海、重庆、武汉、杭州及大湾区内地城市' },
  ],
};

