import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureProps } from '../../fixtures/fixture.js';
import { picture } from '../../fixtures/picture.js';
import { ParticipantProfileCard, type ParticipantProfileCardProps } from './ParticipantProfileCard.js';
import { fixtures } from './ParticipantProfileCard.fixtures.js';
import { dataImageUrl, unsafeUrls } from '../../../tests/support/unsafeUrls.js';

const en = fixtureProps(fixtures, 'participant-en');
const hant = fixtureProps(fixtures, 'participant-zh-hant');
const hans = fixtureProps(fixtures, 'participant-zh-hans');

/** The English card's facts, without its bio or a locale. */
const { locale: _locale, children: bio, ...full } = en;
const programmePeriod = en.period!;

/** The `<dd>` text for each `<dt>` label. */
function factsOf(container: HTMLElement): Record<string, string> {
  const entries = Array.from(container.querySelectorAll('dt')).map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']);
  return Object.fromEntries(entries);
}

describe('ParticipantProfileCard semantics', () => {
  it('is an article labelled by the name heading, level 3 by default', () => {
    render(<ParticipantProfileCard {...full} />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Mr Terence Wang' });
    const article = screen.getByRole('article', { name: 'Mr Terence Wang' });
    expect(article).toHaveAttribute('aria-labelledby', heading.id);
    expect(heading.id).toMatch(/^bh-profile-/);
  });

  it('puts the facts in a definition list in order, only the ones given', () => {
    const { container } = render(<ParticipantProfileCard {...full} />);
    const list = container.querySelector('dl');
    expect(list).not.toBeNull();
    expect(Array.from(list!.querySelectorAll('dt'), (dt) => dt.textContent)).toEqual([
      'Role',
      'Home city',
      'Home organisation',
      'Host office',
      'Exchange period',
      'Duration',
    ]);
    for (const group of Array.from(list!.children)) {
      expect(group.tagName).toBe('DIV');
      expect(Array.from(group.children, (c) => c.tagName)).toEqual(['DT', 'DD']);
    }
    expect(factsOf(container)).toMatchObject({ Role: en.role, 'Home city': 'Shenzhen', 'Host office': en.hostOrganisation });
  });

  it('renders a name-only card without a list', () => {
    const { container } = render(<ParticipantProfileCard name="陳小明" />);
    expect(screen.getByRole('heading', { name: '陳小明' })).toBeInTheDocument();
    expect(container.querySelector('dl')).toBeNull();
  });

  it('uses headingLevel and headingId, and falls back to 3 for bad levels', () => {
    const { rerender } = render(<ParticipantProfileCard name="Ada Lau" headingLevel={2} headingId="ada" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveAttribute('id', 'ada');
    expect(screen.getByRole('article')).toHaveAttribute('aria-labelledby', 'ada');
    rerender(<ParticipantProfileCard name="Ada Lau" headingLevel={9 as never} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
  });

  it('gives the same person twice on a page two heading ids, each naming its own card', () => {
    render(
      <>
        <ParticipantProfileCard name="Ada Lau" homeCity="Wuhan" />
        <ParticipantProfileCard name="Ada Lau" homeCity="Wuhan" />
      </>,
    );
    const cards = screen.getAllByRole('article', { name: 'Ada Lau' });
    const ids = cards.map((card) => card.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(2);
    cards.forEach((card, i) => expect(document.getElementById(ids[i]!)).toBe(card.querySelector('h3')));
  });

  it('shows the bio', () => {
    render(<ParticipantProfileCard name={en.name}>{bio}</ParticipantProfileCard>);
    expect(screen.getByText(bio as string)).toBeInTheDocument();
  });
});

describe('names', () => {
  it('places the honorific by script', () => {
    const { rerender } = render(<ParticipantProfileCard name="王" honorific="先生" />);
    expect(screen.getByRole('heading')).toHaveTextContent(/^王先生$/);
    rerender(<ParticipantProfileCard name="Terence Wang" honorific="Dr" />);
    expect(screen.getByRole('heading')).toHaveTextContent(/^Dr Terence Wang$/);
    rerender(<ParticipantProfileCard name="王" honorific="Dr" />);
    expect(screen.getByRole('heading')).toHaveTextContent(/^王 Dr$/);
  });

  it('orders a { family, given } name by script', () => {
    const { rerender } = render(<ParticipantProfileCard name={{ family: '陳', given: '小明' }} />);
    expect(screen.getByRole('heading', { name: '陳小明' })).toBeInTheDocument();
    rerender(<ParticipantProfileCard name={{ family: 'Wang', given: 'Terence' }} />);
    expect(screen.getByRole('heading', { name: 'Terence Wang' })).toBeInTheDocument();
  });

  it('gives the local name its own lang, derived from its script and the card locale', () => {
    const { rerender } = render(<ParticipantProfileCard name={en.name} localName="王德明" />);
    expect(screen.getByText('王德明')).toHaveAttribute('lang', 'zh-Hant');
    rerender(<ParticipantProfileCard name={en.name} localName="王德明" locale="zh-CN" />);
    expect(screen.getByText('王德明')).toHaveAttribute('lang', 'zh-Hans');
    rerender(<ParticipantProfileCard name={hant.name} localName={hant.localName} locale="zh-Hant" />);
    expect(screen.getByText('Terence Wang')).toHaveAttribute('lang', 'en');
    rerender(<ParticipantProfileCard name={hant.name} localName="王德明" localNameLang="zh-HK" />);
    expect(screen.getByText('王德明')).toHaveAttribute('lang', 'zh-HK');
  });

  it('marks a Han name on an English card as Chinese, and nothing when the card already is', () => {
    const { rerender } = render(<ParticipantProfileCard name="陳小明" />);
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'zh-Hant');
    rerender(<ParticipantProfileCard name="陳小明" locale="zh-Hant" />);
    expect(screen.getByRole('heading')).not.toHaveAttribute('lang');
    rerender(<ParticipantProfileCard name="陳小明" nameLang="zh-HK" locale="zh-Hant" />);
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'zh-HK');
  });
});

describe('photo and monogram', () => {
  it('shows a decorative photo by default, with alt when given', () => {
    const { container, rerender } = render(<ParticipantProfileCard name={en.name} photo={{ src: picture }} />);
    const img = container.querySelector('img');
    expect(img).toHaveAttribute('alt', '');
    expect(img).toHaveAttribute('src', picture);
    expect(screen.queryByRole('img')).toBeNull();
    rerender(<ParticipantProfileCard name={en.name} photo={{ src: '/people/wang.jpg', alt: 'Terence Wang at his desk' }} />);
    expect(screen.getByRole('img', { name: 'Terence Wang at his desk' })).toHaveAttribute('src', '/people/wang.jpg');
  });

  it('shows a hidden monogram without a photo, for Latin and Chinese names', () => {
    const { container, rerender } = render(<ParticipantProfileCard name="Terence Wang" />);
    const latin = container.querySelector('[aria-hidden="true"]');
    expect(latin).toHaveTextContent(/^TW$/);
    rerender(<ParticipantProfileCard name="陳小明" honorific="先生" />);
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^陳$/);
    expect(screen.getByRole('article', { name: '陳小明先生' })).toBeInTheDocument();
  });

  it.each(unsafeUrls)(
    'drops an unsafe photo src %j and shows the monogram',
    (src) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<ParticipantProfileCard name="Terence Wang" photo={{ src }} />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('TW');
      warn.mockRestore();
    },
  );

  it('shows no bio for blank children', () => {
    const { container, rerender } = render(<ParticipantProfileCard name="Terence Wang">{'  '}</ParticipantProfileCard>);
    expect(container.querySelectorAll('article > div')).toHaveLength(1); // the identity block only
    rerender(<ParticipantProfileCard name="Terence Wang">{[null, false, '\u200b']}</ParticipantProfileCard>);
    expect(container.querySelectorAll('article > div')).toHaveLength(1);
    rerender(<ParticipantProfileCard name="Terence Wang">A short bio.</ParticipantProfileCard>);
    expect(container.querySelector('article > div:last-child')).toHaveTextContent('A short bio.');
  });

  it('names the prop in the development warning for a dropped photo or link', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ParticipantProfileCard name="Terence Wang" photo={{ src: 'ppc-photo-test:x' }} href="ppc-href-test:x" />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ParticipantProfileCard: `photo\.src` URL dropped: scheme "ppc-photo-test:"/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ParticipantProfileCard: `href` URL dropped: scheme "ppc-href-test:"/));
    warn.mockRestore();
  });

  it('allows data:image/png for the photo', () => {
    const src = 'data:image/png;base64,iVBORw0KGgo=';
    const { container } = render(<ParticipantProfileCard name="Terence Wang" photo={{ src }} />);
    expect(container.querySelector('img')).toHaveAttribute('src', src);
  });
});

