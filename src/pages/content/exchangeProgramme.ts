/**
 * Demo content for the pages, stories, docs, tests and benchmarks: the reference newsletter feature
 * about the 2024 Civil Service Exchange Programme, retold in our own words in three languages.
 * Facts only come from shared/content/exchange-programme.md.
 */
import type { Locale } from 'bauhinia-ui';

export interface DemoPartner {
  name: string;
  localName?: string;
  region?: string;
  current?: boolean;
  href?: string;
}

export interface DemoContent {
  article: { kicker: string; title: string; lead: string; body: string[]; date: string; imageAlt: string; imageCaption: string };
  reflection: { excerpt: string; paragraphs: string[] };
  /** ParticipantProfileCard props, plus the short bio for its children. */
  participant: {
    name: string;
    honorific?: string;
    localName?: string;
    localNameLang?: string;
    role: string;
    homeCity: string;
    homeOrganisation: string;
    hostOrganisation: string;
    bio: string;
  };
  attribution: { name: string; role: string; organisation: string; city: string };
  partnersLabel: string;
  partners: DemoPartner[];
}

export const programmePeriod = { start: '2024-12-02', end: '2025-03-01' } as const;
export const articleDate = '2025-01-15';

const greaterBayArea = { en: 'Greater Bay Area', 'zh-Hant': '大灣區', 'zh-Hans': '大湾区' } as const;
const mainland = { en: 'Municipalities and provincial capitals', 'zh-Hant': '直轄市及省會城市', 'zh-Hans': '直辖市及省会城市' } as const;

const cities: Array<{ en: string; hant: string; hans: string; gba?: boolean; current?: boolean }> = [
  { en: 'Beijing', hant: '北京', hans: '北京' },
  { en: 'Shanghai', hant: '上海', hans: '上海' },
  { en: 'Chongqing', hant: '重慶', hans: '重庆' },
  { en: 'Wuhan', hant: '武漢', hans: '武汉' },
  { en: 'Hangzhou', hant: '杭州', hans: '杭州' },
  { en: 'Shenzhen', hant: '深圳', hans: '深圳', gba: true, current: true },
];

function partnersIn(locale: Locale): DemoPartner[] {
  return cities.map((city) => {
    const name = locale === 'en' ? city.en : locale === 'zh-Hant' ? city.hant : city.hans;
    const localName = locale === 'en' ? city.hant : undefined;
    return {
      name,
      ...(localName ? { localName } : {}),
      region: city.gba ? greaterBayArea[locale] : mainland[locale],
      ...(city.current ? { current: true } : {}),
    };
  });
}

// Every partner of the programme: five municipalities and provincial capitals, and the nine
// Mainland cities of the Greater Bay Area (Shenzhen, the participant's home, marked current).
const greaterBayAreaCities: Array<{ en: string; hant: string; hans: string }> = [
  { en: 'Guangzhou', hant: '廣州', hans: '广州' },
  { en: 'Shenzhen', hant: '深圳', hans: '深圳' },
  { en: 'Zhuhai', hant: '珠海', hans: '珠海' },
  { en: 'Foshan', hant: '佛山', hans: '佛山' },
  { en: 'Huizhou', hant: '惠州', hans: '惠州' },
  { en: 'Dongguan', hant: '東莞', hans: '东莞' },
  { en: 'Zhongshan', hant: '中山', hans: '中山' },
  { en: 'Jiangmen', hant: '江門', hans: '江门' },
  { en: 'Zhaoqing', hant: '肇慶', hans: '肇庆' },
];

/** All fourteen partner cities of the 2024 programme, grouped by region, for the article page. */
export function programmePartners(locale: Locale): DemoPartner[] {
  const capitals = partnersIn(locale).filter((partner) => partner.region === mainland[locale]);
  const bayArea = greaterBayAreaCities.map((city) => ({
    name: locale === 'en' ? city.en : locale === 'zh-Hant' ? city.hant : city.hans,
    ...(locale === 'en' ? { localName: city.hant } : {}),
    region: greaterBayArea[locale],
    ...(city.en === 'Shenzhen' ? { current: true } : {}),
  }));
  return [...capitals, ...bayArea];
}

