import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { fixtureProps } from '../../fixtures/fixture.js';
import { picture, pictureSize } from '../../fixtures/picture.js';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { sidewaysOverflow } from '../../../.storybook/reflow.js';
import { Callout } from '../Callout/Callout.js';
import { fixtures as calloutFixtures } from '../Callout/Callout.fixtures.js';
import { Figure } from '../Figure/Figure.js';
import { fixtures as figureFixtures } from '../Figure/Figure.fixtures.js';
import { QuoteBlock } from '../QuoteBlock/QuoteBlock.js';
import { fixtures as quoteFixtures } from '../QuoteBlock/QuoteBlock.fixtures.js';
import { SummaryList } from '../SummaryList/SummaryList.js';
import { fixtures as summaryFixtures } from '../SummaryList/SummaryList.fixtures.js';
import { Prose, type ProseProps } from './Prose.js';
import { fixtures } from './Prose.fixtures.js';

// A short article as a CMS would emit it, with every element Prose styles: markup a fixture, which
// holds text only, cannot carry. `id` keeps the footnote ids unique where several stories share a
// page (the docs page).

const cities = [
  { en: 'Beijing', hant: '北京', hans: '北京', kind: { en: 'Municipality', hant: '直轄市', hans: '直辖市' } },
  { en: 'Wuhan', hant: '武漢', hans: '武汉', kind: { en: 'Provincial capital', hant: '省會城市', hans: '省会城市' } },
  { en: 'Shenzhen', hant: '深圳', hans: '深圳', kind: { en: 'Greater Bay Area', hant: '大灣區', hans: '大湾区' } },
];