describe('href', () => {
  it('makes the name a link inside the heading', () => {
    render(<ParticipantProfileCard name={en.name} honorific="Mr" href="/participants/terence-wang" />);
    const link = within(screen.getByRole('heading')).getByRole('link', { name: 'Mr Terence Wang' });
    expect(link).toHaveAttribute('href', '/participants/terence-wang');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it.each([...unsafeUrls, dataImageUrl])(
    'drops an unsafe href %j and keeps the heading',
    (href) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      render(<ParticipantProfileCard name="Terence Wang" href={href} />);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByRole('heading', { name: 'Terence Wang' })).toBeInTheDocument();
      warn.mockRestore();
    },
  );

  it('warns in development when it drops a URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ParticipantProfileCard name="Terence Wang" href="livescript:alert(1)" photo={{ src: 'file:///etc/passwd' }} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ParticipantProfileCard: .*`href`.*livescript/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ParticipantProfileCard: .*`photo\.src`.*file/));
    warn.mockRestore();
  });
});

describe('period and locale', () => {
  it.each([
    ['en', 'December 2024 to March 2025', '3 months', 'Exchange period', 'Duration'],
    ['zh-Hant', '2024年12月至2025年3月', '3 個月', '交流期間', '為期'],
    ['zh-Hans', '2024年12月至2025年3月', '3 个月', '交流期间', '为期'],
  ] as const)('formats the period and duration in %s', (locale, period, duration, periodLabel, durationLabel) => {
    const { container } = render(<ParticipantProfileCard name="Terence Wang" period={programmePeriod} locale={locale} />);
    const facts = factsOf(container);
    expect(facts[periodLabel]).toBe(period);
    expect(facts[durationLabel]).toBe(duration);
    const times = container.querySelectorAll('time');
    expect(Array.from(times, (t) => t.getAttribute('datetime'))).toEqual(['2024-12-02', '2025-03-01']);
    expect(screen.getByRole('article')).toHaveAttribute('lang', locale);
  });

  it('renders the built-in labels in each language', () => {
    const { container, rerender } = render(<ParticipantProfileCard {...full} name={hant.name} role={hant.role} locale="zh-Hant" />);
    expect(Object.keys(factsOf(container))).toEqual(['職位', '原居城市', '原屬機構', '接待部門', '交流期間', '為期']);
    rerender(<ParticipantProfileCard {...full} name={hans.name} role={hans.role} locale="zh-Hans" />);
    expect(Object.keys(factsOf(container))).toEqual(['职位', '原居城市', '原属机构', '接待部门', '交流期间', '为期']);
  });

  it('resolves BCP 47 tags and writes lang only when locale is given', () => {
    const { container, rerender } = render(<ParticipantProfileCard name="Terence Wang" period={programmePeriod} locale="zh-HK" />);
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'zh-HK');
    expect(factsOf(container)['為期']).toBe('3 個月');
    rerender(<ParticipantProfileCard name="Terence Wang" period={programmePeriod} />);
    expect(screen.getByRole('article')).not.toHaveAttribute('lang');
    expect(factsOf(container).Duration).toBe('3 months');
  });

  it('shows a start-only period as "from", without duration', () => {
    const { container, rerender } = render(<ParticipantProfileCard name="Terence Wang" period={{ start: '2024-12-02' }} />);
    expect(factsOf(container)['Exchange period']).toBe('From December 2024');
    expect(factsOf(container).Duration).toBeUndefined();
    expect(container.querySelectorAll('time')).toHaveLength(1);
    rerender(<ParticipantProfileCard name="Terence Wang" period={{ start: '2024-12-02' }} locale="zh-Hant" />);
    expect(factsOf(container)['交流期間']).toBe('2024年12月起');
    rerender(<ParticipantProfileCard name="Terence Wang" period={{ start: '2024-12-02' }} labels={{ periodFrom: 'since' }} />);
    expect(factsOf(container)['Exchange period']).toBe('since December 2024');
  });

  it('shows one month once when start and end fall in it', () => {
    const { container } = render(<ParticipantProfileCard name="Terence Wang" period={{ start: '2025-01-06', end: '2025-01-31' }} />);
    expect(factsOf(container)).toMatchObject({ 'Exchange period': 'January 2025', Duration: '26 days' });
    expect(container.querySelectorAll('time')).toHaveLength(1);
  });

  it('gives a period below four weeks in days, unless they are whole weeks, in three languages', () => {
    const period = { start: '2025-10-12', end: '2025-10-21' };
    const { container, rerender } = render(<ParticipantProfileCard name="Terence Wang" period={period} />);
    expect(factsOf(container).Duration).toBe('10 days');
    rerender(<ParticipantProfileCard name="Terence Wang" period={period} locale="zh-Hant" />);
    expect(factsOf(container)['為期']).toBe('10 天');
    rerender(<ParticipantProfileCard name="Terence Wang" period={period} locale="zh-Hans" />);
    expect(factsOf(container)['为期']).toBe('10 天');
    rerender(<ParticipantProfileCard name="Terence Wang" period={{ start: '2025-10-12', end: '2025-10-25' }} />);
    expect(factsOf(container).Duration).toBe('2 weeks');
  });

  it('drops an invalid start with a warning, and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ParticipantProfileCard {...full} period={{ start: '2024-13-45', end: '2025-03-01' }} />);
    expect(container.querySelector('time')).toBeNull();
    expect(factsOf(container)['Exchange period']).toBeUndefined();
    expect(factsOf(container).Role).toBe(en.role);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('period.start'));
    warn.mockRestore();
  });

  it('shows only the start when the end is invalid', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ParticipantProfileCard name="Terence Wang" period={{ start: '2024-12-02', end: 'next spring' }} />);
    expect(Array.from(container.querySelectorAll('time'), (t) => t.textContent)).toEqual(['December 2024']);
    expect(factsOf(container).Duration).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('period.end'));
    warn.mockRestore();
  });

  it('shows both dates without duration when the end is before the start', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ParticipantProfileCard name="Terence Wang" period={{ start: '2025-03-01', end: '2024-12-02' }} />);
    expect(factsOf(container)['Exchange period']).toBe('March 2025 to December 2024');
    expect(factsOf(container).Duration).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('before'));
    warn.mockRestore();
  });

  it('takes label overrides', () => {
    const { container } = render(
      <ParticipantProfileCard {...full} labels={{ hostOrganisation: 'Host bureau', periodSeparator: ' – ', role: 42 as never }} />,
    );
    const facts = factsOf(container);
    expect(facts['Host bureau']).toBe(en.hostOrganisation);
    expect(facts['Exchange period']).toBe('December 2024 – March 2025');
    expect(facts.Role).toBe(en.role);
  });
});

