import { createRef } from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureProps } from '../../fixtures/fixture.js';
import { CityPartnerBadgeStrip, type CityPartner } from './index.js';
import { fixtures } from './CityPartnerBadgeStrip.fixtures.js';
import { dataImageUrl, unsafeUrls } from '../../../tests/support/unsafeUrls.js';

const en = fixtureProps(fixtures, 'partners-en');
const hant = fixtureProps(fixtures, 'partners-zh-hant');
const hans = fixtureProps(fixtures, 'partners-zh-hans');

function warnSpy() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('CityPartnerBadgeStrip: semantics', () => {
  it('renders one labelled list with a list item per partner', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} />);
    const list = screen.getByRole('list', { name: 'Partner cities' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    expect(list.tagName).toBe('UL');
  });

  it('uses the label prop as the accessible name', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} label={en.label} />);
    expect(screen.getByRole('list', { name: 'Partner cities of the 2024 programme' })).toBeInTheDocument();
  });

  it('shows the local name beside the name, with its own lang', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} />);
    const item = screen.getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent('Beijing 北京');
    expect(within(item).getByText('北京')).toHaveAttribute('lang', 'zh-Hant');
  });

  it('marks the current partner with aria-current and hidden text, not by colour alone', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} />);
    const items = screen.getAllByRole('listitem');
    const shenzhen = items[5]!;
    expect(shenzhen).toHaveAttribute('aria-current', 'true');
    expect(shenzhen).toHaveTextContent('Shenzhen 深圳 Current partner');
    expect(shenzhen.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    for (const other of items.slice(0, 5)) {
      expect(other).not.toHaveAttribute('aria-current');
      expect(other).not.toHaveTextContent('Current partner');
      expect(other.querySelector('svg')).toBeNull();
    }
  });

  it('renders links when href is given, with aria-current on the link', () => {
    const partners: CityPartner[] = [
      { name: 'Shenzhen', localName: '深圳', href: 'https://www.sz.gov.cn/', current: true },
      { name: 'Beijing', href: '/partners/beijing' },
      { name: 'Wuhan' },
    ];
    render(<CityPartnerBadgeStrip partners={partners} />);
    const current = screen.getByRole('link', { name: 'Shenzhen 深圳 Current partner' });
    expect(current).toHaveAttribute('href', 'https://www.sz.gov.cn/');
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current.closest('li')).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Beijing' })).not.toHaveAttribute('aria-current');
    expect(screen.queryByRole('link', { name: 'Wuhan' })).toBeNull();
    expect(screen.getByText('Wuhan')).toBeInTheDocument();
  });

  it('trims names and keeps their order', () => {
    render(<CityPartnerBadgeStrip partners={[{ name: ' Beijing ', current: true }, { name: 'Wuhan', region: ' ' }]} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Beijing Current partner', 'Wuhan']);
  });

  it('keeps duplicate names', () => {
    render(<CityPartnerBadgeStrip partners={[{ name: 'Shenzhen' }, { name: 'Shenzhen' }]} />);
    expect(screen.getAllByText('Shenzhen')).toHaveLength(2);
  });
});