function citiesTable(locale: Locale, caption: string, headings: [string, string, string]) {
  const script = locale === 'zh-Hans' ? 'hans' : 'hant';
  const kind = locale === 'en' ? 'en' : script;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cities.map((city) => (
          <tr key={city.en}>
            <th scope="row">{locale === 'en' ? city.en : city[script]}</th>
            <td lang={locale === 'en' ? 'zh-Hant' : 'en'}>{locale === 'en' ? city.hant : city.en}</td>
            <td>{city.kind[kind]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The short article of the Default story: headings, inline text, lists, a quotation and a table. */
function shortArticle(locale: Locale, id: string): ReactNode {
  const note = `${id}-note-1`;
  const footnoteMark = (
    <sup>
      <a href={`#${note}`} id={`${note}-ref`} aria-describedby={`${id}-notes-label`}>
        1
      </a>
    </sup>
  );
  if (locale === 'en')
    return (
      <>
        <h2>A winter inside Hong Kong’s bureaux</h2>
        <p>
          From early December 2024, <strong>thirty Mainland civil servants</strong> joined bureaux and departments of the{' '}
          <abbr title="Hong Kong Special Administrative Region">HKSAR</abbr> Government under the{' '}
          <a href="/news/civil-service-exchange-2024">Civil Service Exchange Programme</a>.{footnoteMark} Each attachment lasted
          between four weeks and <em>three months</em>.
        </p>
        <ul>
          <li>Partners: Beijing, Shanghai, Chongqing, Wuhan and Hangzhou</li>
          <li>
            The Mainland cities of the Greater Bay Area, among them
            <ul>
              <li>Shenzhen, home of the participant hosted by the Constitutional and Mainland Affairs Bureau</li>
              <li>Guangzhou, Zhuhai and Foshan</li>
            </ul>
          </li>
        </ul>
        <h3>What he took home</h3>
        <blockquote>
          <p>Three months in the office changed how I see the city.</p>
        </blockquote>
        {citiesTable(locale, 'Where some participants came from', ['City', 'Chinese name', 'Kind of city'])}
        <p id={note}>
          <small>
            <span id={`${id}-notes-label`}>Note 1:</span> the programme also runs in other years; this article covers the 2024 round.
          </small>
        </p>
      </>
    );
  const hans = locale === 'zh-Hans';
  return (
    <>
      <h2>{hans ? '在香港政府部门度过的冬天' : '在香港政府部門度過的冬天'}</h2>
      <p>
        {hans ? '由2024年12月初起，' : '由2024年12月初起，'}
        <strong>{hans ? '三十位内地公务员' : '三十位內地公務員'}</strong>
        {hans ? '透过' : '透過'}
        <a href="/news/civil-service-exchange-2024">{hans ? '公务员交流计划' : '公務員交流計劃'}</a>
        {hans ? '，加入' : '，加入'}
        <abbr title={hans ? '香港特别行政区' : '香港特別行政區'}>{hans ? '特区' : '特區'}</abbr>
        {hans ? '政府的决策局及部门。' : '政府的決策局及部門。'}
        {footnoteMark}
        {hans ? '每段交流为期四周至' : '每段交流為期四星期至'}
        <em>{hans ? '三个月' : '三個月'}</em>。
      </p>
      <ul>
        <li>{hans ? '合作城市：北京、上海、重庆、武汉及杭州' : '合作城市：北京、上海、重慶、武漢及杭州'}</li>
        <li>
          {hans ? '大湾区内地城市，其中包括' : '大灣區內地城市，其中包括'}
          <ul>
            <li>{hans ? '深圳：政制及内地事务局接待的参加者来自这里' : '深圳：政制及內地事務局接待的參加者來自這裏'}</li>
            <li>{hans ? '广州、珠海及佛山' : '廣州、珠海及佛山'}</li>
          </ul>
        </li>
      </ul>
      <h3>{hans ? '他的体会' : '他的體會'}</h3>
      <blockquote>
        <p>{hans ? '在这里工作三个月，让我对这座城市有了新的认识。' : '在這裏工作三個月，令我對這座城市有了新的認識。'}</p>
      </blockquote>
      {citiesTable(locale, hans ? '部分参加者的来源城市' : '部分參加者的來源城市', hans ? ['城市', '英文名称', '类别'] : ['城市', '英文名稱', '類別'])}
      <p id={note}>
        <small>
          <span id={`${id}-notes-label`}>{hans ? '注1：' : '註1：'}</span>
          {hans ? '交流计划在其他年份亦有举办；本文讲述2024年的一轮。' : '交流計劃在其他年份亦有舉辦；本文講述2024年的一輪。'}
        </small>
      </p>
    </>
  );
}

/** Everything else Prose styles: an ordered list, a figure, a rule, code, an h4. */
function moreElements(locale: Locale): ReactNode {
  const hans = locale === 'zh-Hans';
  const t = (en: string, hant: string, hansText: string) => (locale === 'en' ? en : hans ? hansText : hant);
  return (
    <>
      <hr />
      <h3>{t('Three lessons', '三點體會', '三点体会')}</h3>
      <ol>
        <li>
          {t('Innovation and technology', '創新科技', '创新科技')}
          <ol>
            <li>{t('A third InnoHK research cluster', '第三個InnoHK研發平台', '第三个InnoHK研发平台')}</li>
            <li>{t('A HK$10 billion I&T Industry-Oriented Fund', '100億港元的產業引導基金', '100亿港元的产业引导基金')}</li>
          </ol>
        </li>
        <li>{t('Finance that serves the real economy', '服務實體經濟的金融業', '服务实体经济的金融业')}</li>
        <li>{t('A people-oriented civil service', '以人為本的公務員隊伍', '以人为本的公务员队伍')}</li>
      </ol>
      <figure>
        <img src={picture} {...pictureSize} alt={t('A harbour skyline under a pink sun, in a flat illustration.', '粉紅色太陽下的海港和高樓插畫。', '粉红色太阳下的海港和高楼插画。')} />
        <figcaption>{t('An illustration from the programme’s leaflet.', '交流計劃單張上的插畫。', '交流计划单张上的插画。')}</figcaption>
      </figure>
      <h4>{t('Reference numbers', '參考編號', '参考编号')}</h4>
      <p>
        {t('Quote the programme code ', '查詢時請提供計劃編號', '查询时请提供计划编号')}
        <code>CSEP-2024</code>
        {t(' when you write to the office.', '。', '。')}
      </p>
      <pre>
        <code>{'CSEP-2024  Beijing   4 weeks\nCSEP-2024  Shenzhen  3 months'}</code>
      </pre>
    </>
  );
}

const meta = {
  title: 'Components/Prose',
  component: Prose,
  tags: ['!autodocs'],
  args: { as: 'div' } as ProseProps,
  argTypes: {
    children: { control: false },
  },
  render: (args, { id }) => <Prose {...args}>{args.children ?? shortArticle(resolveLocale(args.locale), id)}</Prose>,
} satisfies Meta<typeof Prose>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A short article in the language of the toolbar: headings, links, lists, a quotation and a table. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole('heading', { level: 2 });
    const paragraph = canvasElement.querySelector('h2 + p')!;
    // More space above a heading than below it.
    const h3 = canvas.getByRole('heading', { level: 3 });
    await expect(parseFloat(getComputedStyle(h3).marginBlockStart)).toBeGreaterThan(parseFloat(getComputedStyle(paragraph).marginBlockStart));
    await expect(parseFloat(getComputedStyle(heading).fontSize)).toBeGreaterThan(parseFloat(getComputedStyle(paragraph).fontSize));
  },
};

/** Every selector of the loaded stylesheets that names Prose, split at its top-level commas. */
function proseSelectors(): string[] {
  const selectors: string[] = [];
  const split = (list: string) => {
    let depth = 0;
    let start = 0;
    [...list].forEach((char, index) => {
      if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
      else if (char === ',' && depth === 0) {
        selectors.push(list.slice(start, index).trim());
        start = index + 1;
      }
    });
    selectors.push(list.slice(start).trim());
  };
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule && rule.selectorText.includes('bh-prose')) split(rule.selectorText);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  return selectors;
}

/** Every element Prose styles, in English. */
export const AllElements: Story = {
  args: { locale: 'en', as: 'article' },
  render: (args, { id }) => (
    <Prose {...args}>
      {shortArticle('en', id)}
      {moreElements('en')}
    </Prose>
  ),
  play: async () => {
    // Every rule starts at the Prose root; element names only ever appear inside :where().
    const selectors = proseSelectors();
    await expect(selectors.length).toBeGreaterThan(30);
    for (const selector of selectors) {
      await expect(selector, selector).toMatch(/^\.bh-prose(\.bh-prose)?($|[\s>:])/);
      const outsideWhere = selector.replace(/:where\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g, '');
      await expect(outsideWhere, selector).not.toMatch(/(^|[\s>+~(,])[a-z][a-z0-9]*(?![\w-])(?![^(]*\))/);
    }
  },
};

export const AllElementsTraditionalChinese: Story = {
  args: { locale: 'zh-Hant', as: 'article' },
  render: (args, { id }) => (
    <Prose {...args}>
      {shortArticle('zh-Hant', id)}
      {moreElements('zh-Hant')}
    </Prose>
  ),
  play: async ({ canvasElement }) => {
    // Chinese emphasis: no slant, dots under the characters.
    const em = canvasElement.querySelector('em')!;
    await expect(getComputedStyle(em).fontStyle).toBe('normal');
    await expect(getComputedStyle(em).getPropertyValue('text-emphasis-style')).toMatch(/dot/);
    await expect(getComputedStyle(canvasElement.querySelector('p')!).letterSpacing).toMatch(/^(normal|0px)$/);
  },
};

export const AllElementsSimplifiedChinese: Story = {
  args: { locale: 'zh-Hans', as: 'article' },
  render: (args, { id }) => (
    <Prose {...args}>
      {shortArticle('zh-Hans', id)}
      {moreElements('zh-Hans')}
    </Prose>
  ),
};

/** Links look like the library's links: underlined, in the link colour. */
export const Links: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Civil Service Exchange Programme' });
    await expect(getComputedStyle(link).textDecorationLine).toBe('underline');
    link.focus();
    await expect(getComputedStyle(link).outlineStyle).toBe('solid');
  },
};