describe('robustness', () => {
  it('renders an unlabelled article, not an empty heading, when the name is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Spread: jsx-a11y/aria-role would read a literal `role` attribute as an ARIA role.
    render(<ParticipantProfileCard name={'   '} {...{ role: en.role }} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('article')).not.toHaveAttribute('aria-labelledby');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`name` is required'));
    warn.mockRestore();
  });

  it('never throws on wrong types from JavaScript callers', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      { name: 42, role: {}, homeCity: null, homeOrganisation: ['a'], hostOrganisation: 7, honorific: {}, localName: 3 },
      { name: null, period: 'December', photo: 'me.jpg', href: 12, headingLevel: 'x', labels: 'no', locale: 12 },
      { name: { family: null, given: 5 }, period: { start: null }, photo: { src: null, alt: 4 }, localName: {} },
      { name: '', period: { start: new Date('nope') }, headingId: '  ' },
      { name: [], period: null, photo: null, children: 0 },
    ];
    for (const props of hostile) {
      expect(() => render(<ParticipantProfileCard {...(props as unknown as ParticipantProfileCardProps)} />)).not.toThrow();
    }
    warn.mockRestore();
  });

  it('keeps 10,000-character strings', () => {
    const long = 'Wang'.repeat(2_500);
    const han = '陳'.repeat(10_000);
    render(<ParticipantProfileCard name={long} localName={han} hostOrganisation={long} />);
    expect(screen.getByRole('heading').textContent).toHaveLength(10_000);
    expect(screen.getByText(han)).toBeInTheDocument();
  });

  it('accepts Date objects for the period', () => {
    const { container } = render(
      <ParticipantProfileCard name="Terence Wang" period={{ start: new Date('2024-12-02T09:00:00+08:00'), end: new Date('2025-03-01T18:00:00+08:00') }} />,
    );
    expect(factsOf(container)).toMatchObject({ 'Exchange period': 'December 2024 to March 2025', Duration: '3 months' });
  });
});

describe('root element', () => {
  it('lets an explicit aria-labelledby win', () => {
    render(
      <>
        <h2 id="outer">Our visitor</h2>
        <ParticipantProfileCard name="Terence Wang" aria-labelledby="outer" />
      </>,
    );
    expect(screen.getByRole('article', { name: 'Our visitor' })).toBeInTheDocument();
  });
});