describe('CityPartnerBadgeStrip: grouping by region', () => {
  it('renders one labelled list per region, in first-appearance order, inside a labelled group', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} groupByRegion label={en.label} />);
    const root = screen.getByRole('group', { name: en.label });
    const lists = within(root).getAllByRole('list');
    expect(lists).toHaveLength(2);
    expect(lists[0]).toHaveAccessibleName('Municipalities and provincial capitals');
    expect(lists[1]).toHaveAccessibleName('Greater Bay Area');
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(5);
    expect(within(lists[1]!).getByRole('listitem')).toHaveAttribute('aria-current', 'true');
    // Labels are visible text, not headings, unless headingLevel is set.
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('Greater Bay Area')).toBeVisible();
  });

  it('groups in first-appearance order with region-less partners last', () => {
    const partners: CityPartner[] = [{ name: 'A' }, { name: 'B', region: 'East' }, { name: 'C', region: 'West' }, { name: 'D', region: 'East' }];
    render(<CityPartnerBadgeStrip partners={partners} groupByRegion />);
    const lists = screen.getAllByRole('list');
    expect(lists.map((list) => [list.textContent, list.getAttribute('aria-label')])).toEqual([
      ['BD', 'East'],
      ['C', 'West'],
      ['A', 'Other partners'],
    ]);
  });

  it('puts partners without a region last under the "other" label', () => {
    const partners: CityPartner[] = [{ name: 'Macao' }, { name: 'Guangzhou', region: 'Greater Bay Area' }, { name: 'Taipei', region: '' }];
    render(<CityPartnerBadgeStrip partners={partners} groupByRegion />);
    const lists = screen.getAllByRole('list');
    expect(lists.map((l) => l.textContent)).toEqual(['Guangzhou', 'MacaoTaipei']);
    expect(lists[1]).toHaveAccessibleName('Other partners');
  });

  it('renders group headings at the given level', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} groupByRegion headingLevel={4} />);
    const headings = screen.getAllByRole('heading', { level: 4 });
    expect(headings.map((h) => h.textContent)).toEqual(['Municipalities and provincial capitals', 'Greater Bay Area']);
    expect(screen.getByRole('list', { name: 'Greater Bay Area' })).toBeInTheDocument();
  });

  it('falls back to level 3 for an invalid heading level from JS', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} groupByRegion headingLevel={9 as never} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('renders a single list when no partner has a region', () => {
    render(<CityPartnerBadgeStrip partners={[{ name: 'Beijing' }, { name: 'Shanghai' }]} groupByRegion />);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('list', { name: 'Partner cities' })).toBeInTheDocument();
  });

  it('names each group list with the visible text of its group label', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} groupByRegion headingLevel={3} />);
    const labels = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(screen.getAllByRole('list').map((list) => list.getAttribute('aria-label'))).toEqual(labels);
  });
});

describe('CityPartnerBadgeStrip: locales', () => {
  it('uses Traditional Chinese labels and lang', () => {
    render(<CityPartnerBadgeStrip partners={hant.partners} locale="zh-Hant" groupByRegion />);
    const root = screen.getByRole('group', { name: '合作城市' });
    expect(root).toHaveAttribute('lang', 'zh-Hant');
    expect(screen.getByRole('list', { name: '大灣區' })).toBeInTheDocument();
    expect(screen.getByText('本期合作城市')).toBeInTheDocument();
  });

  it('uses Simplified Chinese labels, and zh-Hans for Han local names', () => {
    const partners: CityPartner[] = [...hans.partners, { name: 'Macao', localName: '澳门', region: '' }];
    render(<CityPartnerBadgeStrip partners={partners} locale="zh-CN" groupByRegion />);
    expect(screen.getByRole('group', { name: '合作城市' })).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('list', { name: '其他合作地区' })).toBeInTheDocument();
    expect(screen.getByText('澳门')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('本期合作城市')).toBeInTheDocument();
  });

  it('uses English labels without a locale', () => {
    render(<CityPartnerBadgeStrip partners={en.partners} />);
    expect(screen.getByRole('list', { name: 'Partner cities' })).toBeInTheDocument();
  });

  it('marks a Latin local name as English and respects an explicit localNameLang', () => {
    render(
      <CityPartnerBadgeStrip
        locale="zh-Hant"
        partners={[
          { name: '深圳', localName: 'Shenzhen' },
          { name: '澳門', localName: 'Macau', localNameLang: 'pt' },
          { name: '大阪', localName: 'おおさか' },
          { name: '首爾', localName: 'Seoul', localNameLang: 'not a tag!' },
        ]}
      />,
    );
    expect(screen.getByText('Shenzhen')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Macau')).toHaveAttribute('lang', 'pt');
    expect(screen.getByText('おおさか')).not.toHaveAttribute('lang');
    expect(screen.getByText('Seoul')).toHaveAttribute('lang', 'en');
  });

  it.each([
    ['深圳', undefined, 'en', 'zh-Hant'],
    ['深圳', undefined, 'zh-Hant', 'zh-Hant'],
    ['深圳', undefined, 'zh-Hans', 'zh-Hans'],
    ['São Paulo', undefined, 'zh-Hant', 'en'],
    ['서울', undefined, 'en', null],
    ['2025', undefined, 'en', null],
    ['Macau', 'pt-MO', 'zh-Hant', 'pt-MO'],
    ['Macau', ' zh-hk ', 'en', 'zh-HK'],
    ['深圳', 'bogus tag', 'en', 'zh-Hant'],
  ])('marks the local name %j (localNameLang %j, locale %s) as lang %j', (localName, localNameLang, locale, lang) => {
    render(<CityPartnerBadgeStrip locale={locale} partners={[{ name: 'City', localName, localNameLang }]} />);
    expect(screen.getByText(localName).getAttribute('lang')).toBe(lang);
  });

  it('lets labels and label override the built-in text', () => {
    render(
      <CityPartnerBadgeStrip
        partners={en.partners}
        groupByRegion
        labels={{ label: 'Cities we work with', current: 'This year', otherRegion: 'Elsewhere' }}
      />,
    );
    expect(screen.getByRole('group', { name: 'Cities we work with' })).toBeInTheDocument();
    expect(screen.getByText('This year')).toBeInTheDocument();
    render(<CityPartnerBadgeStrip partners={en.partners} label="Explicit" labels={{ label: 'Ignored' }} />);
    expect(screen.getByRole('list', { name: 'Explicit' })).toBeInTheDocument();
  });
});

