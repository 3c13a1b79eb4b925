// One CMS field with a right-to-left override pasted into it ("\u202eMr Chan") must not reorder the
// text around it: every field that sits beside other text is isolated (<bdi> or unicode-bidi:
// isolate). Read in Chromium from where each word is drawn, not from the DOM order.
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import {
  ArticleHighlight,
  Breadcrumbs,
  CityPartnerBadgeStrip,
  DownloadLink,
  Figure,
  LanguageSwitcher,
  Masthead,
  Pagination,
  ParticipantProfileCard,
  PreviousNext,
  QuoteBlock,
  SiteFooter,
  SummaryList,
} from '../../src/index.js';

afterEach(async () => {
  await cleanup();
});

const override = '\u202e';

interface Drawn {
  word: string;
  /** Where its first and last characters are drawn. */
  first: DOMRect;
  last: DOMRect;
}

/** Where each word is drawn: the rectangles of its first and last characters, from a Range. */
function drawn(root: Element, word: string): Drawn {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const rect = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    return { word, first: rect(at), last: rect(at + word.length - 1) };
  }
  throw new Error(`"${word}" is not in the rendered text`);
}

/**
 * The words read left to right as written: each one's first character left of its last, and each
 * word left of the next when they share a line (or on a later line).
 */
function expectReadingOrder(root: Element, words: string[]) {
  const positions = words.map((word) => drawn(root, word));
  for (const { word, first, last } of positions) expect(first.left, `"${word}" is drawn reversed`).toBeLessThan(last.left);
  positions.slice(1).forEach((next, i) => {
    const previous = positions[i]!;
    const sameLine = Math.abs(previous.first.top - next.first.top) < previous.first.height / 2;
    if (sameLine) expect(previous.last.right, `"${previous.word}" is drawn after "${next.word}"`).toBeLessThanOrEqual(next.first.left + 0.5);
    else expect(previous.first.top, `"${previous.word}" is drawn below "${next.word}"`).toBeLessThan(next.first.top);
  });
}

