/**
 * The demo site's notices: a service notice of the fictional office, and its bad-weather
 * arrangements while a No. 8 signal or the Black Rainstorm Warning Signal is in force. Plainly demo
 * values: the office, its services and the times are made up.
 */
import type { Locale } from 'bauhinia-ui';
import { languagePaths } from './site.js';

export interface DemoNotices {
  /** The page describing the office's arrangements in bad weather, which weather notices link to. */
  arrangementsHref: string;
  /** The issue page's service notice. */
  maintenance: { heading: string; text: string; href: string };
  /** What a No. 8 signal means for the office's services. */
  signal8: string;
  /** What the Black Rainstorm Warning Signal means for them. */
  blackRainstorm: string;
  /** The arrangements page: its title, and what it says. */
  arrangementsPage: { title: string; paragraphs: string[] };
}

const notice = (locale: Locale, texts: Omit<DemoNotices, 'arrangementsHref' | 'maintenance'> & { maintenance: Omit<DemoNotices['maintenance'], 'href'> }): DemoNotices => ({
  ...texts,
  arrangementsHref: `${languagePaths[locale]}/arrangements/`,
  maintenance: { ...texts.maintenance, href: `${languagePaths[locale]}/notices/maintenance/` },
});

export const notices: Record<Locale, DemoNotices> = {
  en: notice('en', {
    maintenance: { heading: 'Online forms unavailable on Sunday 2 February 2025, 8 am to 10 am', text: 'We are upgrading the forms. Please submit your application before or after these hours.' },
    signal8: 'Our counters are closed while the signal is in force. Online services remain open.',
    blackRainstorm: 'Our counters are closed. Appointments today will be rearranged; we will contact you.',
    arrangementsPage: {
      title: 'Special arrangements in bad weather',
      paragraphs: [
        'Our counters close while Tropical Cyclone Warning Signal No. 8 or above, or the Black Rainstorm Warning Signal, is in force.',
        'They reopen two hours after the signal is cancelled, if it is cancelled before 3 pm on a working day.',
        'Our online services stay open throughout. Appointments missed because of the weather are rearranged: we will contact you.',
      ],
    },
  }),
  'zh-Hant': notice('zh-Hant', {
    maintenance: { heading: '2025年2月2日（星期日）上午8時至10時暫停網上表格服務', text: '我們正在更新網上表格，請於上述時間以外遞交申請。' },
    signal8: '信號生效期間，本處櫃位暫停服務，網上服務照常運作。',
    blackRainstorm: '本處櫃位暫停服務。今日的預約將會另行安排，我們會與你聯絡。',
    arrangementsPage: {
      title: '惡劣天氣下的特別安排',
      paragraphs: [
        '八號或以上熱帶氣旋警告信號或黑色暴雨警告信號生效期間，本處櫃位暫停服務。',
        '如信號在工作日下午3時前取消，櫃位會在取消後兩小時內恢復服務。',
        '網上服務照常運作。因天氣而未能出席的預約將會另行安排，我們會與你聯絡。',
      ],
    },
  }),
  'zh-Hans': notice('zh-Hans', {
    maintenance: { heading: '2025年2月2日（星期日）上午8时至10时暂停网上表格服务', text: '我们正在更新网上表格，请于上述时间以外递交申请。' },
    signal8: '信号生效期间，本处柜位暂停服务，网上服务照常运作。',
    blackRainstorm: '本处柜位暂停服务。今日的预约将会另行安排，我们会与你联络。',
    arrangementsPage: {
      title: '恶劣天气下的特别安排',
      paragraphs: [
        '八号或以上热带气旋警告信号或黑色暴雨警告信号生效期间，本处柜位暂停服务。',
        '如信号在工作日下午3时前取消，柜位会在取消后两小时内恢复服务。',
        '网上服务照常运作。因天气而未能出席的预约将会另行安排，我们会与你联络。',
      ],
    },
  }),
};
