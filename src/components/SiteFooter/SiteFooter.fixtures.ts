import type { Fixture } from '../../fixtures/fixture.js';
import { contentSchema, headingLevel, hrefUrl, isoDateOrInstant, labelOverrides, locale, text } from '../../fixtures/schema.js';
import type { SiteFooterProps } from './SiteFooter.js';
import { siteFooterDefinition as definition, siteFooterLinkNames } from './SiteFooter.definition.js';
import { docs } from './SiteFooter.docs.js';

const link = { type: 'object', properties: { label: text, href: hrefUrl }, required: ['label', 'href'], additionalProperties: false };

export const schema = contentSchema(
  definition,
  docs.description, {
  groups: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      properties: { heading: text, links: { type: 'array', minItems: 1, items: link } },
      required: ['links'],
      additionalProperties: false,
    },
  },
  links: {
    type: 'object',
    description: 'URLs of the built-in footer links, by name.',
    properties: Object.fromEntries(siteFooterLinkNames.map((name) => [name, hrefUrl])),
    additionalProperties: false,
  },
  copyright: text,
  revisionDate: isoDateOrInstant,
  reviewDate: isoDateOrInstant,
  headingLevel,
  locale,
  labels: labelOverrides(definition),
});

// A plainly fictional office: no real department's name in the copyright line.
export const fixtures: Fixture<SiteFooterProps>[] = [
  {
    name: 'footer-en-built-in-links',
    description: 'English footer with the built-in Hong Kong links, the copyright line and both dates.',
    props: {
      locale: 'en',
      links: {
        accessibility: '/en/accessibility.html',
        privacy: '/en/privacy.html',
        copyright: '/en/copyright.html',
        disclaimer: '/en/notices.html',
        siteMap: '/en/sitemap.html',
        contactUs: 'mailto:enquiry@example.gov.hk',
      },
      copyright: '© 2025 Example Exchange Office',
      revisionDate: '2025-07-14',
      reviewDate: '2025-07-31',
    },
  },
  {
    name: 'footer-zh-hant-groups',
    description: 'Traditional Chinese footer with the site\'s own groups under h2 headings, and the revision date (修訂日期).',
    props: {
      locale: 'zh-Hant',
      groups: [
        {
          heading: '關於我們',
          links: [
            { label: '辦公室簡介', href: '/tc/about/' },
            { label: '聯絡我們', href: '/tc/contact/' },
          ],
        },
        {
          heading: '交流計劃',
          links: [
            { label: '合作城市', href: '/tc/partners/' },
            { label: '參加者分享', href: '/tc/stories/' },
          ],
        },
        {
          heading: '網站資訊',
          links: [
            { label: '重要告示', href: '/tc/notices.html' },
            { label: '私隱政策', href: '/tc/privacy.html' },
            { label: '無障礙瀏覽', href: '/tc/accessibility.html' },
          ],
        },
      ],
      copyright: '2025 © 示例交流辦公室',
      revisionDate: '2025-07-14',
    },
  },
  {
    name: 'footer-zh-hans-some-links',
    description: 'Simplified Chinese footer: three of the built-in links (the others have no URL and are left out), dates given as instants.',
    props: {
      locale: 'zh-Hans',
      links: { privacy: '/sc/privacy.html', disclaimer: '/sc/notices.html', contactUs: '/sc/contact/' },
      copyright: '2025 © 示例交流办公室',
      revisionDate: '2025-07-14T09:30:00+08:00',
      reviewDate: '2025-12-31T16:30:00Z',
    },
  },
];