const cases: Array<[string, ReactElement, string[]]> = [
  [
    'QuoteBlock: a name before role, organisation and city',
    <QuoteBlock key="q" attribution={{ name: `${override}Mr Chan`, role: 'Exchange participant', organisation: 'Policy Office', city: 'Shenzhen' }}>
      A reflection.
    </QuoteBlock>,
    ['Exchange participant', 'Policy Office', 'Shenzhen'],
  ],
  [
    'QuoteBlock: a role between name and organisation',
    <QuoteBlock key="q2" attribution={{ name: 'Mr Chan', role: `${override}Exchange participant`, organisation: 'Policy Office', city: 'Shenzhen' }} cite="/source">
      A reflection.
    </QuoteBlock>,
    ['Mr Chan', 'Policy Office', 'Shenzhen', 'Source'],
  ],
  ['ParticipantProfileCard: a name after the honorific', <ParticipantProfileCard key="p" name={`${override}Terence Wang`} honorific="Mister" role="Participant" />, ['Mister']],
  ['ParticipantProfileCard: a Chinese name before the honorific', <ParticipantProfileCard key="p2" name={`${override}陳大文`} honorific="先生" />, ['先生']],
  [
    'CityPartnerBadgeStrip: a city name before its local name',
    <CityPartnerBadgeStrip key="c" partners={[{ name: `${override}Shenzhen`, localName: 'Local name' }, { name: 'Wuhan' }]} />,
    ['Local name', 'Wuhan'],
  ],
  [
    'CityPartnerBadgeStrip: a city name alone in its badge',
    <CityPartnerBadgeStrip key="c3" partners={[{ name: `${override}Shenzhen` }, { name: 'Wuhan' }, { name: 'Beijing' }]} />,
    ['Wuhan', 'Beijing'],
  ],
  [
    'CityPartnerBadgeStrip: a local name after the city name',
    <CityPartnerBadgeStrip key="c2" partners={[{ name: 'Shenzhen', localName: `${override}Local name`, current: true }, { name: 'Wuhan' }]} />,
    ['Shenzhen', 'Wuhan'],
  ],
  [
    'Breadcrumbs: one label among the others',
    <Breadcrumbs key="b" items={[{ label: 'Home', href: '/' }, { label: `${override}Newsletter`, href: '/n/' }, { label: 'Issue', href: '/i/' }, { label: 'Article' }]} />,
    ['Home', 'Issue', 'Article'],
  ],
  [
    'PreviousNext: a title after the direction',
    <PreviousNext key="pn" previous={{ href: '/a', title: `${override}Old news` }} next={{ href: '/b', title: 'New news' }} />,
    ['Previous article', 'Next article', 'New news'],
  ],
  [
    'Figure: a credit inside its label',
    <Figure key="f2" src="/a.png" alt="" caption={`${override}Harbour view`} credit={`${override}Chan Tai-man`} width={40} height={30} labels={{ credit: 'Photo by {credit} for the office' }} />,
    ['Photo by', 'for the office'],
  ],
  [
    'DownloadLink: a title before the file’s metadata',
    <DownloadLink key="d" href="/files/issue.pdf" size={1_234_567} pages={12}>
      {`${override}PDF version`}
    </DownloadLink>,
    ['MB', 'pages'],
  ],
  ['Figure: a credit after its label', <Figure key="f" src="/a.png" alt="" caption="Harbour" credit={`${override}Chan Tai-man`} width={40} height={30} />, ['Harbour', 'Photo']],
  [
    'Masthead: a title beside the navigation',
    <Masthead key="m" title={`${override}Exchange Office`} homeHref="/" navigation={[{ label: 'About us', href: '/a' }, { label: `${override}News`, href: '/n' }, { label: 'Contact', href: '/c' }]} />,
    ['About us', 'Contact'],
  ],
  [
    'SiteFooter: one link label among the others, and the copyright',
    <SiteFooter key="s" groups={[{ links: [{ label: 'Privacy', href: '/p' }, { label: `${override}Notices`, href: '/n' }, { label: 'Contact', href: '/c' }] }]} copyright="© 2025 Office" />,
    ['Privacy', 'Contact', 'Office'],
  ],
  [
    'LanguageSwitcher: one language name among the others',
    <LanguageSwitcher key="l" current="en" links={{ 'zh-Hant': '/tc/', 'zh-Hans': '/sc/' }} names={{ 'zh-Hant': `${override}Trad`, 'zh-Hans': 'Simp', en: 'English' }} />,
    ['Simp', 'English'],
  ],
  [
    'SummaryList: an action label beside the value',
    <SummaryList key="sl" rows={[{ label: 'Period', value: 'Winter', actions: [{ label: `${override}Change`, href: '/c' }, { label: 'View', href: '/v' }] }]} />,
    ['Period', 'Winter', 'View'],
  ],
  [
    'ArticleHighlight: a kicker above the title and lead',
    <ArticleHighlight key="a" kicker={`${override}Highlights`} title="Exchange title" lead="A lead sentence." date="2025-01-15" />,
    ['Exchange title', 'A lead sentence.', 'January'],
  ],
  ['Pagination: page labels around', <Pagination key="pg" pageCount={3} currentPage={2} hrefTemplate="/p/{page}" labels={{ previous: `${override}Back`, next: 'Forward' }} />, ['Forward']],
];

describe('a right-to-left override in one field leaves the others in order', () => {
  it.each(cases)('%s', async (_name, element, words) => {
    const screen = await render(<div style={{ inlineSize: '1200px' }}>{element}</div>);
    expectReadingOrder(screen.container, words);
  });

  it('notices reversed text (the check can fail)', async () => {
    const screen = await render(
      <p>
        {override}Alpha Bravo
      </p>,
    );
    expect(() => expectReadingOrder(screen.container, ['Alpha'])).toThrow(/reversed/);
  });
});