export const exchangeProgramme: Record<Locale, DemoContent> = {
  en: {
    article: {
      kicker: 'Highlights',
      title: 'Thirty Mainland civil servants spend a winter inside Hong Kong’s bureaux',
      lead: 'The 2024 Civil Service Exchange Programme placed officials from five Mainland cities and the Greater Bay Area in HKSAR Government offices for up to three months.',
      body: [
        'From early December 2024, thirty civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area joined bureaux and departments across the HKSAR Government.',
        'Each attachment ran for between four weeks and three months. The Constitutional and Mainland Affairs Bureau hosted a participant from Shenzhen in its Greater Bay Area Development Office.',
      ],
      date: articleDate,
      imageAlt: 'Exchange participants and their Hong Kong hosts stand together on the steps of a government building.',
      imageCaption: 'Participants with their host colleagues during a duty visit.',
    },
    reflection: {
      excerpt: 'I had worked with Hong Kong colleagues before, but living and working here for three months changed how I see the city.',
      paragraphs: [
        'I had worked with Hong Kong colleagues before, but living and working here for three months changed how I see the city.',
        'Innovation and technology stood out first. Hong Kong has several universities ranked among the world’s top hundred, deep strength in basic research and a pool of international talent. The Policy Address adds a third InnoHK research cluster and a HK$10 billion I&T Industry-Oriented Fund, and the Science and Technology Parks have already incubated twelve unicorns.',
        'Finance was the second lesson. Like New York and London, Hong Kong is an international financial centre that has lived through deindustrialisation. Scholars and legislators here study the “Wimbledon Effect” so that the sector puts down local roots and serves technology and the real economy.',
        'Last, the civil service itself: rigorous, efficient, professional and focused on people. I saw it in every duty visit and group photo the programme arranged, and in a work plan my host office shaped around me.',
      ],
    },
    participant: {
      name: 'Terence Wang',
      honorific: 'Mr',
      role: 'Exchange participant',
      homeCity: 'Shenzhen',
      homeOrganisation: 'Shenzhen municipal civil service',
      hostOrganisation: 'Guangdong-Hong Kong-Macao Greater Bay Area Development Office, Constitutional and Mainland Affairs Bureau',
      bio: 'Spent three months with the Greater Bay Area Development Office, comparing how Hong Kong and Shenzhen turn research into industry.',
    },
    attribution: { name: 'Mr Terence Wang', role: 'Exchange participant', organisation: 'Greater Bay Area Development Office', city: 'Shenzhen' },
    partnersLabel: 'Partner cities of the 2024 programme',
    partners: partnersIn('en'),
  },
  'zh-Hant': {
    article: {
      kicker: '精選',
      title: '三十位內地公務員在香港政府部門度過一個冬天',
      lead: '2024年公務員交流計劃安排來自五個內地城市及大灣區的公務員，到香港特區政府辦公室工作最長三個月。',
      body: [
        '由2024年12月初起，三十位來自北京、上海、重慶、武漢、杭州及大灣區內地城市的公務員，先後加入特區政府不同的決策局及部門。',
        '每段交流為期四星期至三個月。政制及內地事務局轄下的粵港澳大灣區發展辦公室接待了一位來自深圳的參加者。',
      ],
      date: articleDate,
      imageAlt: '交流計劃參加者與香港同事在政府大樓前的梯級上合照。',
      imageCaption: '參加者在職務探訪期間與接待部門同事合照。',
    },
    reflection: {
      excerpt: '我以往也曾與香港同事合作，但在這裏生活和工作三個月，令我對這座城市有了新的認識。',
      paragraphs: [
        '我以往也曾與香港同事合作，但在這裏生活和工作三個月，令我對這座城市有了新的認識。',
        '首先是創新科技。香港有多所大學躋身世界百強，基礎研究實力雄厚，亦匯聚國際人才。《施政報告》提出設立第三個InnoHK研發平台及100億港元的「產業引導基金」，科學園至今亦已培育出十二家獨角獸企業。',
        '其次是金融。香港與紐約、倫敦一樣，是經歷過去工業化的國際金融中心。這裏的學者和議員都在研究「溫布頓效應」，希望金融業紮根本地，服務科技和實體經濟。',
        '最後是公務員隊伍本身：嚴謹、高效、專業，並以人為本。從計劃安排的每次職務探訪和合照，到接待部門為我度身訂造的工作計劃，都能看到這一點。',
      ],
    },
    participant: {
      name: '王先生',
      localName: 'Terence Wang',
      localNameLang: 'en',
      role: '交流計劃參加者',
      homeCity: '深圳',
      homeOrganisation: '深圳市公務員',
      hostOrganisation: '政制及內地事務局粵港澳大灣區發展辦公室',
      bio: '在粵港澳大灣區發展辦公室工作三個月，比較香港與深圳如何把科研成果轉化為產業。',
    },
    attribution: { name: '王先生', role: '交流計劃參加者', organisation: '粵港澳大灣區發展辦公室', city: '深圳' },
    partnersLabel: '2024年計劃的合作城市',
    partners: partnersIn('zh-Hant'),
  },
  'zh-Hans': {
    article: {
      kicker: '精选',
      title: '三十位内地公务员在香港政府部门度过一个冬天',
      lead: '2024年公务员交流计划安排来自五个内地城市及大湾区的公务员，到香港特区政府办公室工作最长三个月。',
      body: [
        '由2024年12月初起，三十位来自北京、上海、重庆、武汉、杭州及大湾区内地城市的公务员，先后加入特区政府不同的决策局及部门。',
        '每段交流为期四周至三个月。政制及内地事务局辖下的粤港澳大湾区发展办公室接待了一位来自深圳的参加者。',
      ],
      date: articleDate,
      imageAlt: '交流计划参加者与香港同事在政府大楼前的台阶上合照。',
      imageCaption: '参加者在职务探访期间与接待部门同事合照。',
    },
    reflection: {
      excerpt: '我以往也曾与香港同事合作，但在这里生活和工作三个月，让我对这座城市有了新的认识。',
      paragraphs: [
        '我以往也曾与香港同事合作，但在这里生活和工作三个月，让我对这座城市有了新的认识。',
        '首先是创新科技。香港有多所大学跻身世界百强，基础研究实力雄厚，也汇聚国际人才。《施政报告》提出设立第三个InnoHK研发平台及100亿港元的“产业引导基金”，科学园至今也已培育出十二家独角兽企业。',
        '其次是金融。香港与纽约、伦敦一样，是经历过去工业化的国际金融中心。这里的学者和议员都在研究“温布尔登效应”，希望金融业扎根本地，服务科技和实体经济。',
        '最后是公务员队伍本身：严谨、高效、专业，并以人为本。从计划安排的每次职务探访和合照，到接待部门为我量身定制的工作计划，都能看到这一点。',
      ],
    },
    participant: {
      name: '王先生',
      localName: 'Terence Wang',
      localNameLang: 'en',
      role: '交流计划参加者',
      homeCity: '深圳',
      homeOrganisation: '深圳市公务员',
      hostOrganisation: '政制及内地事务局粤港澳大湾区发展办公室',
      bio: '在粤港澳大湾区发展办公室工作三个月，比较香港与深圳如何把科研成果转化为产业。',
    },
    attribution: { name: '王先生', role: '交流计划参加者', organisation: '粤港澳大湾区发展办公室', city: '深圳' },
    partnersLabel: '2024年计划的合作城市',
    partners: partnersIn('zh-Hans'),
  },
};

/** A small inline image (SVG data URL) so stories and tests need no network or binary assets. */
export const demoImageSrc =
  'data:image/svg+xml;charset=utf-8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#dcebf2"/><path d="M0 520 L300 380 L520 470 L780 300 L1200 460 L1200 675 L0 675Z" fill="#1a6f93"/><path d="M0 600 L420 500 L760 560 L1200 520 L1200 675 L0 675Z" fill="#0b4f6c"/><circle cx="960" cy="160" r="70" fill="#f39bbd"/></svg>',
  );

/** The demo image's own size, for `width` and `height`: its box is reserved before it loads. */
export const demoImageSize = { width: 1200, height: 675 } as const;
