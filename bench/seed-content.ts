/**
 * The seed page of the floor benchmark (issue #11): a highlight with three paragraphs, a quote, a
 * person card with a period and seven partner badges, in English. Both bench/seed-page.tsx (this
 * library) and bench/minimal-page.tsx (written by hand) render this content.
 */
export const seed = {
  article: {
    kicker: 'Highlights',
    title: 'Thirty Mainland civil servants spend a winter inside Hong Kong’s bureaux',
    href: '/news/2025/exchange-programme',
    lead: 'The 2024 Civil Service Exchange Programme placed officials from five Mainland cities and the Greater Bay Area in HKSAR Government offices.',
    date: '2025-01-15',
    dateText: '15 January 2025',
    paragraphs: [
      'From early December 2024, thirty civil servants from Beijing, Shanghai, Chongqing, Wuhan, Hangzhou and the Mainland cities of the Greater Bay Area joined bureaux and departments.',
      'Each attachment ran for between four weeks and three months.',
      'The Constitutional and Mainland Affairs Bureau hosted a participant from Shenzhen in its Greater Bay Area Development Office.',
    ],
  },
  quote: {
    text: 'Living and working here for three months changed how I see the city.',
    name: 'Mr Terence Wang',
    role: 'Exchange participant',
    city: 'Shenzhen',
  },
  person: {
    name: 'Terence Wang',
    honorific: 'Mr',
    role: 'Exchange participant',
    homeCity: 'Shenzhen',
    hostOrganisation: 'Greater Bay Area Development Office',
    period: { start: '2024-12-02', end: '2025-03-01' },
    periodText: ['December 2024', 'March 2025'],
    duration: '3 months',
  },
  partnersLabel: 'Partner cities',
  partners: ['Beijing', 'Shanghai', 'Chongqing', 'Wuhan', 'Hangzhou', 'Shenzhen', 'Guangzhou'],
} as const;