/** A wide table scrolls inside its own box; the page never scrolls sideways. */
export const WideTable: Story = {
  args: {
    locale: 'en',
    children: (
      <>
        <p>The nine Mainland cities of the Greater Bay Area, in three scripts:</p>
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a table wider than its column scrolls, and keyboard users must reach it to scroll (WCAG 2.1.1; axe scrollable-region-focusable) */}
        <table tabIndex={0}>
          <caption>Mainland cities of the Greater Bay Area</caption>
          <thead>
            <tr>
              {['English', 'Traditional Chinese', 'Simplified Chinese', 'Province', 'Region'].map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[
              ['Guangzhou', '廣州', '广州'],
              ['Shenzhen', '深圳', '深圳'],
              ['Zhuhai', '珠海', '珠海'],
              ['Foshan', '佛山', '佛山'],
              ['Huizhou', '惠州', '惠州'],
              ['Dongguan', '東莞', '东莞'],
              ['Zhongshan', '中山', '中山'],
              ['Jiangmen', '江門', '江门'],
              ['Zhaoqing', '肇慶', '肇庆'],
            ].map(([en, hant, hans]) => (
              <tr key={en}>
                <th scope="row">{en}</th>
                <td lang="zh-Hant">{hant}</td>
                <td lang="zh-Hans">{hans}</td>
                <td>Guangdong</td>
                <td>Greater Bay Area</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Hong Kong and Macao are the other two cities of the Greater Bay Area.</p>
      </>
    ),
  },
  parameters: { narrow: true },
  render: (args) => <Prose {...args} />,
  play: async ({ canvasElement }) => {
    await expect(sidewaysOverflow(canvasElement.querySelector('table')!)).toBeGreaterThan(0);
    await expect(within(canvasElement).getByRole('table', { name: 'Mainland cities of the Greater Bay Area' })).toBeInTheDocument();
  },
};

/** Long URLs, long words and long Chinese runs wrap inside the column. */
export const LongUnbrokenText: Story = {
  tags: ['edge-case', '!autodocs'],
  args: {
    locale: 'zh-Hant',
    children: (
      <>
        <h2>{'粵港澳大灣區發展辦公室'.repeat(4)}</h2>
        <p>{'政制及內地事務局粵港澳大灣區發展辦公室公務員交流計劃'.repeat(8)}</p>
        <p lang="en">
          See <a href={`https://www.example.gov.hk/en/${'civil-service-exchange-programme/'.repeat(6)}`}>{`https://www.example.gov.hk/en/${'civil-service-exchange-programme/'.repeat(6)}`}</a> and
          Pneumonoultramicroscopicsilicovolcanoconiosis{'Exchange'.repeat(6)}.
        </p>
        <pre>
          <code>{`https://www.example.gov.hk/${'very-long-path/'.repeat(8)}`}</code>
        </pre>
      </>
    ),
  },
};

// The paragraphs of the article fixture, with each component's own English fixture between them.
const [first, second, third] = fixtureProps(fixtures, 'article-en').children as ReactNode[];

/** Other components inside the text keep their own look; Prose only spaces them. */
export const WithComponents: Story = {
  args: {
    locale: 'en',
    as: 'article',
    children: (
      <>
        {first}
        <Figure {...fixtureProps(figureFixtures, 'photo-en')} />
        {second}
        <Callout {...fixtureProps(calloutFixtures, 'information-en')} />
        <QuoteBlock {...fixtureProps(quoteFixtures, 'pull-en')} />
        <SummaryList {...fixtureProps(summaryFixtures, 'programme-en')} />
        {third}
        <blockquote>
          <p>A plain quotation in the text.</p>
        </blockquote>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    const [quoteBlock, plain] = [...canvasElement.querySelectorAll('blockquote')];
    // The QuoteBlock's quotation is left alone; the plain one gets Prose's rule.
    await expect(getComputedStyle(quoteBlock!).borderInlineStartStyle).toBe('none');
    await expect(getComputedStyle(plain!).borderInlineStartStyle).toBe('solid');
    // The callout's own paragraphs keep the callout's rhythm, not Prose's.
    const [, second] = [...canvasElement.querySelectorAll('.bh-callout__body > p')];
    await expect(getComputedStyle(second!).marginBlockStart).toBe('12px');
    // Each component is spaced from the text like any block.
    const figure = canvasElement.querySelector('.bh-figure')!;
    await expect(parseFloat(getComputedStyle(figure).marginBlockStart)).toBeGreaterThan(0);
  },
};

/** A site's own CSS wins over Prose's element styles (here an attribute selector: stories use no class names but the library's). */
export const SiteStylesWin: Story = {
  args: {
    locale: 'en',
    children: (
      <>
        <style>{'[data-site-kicker] { color: var(--bh-color-text-accent); font-size: 1rem; }'}</style>
        <h2 data-site-kicker="">Highlights</h2>
        <p>The heading above takes the site’s own colour and size.</p>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { name: 'Highlights' });
    await expect(getComputedStyle(heading).fontSize).toBe('16px');
    await expect(getComputedStyle(heading).color).not.toBe(getComputedStyle(canvasElement.querySelector('p')!).color);
  },
};

/** `as="section"` with a name; `as="article"` for a whole article. */
export const AsSection: Story = {
  args: {
    locale: 'zh-Hans',
    as: 'section',
    'aria-labelledby': 'lessons-heading',
    children: (
      <>
        <h2 id="lessons-heading">三点体会</h2>
        <p>他总结了三点体会：香港的科研与创新实力、金融业如何更好地服务实体经济，以及以人为本的公务员队伍。</p>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: '三点体会' }).tagName).toBe('SECTION');
  },
};

/** Markup in text stays text. */
export const MarkupInText: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', children: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, img')).toBeNull();
  },
};

/** Nothing to show: nothing is rendered. */
export const Empty: Story = {
  tags: ['edge-case', '!autodocs'],
  args: { locale: 'en', children: ' ' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bh-prose')).toBeNull();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: AllElements.render,
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  render: AllElements.render,
};