describe('CityPartnerBadgeStrip: URLs', () => {
  const unsafe = [...unsafeUrls, dataImageUrl];

  it.each(unsafe)('drops %j and renders a plain badge', (href) => {
    const warn = warnSpy();
    render(<CityPartnerBadgeStrip partners={[{ name: `City ${href.length}`, href, current: true }]} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('listitem')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('listitem')).toHaveTextContent(`City ${href.length}`);
    warn.mockRestore();
  });

  it('warns naming the prop whose href was dropped', () => {
    const warn = warnSpy();
    // A scheme no other test uses: each warning is shown once.
    render(<CityPartnerBadgeStrip partners={[{ name: 'A' }, { name: 'Drop', href: 'drop-test:void(0)' }]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/CityPartnerBadgeStrip.*`partners\[\]\.href`.*drop-test:/));
    warn.mockRestore();
  });

  it('keeps http(s), mailto, tel and relative links', () => {
    const hrefs = ['https://example.org/a', 'http://example.org/b', 'mailto:exchange@example.org', 'tel:+85212345678', '/partners', '#shenzhen'];
    render(<CityPartnerBadgeStrip partners={hrefs.map((href, i) => ({ name: `City ${i}`, href }))} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(hrefs);
  });
});

describe('CityPartnerBadgeStrip: bad input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'Shenzhen'],
    ['an object', { name: 'Shenzhen' }],
    ['an empty array', []],
    ['only unusable entries', [null, 42, 'x', {}, { name: '' }, { name: '   ' }, { name: null }, { name: { en: 'x' } }]],
  ])('renders nothing and warns for %s', (_, partners) => {
    const warn = warnSpy();
    const { container } = render(<CityPartnerBadgeStrip partners={partners as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rendered nothing'));
    warn.mockRestore();
  });

  it('skips invalid entries, renders the valid ones and warns', () => {
    const warn = warnSpy();
    const partners = [null, { name: 'Beijing' }, { localName: '上海' }, 7, { name: 2025, region: 12, current: 'yes', localName: {} }];
    render(<CityPartnerBadgeStrip partners={partners as never} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Beijing', '2025']);
    expect(items[1]).not.toHaveAttribute('aria-current');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped 3'));
    warn.mockRestore();
  });

  it('survives wrong-typed props', () => {
    const warn = warnSpy();
    render(
      <CityPartnerBadgeStrip
        partners={[{ name: 'Wuhan', href: 42 as never, region: 'Central' }]}
        label={123 as never}
        locale={{} as never}
        labels={{ current: null as never }}
        groupByRegion={'yes' as never}
        headingLevel={'2' as never}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Central' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '123' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    warn.mockRestore();
  });

  it('renders 10,000-character names and many partners', () => {
    const longName = 'Llanfair'.repeat(1250);
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `City ${i + 1}` }));
    render(<CityPartnerBadgeStrip partners={[{ name: longName, localName: '長'.repeat(10_000), current: true }, ...many]} />);
    expect(screen.getByText(longName)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(31);
  });
});

describe('CityPartnerBadgeStrip: root', () => {
  it('is the group of lists when grouped, and the ref reaches it', () => {
    const ref = createRef<HTMLElement>();
    render(<CityPartnerBadgeStrip ref={ref} partners={en.partners} groupByRegion />);
    expect(ref.current).toBe(screen.getByRole('group'));
  });
});
